import { fc, it } from '@fast-check/vitest'
import { describe, expect } from 'vitest'
import { emptyReport, formatCellKeys, getCell, reportCellKeys, setCell, tableTemplate } from '@gai/model'
import type { Report } from '@gai/model'
import { filledReport } from '../test/fixture.ts'
import { csvField, toCsv, wideColumns } from './csv.ts'
import { propertyRuns } from '@gai/model/arbitraries'

// A small RFC 4180 reader, enough to check what toCsv writes: quoted fields, doubled quotes.
function readCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"', i++)
      else if (ch === '"') quoted = false
      else field += ch
    } else if (ch === '"') quoted = true
    else if (ch === ',') (row.push(field), (field = ''))
    else if (ch === '\r' && text[i + 1] === '\n') (row.push(field), rows.push(row), (row = []), (field = ''), i++)
    else field += ch
  }
  return rows
}

describe('toCsv tidy', () => {
  it('writes the header and one line per template cell, blanks empty', () => {
    for (const [v, n] of [['2021', 200], ['2019', 198]] as const) {
      const r = filledReport(v, ['applications/granted/research'])
      const rows = readCsv(toCsv(r))
      expect(rows[0]).toEqual(['source', 'table', 'row', 'column', 'value', 'raw', 'unit'])
      expect(rows).toHaveLength(1 + n)
      expect(rows.slice(1).map((x) => `${x[1]}/${x[2]}/${x[3]}`)).toEqual(reportCellKeys(r))
      expect(rows.find((x) => x[2] === 'granted' && x[3] === 'research')).toEqual(['', 'applications', 'granted', 'research', '', '', ''])
      // An empty report still gives every line, every value empty.
      const empty = readCsv(toCsv(emptyReport(v)))
      expect(empty).toHaveLength(1 + n)
      expect(empty.slice(1).every((x) => x[4] === '')).toBe(true)
    }
  })

  it('writes numbers plainly and keeps raw text and unit', () => {
    const r = emptyReport('2021')
    setCell(r, 'active/fees/amount', { value: 24252.311082, raw: '24252.311082万元', unit: '万元' })
    setCell(r, 'applications/newReceived/total', { value: 1234567, raw: '1,234,567' })
    setCell(r, 'applications/carriedOver/total', { value: 0.0000001, raw: '0.0000001' })
    const text = toCsv(r)
    expect(text).toContain(',active,fees,amount,24252.311082,24252.311082万元,万元\r\n')
    expect(text).toContain(',applications,newReceived,total,1234567,"1,234,567",\r\n')
    expect(text).toContain(',applications,carriedOver,total,0.0000001,0.0000001,\r\n')
  })

  it('defuses formulas in text fields but never touches a number', () => {
    const r = emptyReport('2019')
    r.source = '=cmd|"/c calc"!A1'
    setCell(r, 'active/licensing/change', { value: -3, raw: '-3' })
    const rows = readCsv(toCsv(r))
    expect(rows.every((x, i) => i === 0 || x[0] === `'=cmd|"/c calc"!A1`)).toBe(true)
    // The value stays the number -3; its raw text, a text field, gets the quote.
    expect(rows.find((x) => x[2] === 'licensing' && x[3] === 'change')!.slice(4)).toEqual(['-3', "'-3", ''])
    for (const s of ['+1', '-1', '@SUM(A1)', '\tx', '\rx']) expect(csvField(s).replace(/^"|"$/g, '')).toMatch(/^'/)
    expect(csvField('a,b')).toBe('"a,b"')
    expect(csvField('say "hi"')).toBe('"say ""hi"""')
    expect(csvField('a\nb')).toBe('"a\nb"')
    expect(csvField('-3', false)).toBe('-3')
  })

  it('takes one report or several', () => {
    const a = filledReport('2021')
    a.source = 'a.txt'
    const b = filledReport('2019')
    b.source = 'b.html'
    const rows = readCsv(toCsv([a, b]))
    expect(rows).toHaveLength(1 + 200 + 198)
    expect(rows.filter((x) => x[0] === 'b.html')).toHaveLength(198)
  })

  // Numbers of any size and any decimals: each one is on its own key, and reads back exactly.
  const value = fc.oneof(fc.constant(null), fc.nat(), fc.double({ min: 0, max: 1e12, noNaN: true, noDefaultInfinity: true }), fc.integer({ min: -1e6, max: 1e6 }))
  const reports = fc.constantFrom('2019', '2021').chain((v) =>
    fc.array(value, { minLength: formatCellKeys(v).length, maxLength: formatCellKeys(v).length }).map((values) => {
      const r = emptyReport(v)
      formatCellKeys(v).forEach((k, i) => setCell(r, k, values[i] === null ? { value: null, raw: '' } : { value: values[i]!, raw: String(values[i]) }))
      return r
    }),
  )
  it.prop([reports], { numRuns: propertyRuns(50) })('puts every number of a random report on its key, written plainly (property)', (r: Report) => {
    const rows = readCsv(toCsv(r)).slice(1)
    expect(rows).toHaveLength(reportCellKeys(r).length)
    for (const [, table, row, column, field] of rows) {
      const cell = getCell(r, `${table}/${row}/${column}`)!
      if (cell.value === null) expect(field).toBe('')
      else {
        expect(field).toMatch(/^-?\d+(\.\d+)?$/)
        expect(Number(field)).toBe(cell.value)
      }
    }
  })
})

describe('toCsv wide', () => {
  it('writes one line per table row under one header of all column keys', () => {
    const r = filledReport('2021', ['reviewLitigation/review/pending'])
    r.source = 'a.txt'
    const rows = readCsv(toCsv(r, { shape: 'wide' }))
    const header = rows[0]!
    expect(header.slice(0, 4)).toEqual(['source', 'table', 'row', 'label'])
    expect(header.slice(4)).toEqual(wideColumns())
    expect(rows).toHaveLength(1 + 6 + 25 + 3)
    const col = (name: string) => header.indexOf(name)
    const review = rows.find((x) => x[2] === 'review')!
    expect(review[3]).toBe('行政复议')
    expect([review[col('upheld')], review[col('pending')], review[col('total')]]).toEqual(['186', '', '190'])
    const secret = rows.find((x) => x[2] === 'denied.stateSecret')!
    expect(secret[3]).toBe('（三）不予公开 1.属于国家秘密')
    expect(secret[col('total')]).toBe('45')
    // Columns the row does not have stay empty.
    expect(secret[col('issued')]).toBe('')
    // Every column key of both formats has a place in the header.
    for (const v of ['2019', '2021'] as const) for (const t of ['active', 'applications', 'reviewLitigation'] as const) for (const c of tableTemplate(t, v).columns) expect(header).toContain(c.key)
  })
})

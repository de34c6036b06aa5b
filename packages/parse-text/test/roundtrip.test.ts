import iconv from 'iconv-lite'
import { fc, it } from '@fast-check/vitest'
import { describe, expect } from 'vitest'
import { formatCellKeys, getCell } from '@gai/model'
import type { Report } from '@gai/model'
import { reportArbitrary } from '@gai/model/arbitraries'
import { parseText } from '../src/index.ts'
import { layouts } from './layouts.ts'
import type { Noise } from './layouts.ts'
import { propertyRuns } from '@gai/model/arbitraries'

const noise = fc.record({ fullWidth: fc.boolean(), spacedLabels: fc.boolean(), pageFooters: fc.boolean() }) as fc.Arbitrary<Noise>
// Windows, Unix and old Mac line ends.
const lineEnd = fc.constantFrom('\n', '\r\n', '\r')

function sameCells(read: Report, want: Report): string[] {
  return formatCellKeys(want.tables.applications.format)
    .filter((k) => getCell(want, k) !== undefined)
    .flatMap((k) => {
      const a = getCell(read, k)?.value ?? null
      const b = getCell(want, k)?.value ?? null
      return a === b ? [] : [`${k}: read ${a}, written ${b}`]
    })
}

describe('any valid report written in a real layout reads back to the same cells', () => {
  for (const [name, write] of Object.entries(layouts).filter(([n]) => n !== 'flattened' && n !== 'exported')) {
    it.prop([reportArbitrary({ blanks: true, meta: true }), noise, lineEnd], { numRuns: propertyRuns(40) })(name, (report, n, eol) => {
      const text = write(report, n).replace(/\n/g, eol)
      const { report: read } = parseText(text)
      expect(read).not.toBeNull()
      expect(sameCells(read!, report)).toEqual([])
      expect(read!.tables.active.format).toBe(report.tables.active.format)
    })
  }

  it.prop([reportArbitrary({ meta: true }), fc.boolean()], { numRuns: propertyRuns(20) })('through GB18030 bytes and a UTF-8 BOM', (report, gb) => {
    const text = layouts.tabs(report)
    const bytes = gb ? new Uint8Array(iconv.encode(text, 'gb18030')) : new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)])
    expect(sameCells(parseText(bytes).report!, report)).toEqual([])
  })
})

/** Cells read otherwise than written: each must be blank and named by a diagnostic. */
function unsaid(read: Report, want: Report, diagnostics: { cells?: { key: string }[] }[]): string[] {
  const named = new Set(diagnostics.flatMap((d) => d.cells?.map((c) => c.key) ?? []))
  return formatCellKeys(want.tables.applications.format).flatMap((k) => {
    const w = getCell(want, k)?.value ?? null
    const got = getCell(read, k)?.value ?? null
    if (got === w) return []
    if (got !== null) return [`${k}: read ${got}, written ${w}`]
    return named.has(k) ? [] : [`${k}: left blank without a word`]
  })
}

describe('text exported cell by cell, an empty cell an empty line', () => {
  it.prop([reportArbitrary({ meta: true }), noise], { numRuns: propertyRuns(40) })('reads back to the same cells when no cell is blank', (report, n) => {
    const { report: read } = parseText(layouts.exported(report, n))
    expect(sameCells(read!, report)).toEqual([])
  })

  // An empty line next to a label is a blank first cell or the layout's spacing, and at the end
  // of a row a blank last cell or the next row's empty lead cell: where both readings fit, the
  // row is left unplaced rather than guessed.
  it.prop([reportArbitrary({ blanks: true, meta: true }), noise], { numRuns: propertyRuns(40) })(
    'with blank cells, never yields a wrong number: each cell is right, or blank and named in a diagnostic',
    (report, n) => {
      const { report: read, diagnostics } = parseText(layouts.exported(report, n))
      expect(read).not.toBeNull()
      expect(unsaid(read!, report, diagnostics as { cells?: { key: string }[] }[])).toEqual([])
    },
  )
})

describe('flattened text, where cells ran together', () => {
  it.prop([reportArbitrary({ meta: true, maxValue: 30 })], { numRuns: propertyRuns(40) })('never yields a wrong number: each cell is right, or blank with a message about its row', (report) => {
    const { report: read, diagnostics } = parseText(layouts.flattened(report))
    expect(read).not.toBeNull()
    const flagged = diagnostics.filter((d) => ['ambiguous-digits', 'value-without-cell', 'cell-without-value'].includes(d.ruleId))
    for (const k of formatCellKeys(report.tables.applications.format)) {
      const want = getCell(report, k)?.value ?? null
      const got = getCell(read!, k)?.value ?? null
      if (got === want) continue
      expect(got, k).toBeNull()
      expect(flagged.length, k).toBeGreaterThan(0)
    }
  })
})

/**
 * A reader that caught its own failure still failed: a property over it must see that. And it
 * gives a report, or, when there is none to give, one error that says why.
 */
function expectNoFailure(r: ReturnType<typeof parseText>): void {
  expect(Array.isArray(r.diagnostics)).toBe(true)
  expect(r.diagnostics.filter((d) => d.ruleId === 'internal-error').map((d) => d.reason)).toEqual([])
  if (r.report === null) expect(r.diagnostics.filter((d) => d.severity === 'error').map((d) => d.ruleId)).toHaveLength(1)
}

describe('parseText never throws', () => {
  it.prop([fc.string({ unit: 'binary', maxLength: 400 })], {
    numRuns: propertyRuns(300),
    // A digit run far past what splitting can try (it must give up, not hang), and nothing at all.
    examples: [[`三、收到和处理政府信息公开申请情况\n一、本年新收政府信息公开申请数量${'1'.repeat(5000)}\n`], ['']],
  })('on arbitrary strings', (s) => {
    expectNoFailure(parseText(s))
  })

  it.prop([fc.uint8Array({ maxLength: 400 })], { numRuns: propertyRuns(300) })('on arbitrary bytes', (b) => {
    expectNoFailure(parseText(b))
  })

  const pieces = fc.constantFrom('一、本年新收政府信息公开申请数量', '（七）总计', '规章', '第二十条第（一）项', '行政复议', '总计', '结果维持', '12', '0', '640020470', '\t', '|', '\n', ' ', '三、收到和处理政府信息公开申请情况')
  it.prop([fc.array(pieces, { maxLength: 200 })], { numRuns: propertyRuns(300) })('on mangled reports: labels and figures in random order', (parts) => {
    expectNoFailure(parseText(parts.join('')))
  })

  it('on a long digit run without hanging', () => {
    const r = parseText(`三、收到和处理政府信息公开申请情况\n一、本年新收政府信息公开申请数量${'1'.repeat(5000)}\n`)
    expect(r.report!.tables.applications.rows.newReceived!.total!.value).toBeNull()
  })
})

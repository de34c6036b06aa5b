import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatCellKeys, getCell, sampleReport, setCell } from '@gai/model'
import type { Report } from '@gai/model'
import { reportArbitrary } from '@gai/model/arbitraries'
import { parseHtml } from '@gai/parse-html'
import { parseText } from '@gai/parse-text'
import { csvField, toCsv } from './csv.ts'
import { formatDiagnostics } from './diagnostics.ts'
import { toHtml } from './hast.ts'
import { expandWidths } from '../test/grid-check.ts'
import { toMarkdown } from './mdast.ts'
import { toText } from './text.ts'

function differences(read: Report | null, want: Report): string[] {
  if (!read) return ['not read']
  const out: string[] = []
  for (const k of formatCellKeys(want.tables.applications.format)) {
    const a = getCell(read, k)?.value ?? null
    const b = getCell(want, k)?.value ?? null
    if (a !== b) out.push(`${k}: read ${a}, written ${b}`)
  }
  for (const [id, s] of Object.entries(want.sections)) if (read.sections[id as keyof Report['sections']]?.text !== s!.text) out.push(`section ${id}`)
  if (read.meta.year !== want.meta.year) out.push(`year ${read.meta.year}`)
  if (read.meta.organ !== want.meta.organ) out.push(`organ ${read.meta.organ}`)
  return out
}

const reports = reportArbitrary({ blanks: true, meta: true, sections: true })

describe('every output reads back to the same report', () => {
  it('Markdown through parseText', () => {
    fc.assert(fc.property(reports, (r) => {
      expect(differences(parseText(toMarkdown(r)).report, r)).toEqual([])
    }), { numRuns: Number(process.env.RUNS ?? 40) })
  })
  it('text through parseText', () => {
    fc.assert(fc.property(reports, (r) => {
      expect(differences(parseText(toText(r)).report, r)).toEqual([])
    }), { numRuns: Number(process.env.RUNS ?? 40) })
  })
  it('HTML fragments and documents through parseHtml', () => {
    fc.assert(
      fc.property(reports, fc.boolean(), (r, document) => {
        expect(differences(parseHtml(toHtml(r, { document })).report, r)).toEqual([])
      }),
      { numRuns: Number(process.env.RUNS ?? 40) },
    )
  })
})

describe('toHtml', () => {
  it('escapes every text of the report', () => {
    const r = sampleReport()
    r.meta.organ = '<script>alert(1)</script>局'
    r.meta.title = `${r.meta.organ}2023年政府信息公开工作年度报告`
    r.sections.overview = { id: 'overview', heading: '一、总体情况', text: '<img src=x onerror=alert(1)>' }
    const html = toHtml(r)
    expect(html).not.toContain('<script>')
    expect(html).not.toContain('<img')
    expect(html).toContain('&#x3C;script>alert(1)&#x3C;/script>')
  })

  it('lays every table out as a full grid: rows as wide as each other once spans are expanded', () => {
    for (const v of ['2019', '2021'] as const) {
      const widths = expandWidths(toHtml(sampleReport(v)))
      expect(widths.map((w) => new Set(w).size)).toEqual([1, 1, 1])
      expect(widths.map((w) => w[0])).toEqual([4, 10, 15])
    }
  })

  it('marks value cells with their key', () => {
    const html = toHtml(sampleReport())
    expect(html).toContain('data-cell="applications/newReceived/total"')
    expect((html.match(/data-cell=/g) ?? []).length).toBe(200)
  })
})

describe('toCsv', () => {
  it('writes one tidy line per template cell, blanks empty', () => {
    for (const [v, n] of [['2021', 200], ['2019', 198]] as const) {
      const r = sampleReport(v)
      setCell(r, 'applications/granted/research', { value: null, raw: '' })
      const lines = toCsv(r).trimEnd().split('\r\n')
      expect(lines).toHaveLength(n + 1)
      expect(lines).toContain(',applications,granted,research,,,')
    }
  })

  it('writes a wide line per table row', () => {
    const lines = toCsv([sampleReport()], { shape: 'wide' }).trimEnd().split('\r\n')
    expect(lines).toHaveLength(1 + 6 + 25 + 3)
    expect(lines[0]!.split(',').slice(0, 5)).toEqual(['source', 'table', 'row', 'label', 'issued'])
  })

  it('defuses formulas in text fields and quotes as RFC 4180 says', () => {
    expect(csvField('=cmd|"/c calc"!A1')).toBe(`"'=cmd|""/c calc""!A1"`)
    expect(csvField('+1')).toBe("'+1")
    expect(csvField('a,b')).toBe('"a,b"')
    const r = sampleReport()
    r.source = '@evil.txt'
    expect(toCsv(r).split('\r\n')[1]).toMatch(/^'@evil\.txt,/)
  })

  it('keeps every number of any report on its key', () => {
    fc.assert(
      fc.property(reportArbitrary({ blanks: true }), (r) => {
        const rows = toCsv(r).trimEnd().split('\r\n').slice(1).map((l) => l.split(','))
        for (const [, table, row, column, value] of rows) {
          const cell = getCell(r, `${table}/${row}/${column}`)!
          expect(value).toBe(cell.value === null ? '' : String(cell.value))
        }
      }),
      { numRuns: 30 },
    )
  })
})

describe('formatDiagnostics', () => {
  const d = {
    ruleId: 'review-litigation-sum',
    source: '@gai/model',
    severity: 'error' as const,
    reason: '表四总计为 9',
    file: 'a.txt',
    cells: [{ key: 'reviewLitigation/review/total' as const }],
    place: { start: { line: 2, column: 4, offset: 0 }, end: { line: 2, column: 6, offset: 0 } },
    actual: 9,
    expected: 2,
  }
  it('prints the source line with a caret under the cell', () => {
    const out = formatDiagnostics([d], { sources: { 'a.txt': '标题\n总计\t12\t0' } })
    expect(out).toContain('a.txt\n  2:4       error   表四总计为 9  review-litigation-sum')
    expect(out).toContain('      总计 12 0\n           ^~')
    expect(out).toContain('✖ 1 error, 0 warnings, 0 infos')
  })
  it('prints JSON and GitHub annotations', () => {
    expect(JSON.parse(formatDiagnostics([d], { format: 'json' }))[0]).toMatchObject({ source: 'a.txt', line: 2, column: 4, cells: ['reviewLitigation/review/total'] })
    expect(formatDiagnostics([d], { format: 'github' })).toBe('::error file=a.txt,line=2,col=4,title=review-litigation-sum::表四总计为 9\n')
  })
})

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { leafKeys, reportArbitrary } from '../arbitraries/index.ts'
import { getCell, setCell } from '../cells.ts'
import { readReportJson } from '../json/read.ts'
import { reportToJson } from '../json/write.ts'
import { tableTemplate } from '../templates/formats.ts'
import type { Report, TableId } from '../types.ts'
import { checkReport } from './check.ts'

// The table rules only: the prose and format rules have their own tests.
const tableRules = { rules: { domain: 'off', 'format-year': 'off' } } as const

function relationsWith(report: Report, key: string) {
  const table = key.split('/')[0] as TableId
  return tableTemplate(table, report.tables[table].format).relations.filter((r) => r.total.includes(key as never) || r.parts.includes(key as never))
}

describe('rules over valid reports', () => {
  it('find no error in a report built valid', () => {
    fc.assert(
      fc.property(reportArbitrary({ meta: true }), (report) => {
        expect(checkReport(report).filter((d) => d.severity !== 'info')).toEqual([])
      }),
    )
  })

  it('fire exactly the relations that hold a changed leaf, with actual and expected', () => {
    const arb = reportArbitrary().chain((report) =>
      fc.tuple(fc.constant(report), fc.constantFrom(...leafKeys(report)), fc.integer({ min: -5, max: 5 }).filter((d) => d !== 0)),
    )
    fc.assert(
      fc.property(arb, ([report, key, delta]) => {
        const before = getCell(report, key)!.value!
        setCell(report, key, { value: before + delta, raw: String(before + delta) })
        const found = checkReport(report, tableRules).filter((d) => d.severity === 'error')
        const expected = relationsWith(report, key)
        expect(found.map((d) => d.data?.relation).sort()).toEqual(expected.map((r) => r.id).sort())
        for (const d of found) {
          const rel = expected.find((r) => r.id === d.data?.relation)!
          // The changed cell moved the side it sits on by `delta`.
          const onTotal = rel.total.includes(key as never)
          expect(Number(d.actual) - Number(d.expected?.[0])).toBe(onTotal ? delta : -delta)
          expect(d.cells.map((c) => c.key)).toContain(key)
        }
      }),
    )
  })

  it('report a relation over a blank leaf as not assessable, never as wrong', () => {
    const arb = reportArbitrary().chain((report) => fc.tuple(fc.constant(report), fc.constantFrom(...leafKeys(report))))
    fc.assert(
      fc.property(arb, ([report, key]) => {
        setCell(report, key, { value: null, raw: '' })
        const found = checkReport(report, tableRules)
        expect(found.filter((d) => d.severity === 'error')).toEqual([])
        const notAssessable = found.filter((d) => d.data?.notAssessable).map((d) => d.data?.relation)
        for (const r of relationsWith(report, key)) expect(notAssessable).toContain(r.id)
      }),
    )
  })

  it('may contain blanks anywhere and still give no error', () => {
    fc.assert(
      fc.property(reportArbitrary({ blanks: true }), (report) => {
        expect(checkReport(report, tableRules).filter((d) => d.severity === 'error')).toEqual([])
      }),
    )
  })
})

describe('JSON', () => {
  it('round-trips any report unchanged', () => {
    fc.assert(
      fc.property(reportArbitrary({ blanks: true, meta: true, sections: true }), (report) => {
        expect(readReportJson(reportToJson(report)).report).toEqual(report)
      }),
    )
  })
})

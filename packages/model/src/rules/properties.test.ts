import { fc, it } from '@fast-check/vitest'
import { describe, expect } from 'vitest'
import { leafKeys, propertyRuns, reportArbitrary } from '../arbitraries/index.ts'
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

// A changed copy, never the report fast-check gave: it keeps that value to shrink and replay it.
function changed(report: Report, key: string, cell: { value: number | null; raw: string }): Report {
  const copy = structuredClone(report)
  setCell(copy, key, cell)
  return copy
}

const runs = { numRuns: propertyRuns(100) }

describe('rules over valid reports', () => {
  it.prop([reportArbitrary({ meta: true })], runs)('find no error in a report built valid', (report) => {
    expect(checkReport(report).filter((d) => d.severity !== 'info')).toEqual([])
  })

  const leafChange = reportArbitrary().chain((report) =>
    fc.tuple(fc.constant(report), fc.constantFrom(...leafKeys(report)), fc.integer({ min: -5, max: 5 }).filter((d) => d !== 0)),
  )
  it.prop([leafChange], runs)('fire exactly the relations that hold a changed leaf, with actual and expected', ([report, key, delta]) => {
    const before = getCell(report, key)!.value!
    const found = checkReport(changed(report, key, { value: before + delta, raw: String(before + delta) }), tableRules).filter((d) => d.severity === 'error')
    const expected = relationsWith(report, key)
    expect(found.map((d) => d.data?.relation).sort()).toEqual(expected.map((r) => r.id).sort())
    for (const d of found) {
      const rel = expected.find((r) => r.id === d.data?.relation)!
      // The changed cell moved the side it sits on by `delta`.
      const onTotal = rel.total.includes(key as never)
      expect(Number(d.actual) - Number(d.expected?.[0])).toBe(onTotal ? delta : -delta)
      expect(d.cells.map((c) => c.key)).toContain(key)
    }
  })

  const leafBlanked = reportArbitrary().chain((report) => fc.tuple(fc.constant(report), fc.constantFrom(...leafKeys(report))))
  it.prop([leafBlanked], runs)('report a relation over a blank leaf as not assessable, never as wrong', ([report, key]) => {
    const found = checkReport(changed(report, key, { value: null, raw: '' }), tableRules)
    expect(found.filter((d) => d.severity === 'error')).toEqual([])
    const notAssessable = found.filter((d) => d.data?.notAssessable).map((d) => d.data?.relation)
    for (const r of relationsWith(report, key)) expect(notAssessable).toContain(r.id)
  })

  it.prop([reportArbitrary({ blanks: true })], runs)('may contain blanks anywhere and still give no error', (report) => {
    expect(checkReport(report, tableRules).filter((d) => d.severity === 'error')).toEqual([])
  })
})

describe('JSON', () => {
  it.prop([reportArbitrary({ blanks: true, meta: true, sections: true })], runs)('round-trips any report unchanged', (report) => {
    expect(readReportJson(reportToJson(report)).report).toEqual(report)
  })
})

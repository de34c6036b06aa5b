import { describe, expect, it } from 'vitest'
import { getCell, setCell } from '../cells.ts'
import { checkReport, checkReports, resolveSeverities } from './check.ts'
import { sampleReport } from './sample.ts'
import { withCells } from './example-helpers.ts'

// Every rule's examples run through scripts/rule-examples.test.ts, which reads their text.

describe('checkReport', () => {
  it('gives actual and expected for a broken balance, with the cells', () => {
    const r = sampleReport()
    const before = getCell(r, 'applications/newReceived/research')!.value!
    withCells(r, { 'applications/newReceived/research': before + 2 })
    const found = checkReport(r, { rules: { 'applications-applicant-sum': 'off' } })
    expect(found).toHaveLength(1)
    expect(found[0]).toMatchObject({ ruleId: 'applications-balance', severity: 'error', actual: String(before), expected: [String(before + 2)] })
    expect(found[0]!.cells.map((c) => c.key)).toContain('applications/newReceived/research')
    expect(found[0]!.reason).toContain('科研机构')
  })

  it('speaks English when asked', () => {
    const r = withCells(sampleReport(), { 'reviewLitigation/review/total': 9 })
    const [d] = checkReport(r, { locale: 'en' })
    expect(d!.reason).toBe('review-litigation-sum/review: total is 9, upheld + corrected + other + pending is 2')
  })

  it('reports a relation over a blank cell as not assessable, and computes it with blankAsZero', () => {
    const r = withCells(sampleReport(), { 'reviewLitigation/review/pending': null })
    const found = checkReport(r)
    expect(found).toHaveLength(1)
    expect(found[0]).toMatchObject({ ruleId: 'review-litigation-sum', severity: 'info' })
    expect(found[0]!.actual).toBeUndefined()
    const zero = checkReport(r, { blankAsZero: true })
    expect(zero).toHaveLength(1)
    expect(zero[0]).toMatchObject({ severity: 'error', actual: '2', expected: ['1'] })
  })

  it('reports a table blank throughout once', () => {
    const r = sampleReport()
    for (const row of Object.values(r.tables.reviewLitigation.rows)) for (const k of Object.keys(row)) row[k] = { value: null, raw: '' }
    const found = checkReport(r)
    expect(found).toHaveLength(1)
    expect(found[0]!.data).toMatchObject({ notAssessable: true })
  })

  it('keeps the origin of the cells it names and places the message at the first', () => {
    const r = sampleReport()
    const origin = { source: 'a.txt', position: { start: { line: 3, column: 5, offset: 40 }, end: { line: 3, column: 6, offset: 41 } } }
    setCell(r, 'reviewLitigation/review/total', { value: 7, raw: '7', origin })
    r.source = 'a.txt'
    const [d] = checkReport(r)
    expect(d!.file).toBe('a.txt')
    expect(d!.place).toEqual(origin.position)
    expect(d!.cells[0]).toEqual({ key: 'reviewLitigation/review/total', value: 7, origin })
  })

  it('rejects unknown rules and settings with a clear message', () => {
    expect(() => resolveSeverities({ rules: { 'no-such-rule': 'off' } })).toThrow(/Unknown rule `no-such-rule`/)
    expect(() => resolveSeverities({ rules: { domain: 'loud' as never } })).toThrow(/unknown setting `loud`/)
  })

  it('turns warnings into errors under the strict preset', () => {
    const r = sampleReport('2019', 2023)
    expect(checkReport(r).every((d) => d.severity === 'warning')).toBe(true)
    expect(checkReport(r, { preset: 'strict' }).every((d) => d.severity === 'error')).toBe(true)
  })
})

describe('checkReports', () => {
  it('runs carry-over only between consecutive years of one organ', () => {
    const a = sampleReport('2021', 2022)
    const b = withCells(sampleReport('2021', 2024), { 'applications/carriedOver/naturalPerson': 5 })
    const pairOnly = { rules: { 'applications-balance': 'off', 'applications-applicant-sum': 'off', stock: 'off' } } as const
    expect(checkReports([a, b], pairOnly)).toEqual([])
    const c = withCells(sampleReport('2021', 2023), { 'applications/carriedOver/naturalPerson': 5 })
    const found = checkReports([a, c], pairOnly).filter((d) => d.ruleId === 'carry-over')
    expect(found).toHaveLength(1)
    expect(found[0]).toMatchObject({ actual: '5', expected: ['1'] })
    const other = { ...c, meta: { ...c.meta, organ: '另一机关' } }
    expect(checkReports([a, other], pairOnly).filter((d) => d.ruleId === 'carry-over')).toEqual([])
    expect(checkReports([a, other], { ...pairOnly, groupBy: () => 'same' }).filter((d) => d.ruleId === 'carry-over')).toHaveLength(1)
  })
})

describe('a relation the reader placed figures by', () => {
  const inferred = { by: 'digits-split' as const, relations: ['applications-applicant-sum/granted'] }
  const infosOf = (r: ReturnType<typeof sampleReport>) => checkReport(r).filter((d) => d.data?.inferred === true)

  it('is reported as confirming nothing, not taken for checked', () => {
    const r = sampleReport()
    for (const c of Object.values(r.tables.applications.rows.granted!)) c.inferred = { ...inferred, relations: [...inferred.relations] }
    const [d, ...rest] = infosOf(r)
    expect(rest).toEqual([])
    expect(d).toMatchObject({ ruleId: 'applications-applicant-sum', severity: 'info', data: { relation: 'applications-applicant-sum/granted', notAssessable: true } })
    expect(d!.cells).toHaveLength(7)
  })

  it('says nothing of relations its cells were not placed by, or of cells read as printed', () => {
    const r = sampleReport()
    r.tables.applications.rows.granted!.total!.inferred = { by: 'digits-split', relations: ['applications-applicant-sum/newReceived'] }
    expect(infosOf(r)).toEqual([])
    expect(infosOf(sampleReport())).toEqual([])
  })

  it('is still an error when it does not hold', () => {
    const r = withCells(sampleReport(), { 'applications/granted/total': 99 })
    for (const c of Object.values(r.tables.applications.rows.granted!)) c.inferred = { ...inferred, relations: [...inferred.relations] }
    expect(checkReport(r).filter((d) => d.ruleId === 'applications-applicant-sum').map((d) => d.severity)).toEqual(['error'])
  })
})

import { readFileSync, writeFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { sampleReport } from '../rules/sample.ts'
import { readReportJson } from './read.ts'
import { reportJsonSchema } from './schema.ts'
import { validateReport } from './validate.ts'
import { reportToJson } from './write.ts'

describe('reportToJson / readReportJson', () => {
  it('read back what they wrote', () => {
    const r = sampleReport('2019', 2020)
    r.source = 'x.txt'
    r.sections.overview = { id: 'overview', heading: '一、总体情况', text: '正文' }
    expect(readReportJson(reportToJson(r)).report).toEqual(r)
  })

  it('point at a syntax error', () => {
    const { report, diagnostics } = readReportJson('{\n  "meta": {},\n  "format": 2021,,\n}', { source: 'bad.json' })
    expect(report).toBeNull()
    expect(diagnostics).toHaveLength(1)
    expect(diagnostics[0]).toMatchObject({ ruleId: 'json-syntax', severity: 'error', file: 'bad.json' })
    expect(diagnostics[0]!.place?.start.line).toBe(3)
  })

  it('name the path of a missing cell and of a wrong type', () => {
    const doc = JSON.parse(reportToJson(sampleReport()))
    delete doc.tables.applications.rows.granted.total
    doc.tables.reviewLitigation.rows.review.upheld.value = '1'
    const { report, diagnostics } = readReportJson(JSON.stringify(doc), { locale: 'en' })
    expect(report).toBeNull()
    expect(diagnostics.map((d) => d.data?.path)).toEqual(['$.tables.applications.rows.granted.total', '$.tables.reviewLitigation.rows.review.upheld.value'])
    expect(diagnostics[1]!.reason).toContain('expected a finite number or null')
  })

  it('reject a row of the other version', () => {
    const doc = JSON.parse(reportToJson(sampleReport('2021')))
    doc.tables.applications.format = '2019'
    const issues = validateReport(doc)
    expect(issues.map((i) => i.path)).toContain('$.tables.applications.rows["otherHandling.other"]')
  })

  it('cannot be used to pollute prototypes', () => {
    const text = reportToJson(sampleReport()).replace('"meta": {', '"meta": {"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}},')
    const { report, diagnostics } = readReportJson(text)
    expect(report).toBeNull()
    expect(diagnostics.map((d) => d.data?.path)).toEqual(['$.meta.__proto__', '$.meta.constructor'])
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.prototype).not.toHaveProperty('polluted')
  })

  it('survive deep nesting without overflowing the stack', () => {
    const deep = `{"meta": ${'['.repeat(100000)}${']'.repeat(100000)}, "format": "2021", "sections": {}, "tables": {}}`
    const { report, diagnostics } = readReportJson(deep)
    expect(report).toBeNull()
    expect(diagnostics[0]!.data?.path).toBe('$.meta')
  })
})

describe('the published JSON Schema', () => {
  const file = new URL('../../schema/report.schema.json', import.meta.url)
  it('is the one generated from the templates', () => {
    const text = `${JSON.stringify(reportJsonSchema, null, 2)}\n`
    // Regenerate with: UPDATE_SCHEMA=1 pnpm vitest run packages/model/src/json
    if (process.env.UPDATE_SCHEMA) writeFileSync(file, text)
    expect(readFileSync(file, 'utf8'), 'schema/report.schema.json is stale: regenerate it with UPDATE_SCHEMA=1 npx vitest run packages/model/src/json').toBe(text)
  })

  it('lists every row key of both versions', () => {
    const text = JSON.stringify(reportJsonSchema)
    for (const key of ['otherHandling.overdueFee', 'procurement', 'litigationAfterReview', 'inForce']) expect(text).toContain(key)
  })
})

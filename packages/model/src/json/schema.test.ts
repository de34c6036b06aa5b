import { describe, expect, it } from 'vitest'
import { sectionTemplates } from '../templates/sections.ts'
import { formatVersions, tableIds, tableTemplate } from '../templates/formats.ts'
import { reportJsonSchema } from './schema.ts'

type Node = { required?: string[]; properties?: Record<string, Node>; oneOf?: Node[]; const?: unknown; additionalProperties?: boolean }

describe('reportJsonSchema', () => {
  it('is a closed draft 2020-12 schema of the report', () => {
    expect(reportJsonSchema.$schema).toBe('https://json-schema.org/draft/2020-12/schema')
    expect(Object.keys(reportJsonSchema.properties)).toEqual(['meta', 'format', 'source', 'sections', 'tables'])
    expect(reportJsonSchema.required).toEqual(['meta', 'format', 'sections', 'tables'])
    expect(Object.keys(reportJsonSchema.properties.sections.properties)).toEqual(sectionTemplates.map((s) => s.id))
    // No object anywhere admits unknown properties.
    const open: string[] = []
    const walk = (v: unknown, path: string) => {
      if (typeof v !== 'object' || v === null) return
      const o = v as Record<string, unknown>
      if (o.type === 'object' && o.additionalProperties !== false) open.push(path)
      for (const [k, x] of Object.entries(o)) walk(x, `${path}/${k}`)
    }
    walk(reportJsonSchema, '#')
    expect(open).toEqual([])
  })

  it('lists, per table and version, exactly the template rows and columns', () => {
    for (const id of tableIds) {
      const variants = (reportJsonSchema.properties.tables.properties[id] as unknown as Node).oneOf!
      expect(variants.map((v) => v.properties!.format!.const)).toEqual([...formatVersions])
      formatVersions.forEach((version, i) => {
        const rows = variants[i]!.properties!.rows!
        const t = tableTemplate(id, version)
        expect(rows.required).toEqual(t.rows.map((r) => r.key))
        expect(Object.keys(rows.properties!)).toEqual(t.rows.map((r) => r.key))
        for (const r of t.rows) expect(rows.properties![r.key]!.required, `${id} ${version} ${r.key}`).toEqual([...r.columns])
      })
    }
  })
})

import { describe, expect, it } from 'vitest'
import { formats } from './formats.ts'

describe('format templates', () => {
  it('declare the cell counts of the national templates', () => {
    expect(formats['2021'].tables.active.cells).toHaveLength(10)
    expect(formats['2019'].tables.active.cells).toHaveLength(22)
    expect(formats['2021'].tables.applications.cells).toHaveLength(175)
    expect(formats['2019'].tables.applications.cells).toHaveLength(161)
    expect(formats['2021'].tables.reviewLitigation.cells).toHaveLength(15)
    expect(formats['2019'].tables.reviewLitigation.cells).toHaveLength(15)
  })

  it('read table 四 as review×5, direct×5, after-review×5', () => {
    expect(formats['2021'].tables.reviewLitigation.cells.slice(4, 6)).toEqual([
      'reviewLitigation/review/total',
      'reviewLitigation/litigationDirect/upheld',
    ])
  })

  it('keep row and column keys unique within a table', () => {
    for (const f of Object.values(formats)) {
      for (const t of Object.values(f.tables)) {
        expect(new Set(t.rows.map((r) => r.key)).size).toBe(t.rows.length)
        expect(new Set(t.cells).size).toBe(t.cells.length)
        for (const r of t.rows) for (const c of r.columns) expect(t.columns.some((col) => col.key === c)).toBe(true)
      }
    }
  })

  it('sum every outcome row into （七）总计, with the single 2019 其他处理 row', () => {
    const r2 = (v: '2019' | '2021') =>
      formats[v].tables.applications.relations.find((r) => r.id === 'applications-outcome-sum/total')!
    expect(r2('2021').parts).toHaveLength(21)
    expect(r2('2019').parts).toHaveLength(19)
    expect(r2('2019').parts).toContain('applications/otherHandling/total')
  })
})

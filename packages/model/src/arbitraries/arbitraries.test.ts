import { fc, it } from '@fast-check/vitest'
import { describe, expect } from 'vitest'
import { getCell, reportCellKeys } from '../cells.ts'
import { readReportJson } from '../json/read.ts'
import { validateReport } from '../json/validate.ts'
import { reportToJson } from '../json/write.ts'
import { sectionTemplates } from '../templates/sections.ts'
import { tableIds, tableTemplate } from '../templates/formats.ts'
import type { Relation } from '../templates/types.ts'
import type { FormatVersion, Report } from '../types.ts'
import { applyMutation, cellMutationArbitrary, leafKeyArbitrary, leafKeys, reportArbitrary } from './index.ts'
import { propertyRuns } from './index.ts'

const versions: FormatVersion[] = ['2019', '2021']

function relations(report: Report): Relation[] {
  return tableIds.flatMap((t) => [...tableTemplate(t, report.tables[t].format).relations])
}

/** The relation's two sides, or undefined when a cell of it is blank (not assessable). */
function sides(report: Report, r: Relation): [number, number] | undefined {
  const values = (keys: readonly string[]) => keys.map((k) => getCell(report, k)!.value)
  const total = values(r.total)
  const parts = values(r.parts)
  if ([...total, ...parts].some((v) => v === null)) return undefined
  const add = (xs: (number | null)[]) => xs.reduce<number>((a, x) => a + x!, 0)
  return [add(total), add(parts)]
}

function broken(report: Report): string[] {
  return relations(report).flatMap((r) => {
    const s = sides(report, r)
    return s && s[0] !== s[1] ? [`${r.id}: ${s[0]} ≠ ${s[1]}`] : []
  })
}

describe('reportArbitrary', () => {
  for (const version of versions) {
    for (const blanks of [false, true]) {
      describe(`${version}${blanks ? ', with blanks' : ''}`, () => {
        const arb = reportArbitrary({ version, blanks, meta: true, sections: true })

        it.prop([arb], { numRuns: propertyRuns(60) })('gives reports the JSON reader accepts and that round-trip through JSON unchanged', (report) => {
          expect(validateReport(JSON.parse(JSON.stringify(report)))).toEqual([])
          expect(readReportJson(reportToJson(report))).toEqual({ report, diagnostics: [] })
        })

        it.prop([arb], { numRuns: propertyRuns(100) })('satisfies every relation it can be checked on', (report) => {
          expect(broken(report)).toEqual([])
          if (!blanks) for (const r of relations(report)) expect(sides(report, r), r.id).toBeDefined()
        })

        it.prop([arb], { numRuns: propertyRuns(60) })('keeps every cell in its domain, written as its number, with no origin', (report) => {
          expect(report.format).toBe(version)
          for (const t of tableIds) expect(report.tables[t].format).toBe(version)
          for (const key of reportCellKeys(report)) {
            const cell = getCell(report, key)!
            expect(cell.origin).toBeUndefined()
            if (cell.value === null) {
              expect(blanks, key).toBe(true)
              expect(cell.raw).toBe('')
              continue
            }
            expect(cell.raw).toBe(String(cell.value))
            expect(Object.is(cell.value, -0)).toBe(false)
            const [table, , column] = key.split('/') as [typeof tableIds[number], string, string]
            const kind = tableTemplate(table, version).columns.find((c) => c.key === column)!.kind
            if (kind === 'count') expect(Number.isInteger(cell.value) && cell.value >= 0, key).toBe(true)
            if (kind === 'change') expect(Number.isInteger(cell.value), key).toBe(true)
            if (kind === 'amount') expect(cell.raw, key).toMatch(/^\d+(\.\d{1,6})?$/)
          }
        })

        it.prop([arb], { numRuns: propertyRuns(30) })('fills meta and sections consistently with the version', ({ meta, sections }) => {
          expect(meta.year).toBeGreaterThanOrEqual(version === '2019' ? 2019 : 2021)
          expect(meta.year).toBeLessThanOrEqual(version === '2019' ? 2020 : 2025)
          expect(meta.title).toBe(`${meta.organ}${meta.year}年政府信息公开工作年度报告`)
          expect(Object.keys(sections)).toEqual(sectionTemplates.map((s) => s.id))
          for (const s of sectionTemplates) {
            expect(sections[s.id]!.heading).toBe(`${s.number}、${s.title}`)
            expect(sections[s.id]!.text).not.toMatch(/[0-9０-９一二三四五六七八九十]/)
          }
        })
      })
    }
  }

  it.prop([reportArbitrary()], { numRuns: propertyRuns(20) })('leaves meta and sections empty unless asked', (report) => {
    expect(report.meta).toEqual({})
    expect(report.sections).toEqual({})
  })

  it('draws blanks with blanks: true', () => {
    const reports = fc.sample(reportArbitrary({ blanks: true }), { numRuns: propertyRuns(20), seed: 1 })
    expect(reports.some((r) => reportCellKeys(r).some((k) => getCell(r, k)!.value === null))).toBe(true)
  })

  it.prop([reportArbitrary({ maxValue: 3 })], { numRuns: propertyRuns(30) })('keeps leaves within maxValue', (report) => {
    for (const k of leafKeys(report)) {
      if (k.endsWith('/amount') || k.includes('/carriedOver/')) continue
      expect(Math.abs(getCell(report, k)!.value!)).toBeLessThanOrEqual(3)
    }
  })
})

describe('leaves and mutations', () => {
  it('a leaf is no total of any relation but the balance rule, and is never computed', () => {
    for (const version of versions) {
      const [report] = fc.sample(reportArbitrary({ version }), { numRuns: propertyRuns(1), seed: 7 })
      const keys = new Set<string>(leafKeys(report!))
      expect(keys.has('applications/granted/naturalPerson')).toBe(true)
      expect(keys.has('applications/carriedOver/commercial')).toBe(true)
      expect(keys.has('applications/carriedForward/otherOrg')).toBe(true)
      expect(keys.has('reviewLitigation/review/pending')).toBe(true)
      for (const k of ['applications/newReceived/naturalPerson', 'applications/totalHandled/research', 'applications/granted/total', 'reviewLitigation/review/total']) {
        expect(keys.has(k), k).toBe(false)
      }
      // Table 二 has no relation: all of its cells are leaves.
      for (const k of tableTemplate('active', version).cells) expect(keys.has(k)).toBe(true)
    }
  })

  it.prop([reportArbitrary({ blanks: true }).chain((r) => fc.tuple(fc.constant(r), leafKeyArbitrary(r, { nonBlank: true })))], { numRuns: propertyRuns(50) })('leafKeyArbitrary picks only leaves holding a number with nonBlank', ([report, key]) => {
    expect(leafKeys(report)).toContain(key)
    expect(getCell(report, key)!.value).not.toBeNull()
  })

  it.prop([cellMutationArbitrary()], { numRuns: propertyRuns(200) })('changing a leaf breaks exactly the relations that hold it, each by the change', (m) => {
    const { key, delta } = m
    expect(delta).not.toBe(0)
    const report = applyMutation(m)
    expect(getCell(report, key)!.value).toBeGreaterThanOrEqual(key.endsWith('/change') ? -Infinity : 0)
    const holding = relations(report).filter((r) => r.total.includes(key) || r.parts.includes(key))
    const off = relations(report).filter((r) => {
      const s = sides(report, r)!
      return s[0] !== s[1]
    })
    expect(off.map((r) => r.id)).toEqual(holding.map((r) => r.id))
    for (const r of off) {
      const [total, parts] = sides(report, r)!
      expect(total - parts).toBe(r.total.includes(key) ? delta : -delta)
    }
  })
})

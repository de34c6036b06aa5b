import fc from 'fast-check'
import { emptyReport } from '../cells.ts'
import { sectionTemplates } from '../templates/sections.ts'
import { tableTemplate } from '../templates/formats.ts'
import type { Cell, FormatVersion, Report, SectionId } from '../types.ts'

export interface ReportArbitraryOptions {
  /** Fix the format version; both by default. */
  version?: FormatVersion
  /** Let leaf cells be blank (then the relations over them are not assessable). */
  blanks?: boolean
  /** Fill meta (organ, year consistent with the version, title). */
  meta?: boolean
  /** Fill the six sections with short prose. */
  sections?: boolean
  /** Largest leaf count (default 60). */
  maxValue?: number
}

const num = (value: number): Cell => ({ value, raw: String(value) })
const blank = (): Cell => ({ value: null, raw: '' })
const sum = (cells: Cell[]) => cells.reduce((a, c) => a + (c.value ?? 0), 0)

const organs = ['示例市人民政府办公室', '某某区教育局', '某某县自然资源局', '某某市生态环境局', '某某镇人民政府', '某某区投资促进中心']
const prose = ['本年度认真贯彻条例要求，推进政务公开工作。', '严格落实保密审查制度，确保信息公开规范有序。', '持续完善政府信息公开平台建设。', '无。']

/**
 * Valid reports by construction: leaves are free, every total is computed from its parts, so
 * every relation of the templates holds (or, with blanks, is not assessable). A leaf is a cell
 * that is no relation's total; carried-over counts are kept no larger than what was handled.
 */
export function reportArbitrary(options: ReportArbitraryOptions = {}): fc.Arbitrary<Report> {
  const version = options.version ? fc.constant(options.version) : fc.constantFrom<FormatVersion>('2019', '2021')
  const max = options.maxValue ?? 60
  const leaf = options.blanks
    ? fc.oneof({ weight: 9, arbitrary: fc.nat(max).map(num) }, { weight: 1, arbitrary: fc.constant(null).map(blank) })
    : fc.nat(max).map(num)
  return version.chain((v) => {
    const active = tableTemplate('active', v)
    const apps = tableTemplate('applications', v)
    const review = tableTemplate('reviewLitigation', v)
    const appColumns = apps.columns.filter((c) => c.key !== 'total').map((c) => c.key)
    const outcomeRows = apps.rows.filter((r) => r.group !== undefined && r.key !== 'totalHandled').map((r) => r.key)
    const activeCell = (column: string) => {
      const kind = active.columns.find((c) => c.key === column)!.kind
      const n =
        kind === 'amount'
          ? fc.nat(5_000_000).map((x) => num(x / 1_000_000 > 0 ? Number((x / 100).toFixed(2)) : 0))
          : kind === 'change'
            ? fc.integer({ min: -20, max: 20 }).map(num)
            : fc.nat(max).map(num)
      return options.blanks ? fc.oneof({ weight: 9, arbitrary: n }, { weight: 1, arbitrary: fc.constant(null).map(blank) }) : n
    }
    const year = v === '2021' ? fc.integer({ min: 2021, max: 2025 }) : fc.integer({ min: 2019, max: 2020 })
    return fc
      .record({
        active: fc.tuple(...active.cells.map((k) => activeCell(k.split('/')[2]!))),
        outcomes: fc.array(fc.array(leaf, { minLength: appColumns.length, maxLength: appColumns.length }), { minLength: outcomeRows.length, maxLength: outcomeRows.length }),
        forward: fc.array(leaf, { minLength: appColumns.length, maxLength: appColumns.length }),
        overShare: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: appColumns.length, maxLength: appColumns.length }),
        overBlank: fc.array(options.blanks ? fc.boolean() : fc.constant(false), { minLength: appColumns.length, maxLength: appColumns.length }),
        review: fc.array(fc.array(leaf, { minLength: 4, maxLength: 4 }), { minLength: 3, maxLength: 3 }),
        organ: fc.constantFrom(...organs),
        year,
        prose: fc.array(fc.constantFrom(...prose), { minLength: 6, maxLength: 6 }),
      })
      .map((g) => {
        const r = emptyReport(v)
        active.cells.forEach((key, i) => {
          const [, row, col] = key.split('/') as [string, string, string]
          r.tables.active.rows[row]![col] = g.active[i]!
        })
        const t = r.tables.applications.rows
        outcomeRows.forEach((row, i) => appColumns.forEach((c, j) => (t[row]![c] = g.outcomes[i]![j]!)))
        appColumns.forEach((c, j) => {
          const handled = sum(outcomeRows.map((row) => t[row]![c]!))
          t.totalHandled![c] = outcomeRows.some((row) => t[row]![c]!.value === null) ? blank() : num(handled)
          t.carriedForward![c] = g.forward[j]!
          const forward = t.carriedForward![c]!.value ?? 0
          const over = Math.floor(g.overShare[j]! * (handled + forward))
          t.carriedOver![c] = g.overBlank[j] ? blank() : num(over)
          // R1: newReceived = totalHandled + carriedForward − carriedOver, blank when any side is.
          const sides = [t.totalHandled![c]!, t.carriedForward![c]!, t.carriedOver![c]!]
          t.newReceived![c] = sides.some((s) => s.value === null) ? blank() : num(handled + forward - over)
        })
        for (const row of apps.rows) {
          const parts = appColumns.map((c) => t[row.key]![c]!)
          t[row.key]!.total = parts.some((p) => p.value === null) ? blank() : num(sum(parts))
        }
        review.rows.forEach((row, i) => {
          const cells = g.review[i]!
          ;['upheld', 'corrected', 'other', 'pending'].forEach((c, j) => (r.tables.reviewLitigation.rows[row.key]![c] = cells[j]!))
          r.tables.reviewLitigation.rows[row.key]!.total = cells.some((c) => c.value === null) ? blank() : num(sum(cells))
        })
        if (options.meta) {
          r.meta = { organ: g.organ, year: g.year, title: `${g.organ}${g.year}年政府信息公开工作年度报告` }
        }
        if (options.sections) {
          sectionTemplates.forEach((s, i) => {
            r.sections[s.id as SectionId] = { id: s.id, heading: `${s.number}、${s.title}`, text: g.prose[i]! }
          })
        }
        return r
      })
  })
}

/** A leaf cell key of a report's tables: a cell no relation has as its total. */
export function leafKeys(report: Report): string[] {
  const out: string[] = []
  for (const id of ['active', 'applications', 'reviewLitigation'] as const) {
    const t = tableTemplate(id, report.tables[id].format)
    const totals = new Set(t.relations.flatMap((r) => (r.rule === 'applications-balance' ? [] : r.total)))
    // R1's sides are themselves totals or leaves; newReceived is computed, so it is no leaf here.
    for (const k of t.cells) if (!totals.has(k) && !k.includes('/newReceived/')) out.push(k)
  }
  return out
}

import fc from 'fast-check'
import { cellKey, emptyReport, getCell } from '../cells.ts'
import { sectionTemplates } from '../templates/sections.ts'
import { tableIds, tableTemplate } from '../templates/formats.ts'
import type { Cell, CellKey, FormatVersion, Report, TableId } from '../types.ts'

/**
 * fast-check arbitraries of valid reports, for property tests of readers, renderers and rules.
 * A subpath export (`@gai/model/arbitraries`) so that `fast-check` stays an optional peer.
 */

export interface ReportArbitraryOptions {
  /** Fix the format version; both by default. */
  version?: FormatVersion
  /** Let leaf cells be blank (value null, raw ''); the relations over them are then not assessable. */
  blanks?: boolean
  /** Fill meta (organ, year consistent with the version, title). */
  meta?: boolean
  /** Fill the six sections with short prose. */
  sections?: boolean
  /** Largest leaf count (default 60); totals may be larger. */
  maxValue?: number
}

const num = (value: number): Cell => ({ value, raw: String(value) })
const blank = (): Cell => ({ value: null, raw: '' })
/** A sum over the non-blank cells. */
const sum = (cells: readonly Cell[]) => cells.reduce((a, c) => a + (c.value ?? 0), 0)
const split = (key: string) => key.split('/') as [TableId, string, string]

const places = ['示例市', '某某区', '某某县', '某某市', '某某镇', '某某自治州', '某某新区']
const bodies = ['人民政府办公室', '教育局', '自然资源局', '生态环境局', '人民政府', '投资促进中心', '市场监督管理局', '卫生健康委员会']
// Prose without numerals (Arabic or Chinese) and without claims the narrative rules read (无, 收费).
const sentences = [
  '本年度认真贯彻条例要求，推进政务公开工作。',
  '严格落实保密审查制度，确保信息公开规范有序。',
  '持续完善政府信息公开平台建设。',
  '依法依规办理政府信息公开申请，按时答复申请人。',
  '公开工作仍有不足，信息更新不够及时。',
  '今后将加强业务培训，提升公开质量。',
  '持续规范公开流程，回应社会关切。',
]

/** An exact decimal ≥ 0 with up to six decimals, as 万元 amounts are written (`24252.311082`). */
const amount = fc
  .tuple(fc.nat(99_999), fc.integer({ min: 0, max: 6 }), fc.nat(999_999))
  .map(([whole, digits, frac]) => (digits === 0 ? whole : Number(`${whole}.${String(frac % 10 ** digits).padStart(digits, '0')}`)))

/** The cells of one version's applications table the construction fills, read off its relations. */
function applicationsShape(version: FormatVersion) {
  const t = tableTemplate('applications', version)
  const applicantSum = t.relations.find((r) => r.rule === 'applications-applicant-sum')!
  const applicants = applicantSum.parts.map((k) => split(k)[2])
  const outcomeSum = t.relations.find((r) => r.rule === 'applications-outcome-sum' && r.total[0] === cellKey('applications', 'totalHandled', applicants[0]!))!
  const outcomes = outcomeSum.parts.map((k) => split(k)[1])
  const total = split(applicantSum.total[0]!)[2]
  return { applicants, outcomes, total, rows: t.rows.map((r) => r.key) }
}

function reviewShape(version: FormatVersion) {
  const t = tableTemplate('reviewLitigation', version)
  const first = t.relations.find((r) => r.rule === 'review-litigation-sum')!
  return { rows: t.rows.map((r) => r.key), parts: first.parts.map((k) => split(k)[2]), total: split(first.total[0]!)[2] }
}

/**
 * Valid reports by construction. The leaves are free: table 二's cells, table 三's outcome,
 * carried-forward and carried-over cells of the six applicant columns, table 四's four result
 * columns. Everything else is computed so that every relation of the templates holds:
 * totalHandled = Σ outcomes, newReceived = totalHandled + carriedForward − carriedOver (carriedOver
 * is drawn no larger than totalHandled + carriedForward, so newReceived ≥ 0), each row's total =
 * Σ applicant columns, table 四's total = Σ the four results. A blank leaf (with `blanks`) is left
 * out of the sums, so a relation holding it is not assessable and every other one holds.
 */
export function reportArbitrary(options: ReportArbitraryOptions = {}): fc.Arbitrary<Report> {
  const version = options.version ? fc.constant(options.version) : fc.constantFrom<FormatVersion>('2019', '2021')
  const max = options.maxValue ?? 60
  const maybeBlank = (arb: fc.Arbitrary<Cell>): fc.Arbitrary<Cell> =>
    options.blanks ? fc.oneof({ weight: 9, arbitrary: arb }, { weight: 1, arbitrary: fc.constant(null).map(blank) }) : arb
  const count = maybeBlank(fc.nat(max).map(num))
  const cells = <T,>(n: number, arb: fc.Arbitrary<T>) => fc.array(arb, { minLength: n, maxLength: n })

  return version.chain((v) => {
    const active = tableTemplate('active', v)
    const apps = applicationsShape(v)
    const review = reviewShape(v)
    const activeCell = (key: CellKey): fc.Arbitrary<Cell> => {
      const kind = active.columns.find((c) => c.key === split(key)[2])!.kind
      return maybeBlank(kind === 'amount' ? amount.map(num) : kind === 'change' ? fc.integer({ min: -max, max }).map(num) : fc.nat(max).map(num))
    }
    const n = apps.applicants.length
    const year = v === '2021' ? fc.integer({ min: 2021, max: 2025 }) : fc.integer({ min: 2019, max: 2020 })
    return fc
      .record({
        active: fc.tuple(...active.cells.map(activeCell)),
        outcomes: fc.array(cells(n, count), { minLength: apps.outcomes.length, maxLength: apps.outcomes.length }),
        forward: cells(n, count),
        // carriedOver = draw mod (totalHandled + carriedForward + 1), blank when the cell is drawn blank.
        over: cells(n, maybeBlank(fc.nat(1_000_000).map(num))),
        review: fc.array(cells(review.parts.length, count), { minLength: review.rows.length, maxLength: review.rows.length }),
        organ: fc.tuple(fc.constantFrom(...places), fc.constantFrom(...bodies)).map(([p, b]) => p + b),
        year,
        prose: cells(sectionTemplates.length, fc.array(fc.constantFrom(...sentences), { minLength: 1, maxLength: 3 }).map((s) => s.join(''))),
      })
      .map((g) => {
        const r = emptyReport(v)
        active.cells.forEach((key, i) => {
          const [, row, col] = split(key)
          r.tables.active.rows[row]![col] = g.active[i]!
        })
        const t = r.tables.applications.rows
        apps.outcomes.forEach((row, i) => apps.applicants.forEach((c, j) => (t[row]![c] = g.outcomes[i]![j]!)))
        apps.applicants.forEach((c, j) => {
          const handled = sum(apps.outcomes.map((row) => t[row]![c]!))
          t.totalHandled![c] = num(handled)
          t.carriedForward![c] = g.forward[j]!
          const forward = t.carriedForward![c]!.value ?? 0
          const drawn = g.over[j]!
          const over = drawn.value === null ? drawn : num(drawn.value % (handled + forward + 1))
          t.carriedOver![c] = over
          // R1: newReceived + carriedOver = totalHandled + carriedForward.
          t.newReceived![c] = num(handled + forward - (over.value ?? 0))
        })
        for (const row of apps.rows) t[row]![apps.total] = num(sum(apps.applicants.map((c) => t[row]![c]!)))
        const rl = r.tables.reviewLitigation.rows
        review.rows.forEach((row, i) => {
          review.parts.forEach((c, j) => (rl[row]![c] = g.review[i]![j]!))
          rl[row]![review.total] = num(sum(review.parts.map((c) => rl[row]![c]!)))
        })
        if (options.meta) r.meta = { organ: g.organ, year: g.year, title: `${g.organ}${g.year}年政府信息公开工作年度报告` }
        if (options.sections) {
          sectionTemplates.forEach((s, i) => {
            r.sections[s.id] = { id: s.id, heading: `${s.number}、${s.title}`, text: g.prose[i]! }
          })
        }
        return r
      })
  })
}

/**
 * The leaf cells of a report's tables, in template order: the cells `reportArbitrary` draws
 * freely, so that changing one breaks exactly the relations that hold it. These are the cells
 * that are no relation's total, except that of the balance rule (R1) only carriedForward and
 * carriedOver are leaves: newReceived and totalHandled are computed.
 */
export function leafKeys(report: Report): CellKey[] {
  const out: CellKey[] = []
  for (const id of tableIds) {
    const t = tableTemplate(id, report.tables[id].format)
    const totals = new Set<string>(t.relations.flatMap((r) => (r.rule === 'applications-balance' ? [] : r.total)))
    for (const k of t.cells) if (!totals.has(k) && !k.includes('/newReceived/')) out.push(k)
  }
  return out
}

/** A leaf key of `report` (see {@link leafKeys}); with `nonBlank`, only leaves holding a number. */
export function leafKeyArbitrary(report: Report, options: { nonBlank?: boolean } = {}): fc.Arbitrary<CellKey> {
  const keys = leafKeys(report).filter((k) => !options.nonBlank || getCell(report, k)?.value != null)
  if (keys.length === 0) throw new RangeError('The report has no leaf cell holding a number')
  return fc.constantFrom(...keys)
}

/** A valid report, one of its leaves and a non-zero change that keeps the leaf in its domain. */
export interface CellMutation {
  report: Report
  key: CellKey
  /** The leaf's value before the change. */
  before: number
  /** The change: the leaf becomes `before + delta`. */
  delta: number
}

/**
 * A valid report without blanks, a leaf cell of it, and a small non-zero change of that leaf that
 * keeps counts ≥ 0: applying it breaks exactly the relations that hold the leaf, each by `delta`.
 * The report is left unchanged; apply the change with {@link applyMutation}.
 */
export function cellMutationArbitrary(options: Omit<ReportArbitraryOptions, 'blanks'> & { maxDelta?: number } = {}): fc.Arbitrary<CellMutation> {
  const maxDelta = Math.max(1, options.maxDelta ?? 5)
  return reportArbitrary({ ...options, blanks: false }).chain((report) =>
    fc.record({ key: leafKeyArbitrary(report), delta: fc.integer({ min: 1, max: maxDelta }), negative: fc.boolean() }).map(({ key, delta, negative }) => {
      const before = getCell(report, key)!.value!
      const d = negative && before - delta >= 0 ? -delta : delta
      return { report, key, before, delta: d }
    }),
  )
}

/**
 * A copy of the mutation's report with the change applied. The generated report itself stays as
 * fast-check gave it: a property that changed it in place would replay and shrink a different
 * value from the one that failed.
 */
export function applyMutation(m: CellMutation): Report {
  const [table, row, column] = split(m.key)
  const value = m.before + m.delta
  const report = structuredClone(m.report)
  report.tables[table].rows[row]![column] = num(Number.isInteger(value) ? value : Number(value.toFixed(6)))
  return report
}
export { propertyRuns } from './runs.ts'

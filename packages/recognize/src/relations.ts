import { rowRelations, tableTemplate } from '@gai/model'
import type { TableId, TableTemplate } from '@gai/model'

/**
 * The relations the readers weigh ways of placing figures by: a row's own (table 三's total of
 * six applicant columns, table 四's groups of five) and a table's (R1, R2 per column of table 三),
 * as the templates of @gai/model state them.
 */

/** A cell a relation names: its key (`applications/newReceived/total`), row and column. */
export interface CellRef {
  key: string
  row: string
  column: string
}

// Each template's relations with their cell keys taken apart, once.
const relationRefs = new WeakMap<TableTemplate, { total: CellRef[]; parts: CellRef[] }[]>()

/** A template's relations, their cells as references. */
export function relationsOf(template: TableTemplate): { total: CellRef[]; parts: CellRef[] }[] {
  let refs = relationRefs.get(template)
  if (!refs) {
    const ref = (key: string): CellRef => {
      const [, row, column] = key.split('/') as [string, string, string]
      return { key, row, column }
    }
    refs = template.relations.map((rel) => ({ total: rel.total.map(ref), parts: rel.parts.map(ref) }))
    relationRefs.set(template, refs)
  }
  return refs
}

/** A relation a printed row's cells hold, by the cells' places in the row. */
interface Group {
  total: number
  parts: readonly number[]
}

/**
 * The relations a printed row's own cells hold, as the template declares them (rowRelations of
 * @gai/model): one template row's where the table prints its rows as rows (table 三: the six
 * applicant columns and their total), each template row's in turn where it prints them side by
 * side (table 四: three groups of four results and their total). Empty for rows without one.
 */
function rowGroups(table: TableId, n: number): readonly Group[] {
  const template = tableTemplate(table, '2021')
  const first = template.rows[0]
  if (!first) return []
  const width = first.columns.length
  const own = rowRelations(template, first.key)
  if (own.length === 0) return []
  if (template.orientation === 'rows') return n === width ? own : []
  const groups: Group[] = []
  for (let g = 0; g + width <= n; g += width) for (const r of own) groups.push({ total: r.total + g, parts: r.parts.map((p) => p + g) })
  return groups
}

/** Whether a relation holds over some values: its total the sum of its parts. */
function holds(v: readonly number[], { total, parts }: Group): boolean {
  let sum = 0
  for (const p of parts) sum += v[p]!
  return v[total] === sum
}

// Each check made once per table and cell count: it is called for every way a search tries.
const checks = new Map<string, (v: number[]) => boolean>()

/** The relation a row's own cells must satisfy, used to choose among ways of placing them. */
export function rowCheck(table: TableId, n: number): (v: number[]) => boolean {
  const key = `${table}/${n}`
  let check = checks.get(key)
  if (!check) {
    const groups = rowGroups(table, n)
    check = (v) => groups.every((g) => holds(v, g))
    checks.set(key, check)
  }
  return check
}

/**
 * Whether a row's cells, some of them blank (`null`), can hold its relations: a blank part is a
 * count (never negative), so a total must be at least the sum of the parts beside it; a blank
 * total is unchecked. Cells with no blank must hold them exactly.
 */
export function relationsAllow(cells: readonly (number | null)[], table: TableId): boolean {
  return rowGroups(table, cells.length).every((g) => {
    const total = cells[g.total]
    if (total === null || total === undefined) return true
    let sum = 0
    let blank = false
    for (const i of g.parts) {
      const v = cells[i]
      if (v === null || v === undefined) blank = true
      else sum += v
    }
    return blank ? total - sum >= 0 : Math.abs(total - sum) < 1e-9
  })
}

/**
 * Where the one blank cell of a row one figure short can stand: the places where the row's
 * relations can still hold (relationsAllow). A figure lost from a full row leaves its own place
 * among these, so only a single place is taken; undefined when there are several or none. A
 * blank total always fits, so the single place is a total, found when every other place would
 * leave a total below its counts.
 */
export function blankPlace(figures: readonly number[], table: TableId, n: number): number | undefined {
  if (rowGroups(table, n).length === 0 || figures.length !== n - 1) return undefined
  let found: number | undefined
  const cells: (number | null)[] = Array(n)
  for (let p = 0; p < n; p++) {
    for (let i = 0; i < n; i++) cells[i] = i === p ? null : figures[i < p ? i : i - 1]!
    if (!relationsAllow(cells, table)) continue
    if (found !== undefined) return undefined
    found = p
  }
  return found
}

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

/** The sum of `v[from..to)`, without a copy. */
function sumOf(v: number[], from: number, to: number): number {
  let s = 0
  for (let i = from; i < to; i++) s += v[i]!
  return s
}

/**
 * The relations a row's own cells hold, as ranges `[from, to)` whose last cell is the total of
 * the others: table 三's seven cells (the six applicant columns and their total), table 四's
 * groups of five (four results and their total). Empty for rows without one.
 */
function rowGroups(table: TableId, n: number): readonly (readonly [number, number])[] {
  if (table === 'applications' && n === 7) return [[0, 7]]
  if (table === 'reviewLitigation') return Array.from({ length: Math.floor(n / 5) }, (_, g) => [g * 5, g * 5 + 5] as const)
  return []
}

// Each check made once per table and cell count: it is called for every way a search tries.
const checks = new Map<string, (v: number[]) => boolean>()

/** The relation a row's own cells must satisfy, used to choose among ways of placing them. */
export function rowCheck(table: TableId, n: number): (v: number[]) => boolean {
  const key = `${table}/${n}`
  let check = checks.get(key)
  if (!check) {
    const groups = rowGroups(table, n)
    check = (v) => groups.every(([from, to]) => v[to - 1] === sumOf(v, from, to - 1))
    checks.set(key, check)
  }
  return check
}

/**
 * Where the one blank cell of a row one figure short can stand: the places where the row's
 * relations can still hold, a blank part being a count (never negative) and a blank total
 * unchecked. A figure lost from a full row leaves its own place among these, so only a single
 * place is taken; undefined when there are several or none. A blank total always fits, so the
 * single place is a total, found when every other place would leave a total below its counts.
 */
export function blankPlace(figures: readonly number[], table: TableId, n: number): number | undefined {
  const groups = rowGroups(table, n)
  if (groups.length === 0 || figures.length !== n - 1) return undefined
  let found: number | undefined
  for (let p = 0; p < n; p++) {
    const at = (i: number): number | null => (i === p ? null : figures[i < p ? i : i - 1]!)
    const holds = groups.every(([from, to]) => {
      const total = at(to - 1)
      if (total === null) return true
      let sum = 0
      let blank = false
      for (let i = from; i < to - 1; i++) {
        const v = at(i)
        if (v === null) blank = true
        else sum += v
      }
      return blank ? total - sum >= 0 : Math.abs(total - sum) < 1e-9
    })
    if (!holds) continue
    if (found !== undefined) return undefined
    found = p
  }
  return found
}

import type { Relation, TableTemplate } from '../templates/types.ts'
import type { CellKey } from '../types.ts'

// Decimal amounts never take part in relations, but sums are rounded anyway so that a relation
// over values such as 0.1 + 0.2 is not judged on floating-point noise.
const round = (n: number): number => Math.round(n * 1e6) / 1e6

/** How a relation stands over some values: holds, broken, or not assessable for blank cells. */
export type RelationOutcome =
  | { state: 'holds' | 'broken'; actual: number; expected: number }
  | { state: 'blank'; blanks: CellKey[] }

/**
 * The one evaluator of the templates' "total = sum of parts" relations, for the readers (which
 * weigh ways of placing figures by them) and the rules (which report those that do not hold)
 * alike. `valueOf` gives a cell's value, `null` for a blank; with `blankAsZero` a blank counts 0.
 */
export function evaluateRelation(relation: Relation, valueOf: (key: CellKey) => number | null, blankAsZero = false): RelationOutcome {
  let actual = 0
  let expected = 0
  let blanks: CellKey[] | undefined
  for (const key of relation.total) {
    const v = valueOf(key)
    if (v === null) (blanks ??= []).push(key)
    else actual += v
  }
  for (const key of relation.parts) {
    const v = valueOf(key)
    if (v === null) (blanks ??= []).push(key)
    else expected += v
  }
  if (blanks && !blankAsZero) return { state: 'blank', blanks }
  actual = round(actual)
  expected = round(expected)
  return { state: actual === expected ? 'holds' : 'broken', actual, expected }
}

/**
 * A relation among the cells of one row, by the places of its cells among the row's columns:
 * table 三's total of the six applicant columns, table 四's total of its four results.
 */
export interface RowRelation {
  relation: string
  total: number
  parts: readonly number[]
}

const rowRelationCache = new WeakMap<TableTemplate, Map<string, readonly RowRelation[]>>()

/**
 * The relations a template declares among the cells of one of its rows, each cell by its place
 * among the row's columns: what a reader can check of a row before it knows the rest of the
 * table. Empty for a row that holds none.
 */
export function rowRelations(template: TableTemplate, row: string): readonly RowRelation[] {
  let byRow = rowRelationCache.get(template)
  if (!byRow) rowRelationCache.set(template, (byRow = new Map()))
  let found = byRow.get(row)
  if (found) return found
  const columns = template.rows.find((r) => r.key === row)?.columns ?? []
  const place = (key: CellKey): number => {
    const [, r, c] = key.split('/')
    return r === row ? columns.indexOf(c!) : -1
  }
  const own: RowRelation[] = []
  for (const rel of template.relations) {
    if (rel.total.length !== 1) continue
    const total = place(rel.total[0]!)
    const parts = rel.parts.map(place)
    if (total >= 0 && parts.every((p) => p >= 0)) own.push({ relation: rel.id, total, parts })
  }
  byRow.set(row, own)
  return own
}

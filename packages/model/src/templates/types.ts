import type { CellKey, FormatVersion, SectionId, TableId } from '../types.ts'

/** What a column holds, which decides the domain rule: counts are integers ≥ 0, amounts decimals ≥ 0. */
export type ValueKind = 'count' | 'amount' | 'change'

export interface ColumnTemplate {
  key: string
  /** The label as the national template prints it. */
  label: string
  /** Other labels real reports use for the same column (typos, old wording). */
  aliases: readonly string[]
  kind: ValueKind
  /** The unit the template prints in the header, e.g. `万元`. */
  unit?: string
  /** The column group it sits under in the header, e.g. `legalPerson` (法人或其他组织). */
  group?: string
}

export interface RowTemplate {
  key: string
  /** The label without its numbering, e.g. `属于国家秘密`. */
  label: string
  /** The numbering printed before the label, e.g. `1.`, `（一）`, `一、`. */
  marker?: string
  aliases: readonly string[]
  /** The keys of this row's columns, in the order the template prints them. */
  columns: readonly string[]
  /** The row group (a label spanning several rows), e.g. `denied` (（三）不予公开). */
  group?: string
}

/** A label that spans several rows or columns in the official layout. */
export interface GroupTemplate {
  key: string
  label: string
  marker?: string
  aliases: readonly string[]
  parent?: string
}

/** A block of table 二: one 第二十条第（N）项 heading with its own header row. */
export interface BlockTemplate {
  key: string
  /** `第二十条第（一）项` */
  label: string
  /** The item number under 第二十条, e.g. 1 for （一）. */
  item: number
  rows: readonly string[]
  columns: readonly string[]
}

/** Rule ids of the relations the templates declare. */
export type RelationRule =
  | 'applications-balance'
  | 'applications-outcome-sum'
  | 'applications-applicant-sum'
  | 'review-litigation-sum'

/**
 * A "total = sum of parts" relation: the sum of `total` must equal the sum of `parts`.
 * `total` holds one cell except for the balance rule, whose two sides each add two rows.
 */
export interface Relation {
  id: string
  rule: RelationRule
  total: readonly CellKey[]
  parts: readonly CellKey[]
}

export interface TableTemplate {
  id: TableId
  format: FormatVersion
  /** The title printed above the table in the official layout. */
  title: string
  /** How the official layout prints the model's rows: as rows, or (table 四) side by side as column groups. */
  orientation: 'rows' | 'columns'
  columns: readonly ColumnTemplate[]
  columnGroups: readonly GroupTemplate[]
  rows: readonly RowTemplate[]
  rowGroups: readonly GroupTemplate[]
  /** Table 二 only: the 第二十条 blocks. */
  blocks: readonly BlockTemplate[]
  /** The corner cell's text, when the template prints one. */
  corner?: string
  /** Every cell of the table, in the order the official layout reads them. */
  cells: readonly CellKey[]
  relations: readonly Relation[]
}

export interface SectionTemplate {
  id: SectionId
  /** 一 … 六 */
  number: string
  title: string
  aliases: readonly string[]
}

export interface FormatTemplate {
  version: FormatVersion
  /** The notice that fixes this format. */
  notice: string
  tables: Readonly<Record<TableId, TableTemplate>>
}

import { parseCellKey } from '../cells.ts'
import type { FormatVersion, TableId } from '../types.ts'
import { tableTemplate } from './formats.ts'

const tableNumbers: Readonly<Record<TableId, string>> = { active: '二', applications: '三', reviewLitigation: '四' }

/** The printed label of a row, numbering included, e.g. `（三）不予公开 1.属于国家秘密`. */
export function rowLabel(table: TableId, row: string, version: FormatVersion): string {
  const t = tableTemplate(table, version)
  const r = t.rows.find((x) => x.key === row)
  if (!r) return row
  const group = r.group ? t.rowGroups.find((g) => g.key === r.group) : undefined
  // Groups of table 三 print their own marker; table 四's 行政诉讼 spans two rows.
  const prefix = group && group.key !== 'outcomes' ? `${group.marker ?? ''}${group.label} ` : ''
  return `${prefix}${r.marker ?? ''}${r.label}`
}

export function columnLabel(table: TableId, column: string, version: FormatVersion): string {
  return tableTemplate(table, version).columns.find((c) => c.key === column)?.label ?? column
}

/** A cell described for people: `表三“（七）总计”行“自然人”列`. Unknown keys are returned as given. */
export function describeCell(key: string, version: FormatVersion): { zh: string; en: string } {
  const a = parseCellKey(key)
  if (!a) return { zh: key, en: key }
  return {
    zh: `表${tableNumbers[a.table]}“${rowLabel(a.table, a.row, version)}”行“${columnLabel(a.table, a.column, version)}”列`,
    en: key,
  }
}

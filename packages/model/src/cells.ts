import { formats, tableIds, tableTemplate } from './templates/formats.ts'
import type { Cell, CellKey, FormatVersion, Report, Table, TableId } from './types.ts'

/** A cell address split into its parts. */
export interface CellAddress {
  table: TableId
  row: string
  column: string
}

/** Split `table/row/column`; undefined when the key is not of that shape or names no table. */
export function parseCellKey(key: string): CellAddress | undefined {
  const known = addresses.get(key)
  if (known !== undefined || addresses.has(key)) return known
  const parts = key.split('/')
  const [table, row, column] = parts as [string, string, string]
  const address =
    parts.length === 3 && (tableIds as readonly string[]).includes(table) && row !== '' && column !== ''
      ? Object.freeze({ table: table as TableId, row, column })
      : undefined
  // Every reader, rule and renderer looks cells up by key, over the same few hundred template
  // keys: one parse each. The bound keeps keys a caller makes up from growing it for ever.
  if (addresses.size < maxRemembered) addresses.set(key, address)
  return address
}

const maxRemembered = 4096
const addresses = new Map<string, Readonly<CellAddress> | undefined>()

export function cellKey(table: TableId, row: string, column: string): CellKey {
  return `${table}/${row}/${column}`
}

/** A blank cell: no value, no raw text, no origin. */
export function blankCell(): Cell {
  return { value: null, raw: '' }
}

/** A table of `version` with every template cell blank. */
export function emptyTable(table: TableId, version: FormatVersion): Table {
  const rows: Record<string, Record<string, Cell>> = {}
  for (const r of tableTemplate(table, version).rows) {
    const cols: Record<string, Cell> = {}
    for (const c of r.columns) cols[c] = blankCell()
    rows[r.key] = cols
  }
  return { format: version, rows }
}

/** A report of `version` with every table cell blank and no sections. */
export function emptyReport(version: FormatVersion): Report {
  return {
    meta: {},
    format: version,
    sections: {},
    tables: {
      active: emptyTable('active', version),
      applications: emptyTable('applications', version),
      reviewLitigation: emptyTable('reviewLitigation', version),
    },
  }
}

/** The cell at `key`, or undefined when the report's table has no such cell. */
export function getCell(report: Report, key: string): Cell | undefined {
  const a = parseCellKey(key)
  if (!a) return undefined
  const row = Object.hasOwn(report.tables[a.table].rows, a.row) ? report.tables[a.table].rows[a.row] : undefined
  return row && Object.hasOwn(row, a.column) ? row[a.column] : undefined
}

/** Replace the cell at `key`; throws when the key names no cell of the table's template. */
export function setCell(report: Report, key: string, cell: Cell): void {
  const a = parseCellKey(key)
  const row = a && Object.hasOwn(report.tables[a.table].rows, a.row) ? report.tables[a.table].rows[a.row] : undefined
  if (!a || !row || !Object.hasOwn(row, a.column)) {
    throw new RangeError(`No cell \`${key}\` in this report's template`)
  }
  row[a.column] = cell
}

/** Every cell key of the report, in template order, table by table (each with its own format). */
export function reportCellKeys(report: Report): CellKey[] {
  return tableIds.flatMap((t) => [...tableTemplate(t, report.tables[t].format).cells])
}

/** Every cell key of a format version, in template order. */
export function formatCellKeys(version: FormatVersion): CellKey[] {
  return tableIds.flatMap((t) => [...formats[version].tables[t].cells])
}

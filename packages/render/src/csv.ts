import { getCell, parseCellKey, reportCellKeys, rowLabel, tableIds, tableTemplate } from '@gai/model'
import type { Report } from '@gai/model'
import { formatNumber } from './number.ts'

export interface CsvOptions {
  /** `tidy`: one line per cell (default); `wide`: one line per table row, as in a spreadsheet. */
  shape?: 'tidy' | 'wide'
}

// A text field a spreadsheet would run as a formula starts with one of these (OWASP's list).
const formulaStart = /^[=+\-@\t\r]/

/**
 * One CSV field: quoted when it holds a comma, quote or line break (RFC 4180), and, for a text
 * field, a would-be formula defused with a leading `'`. Numbers are passed with `text = false`:
 * `-3` (a 2019 `change`) is a value, not a formula, and must stay a number.
 */
export function csvField(value: string, text = true): string {
  const v = text && formulaStart.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v
}

// CRLF, as RFC 4180 says; every spreadsheet and csv parser takes it.
const line = (fields: string[]) => `${fields.join(',')}\r\n`

const valueField = (value: number | null | undefined) => (value === null || value === undefined ? '' : csvField(formatNumber(value), false))

// Tidy: one line per template cell, in template order (reportCellKeys), blanks included, so that
// every report gives the same number of lines and a blank is visibly empty, never 0.
function tidy(reports: Report[]): string {
  let out = line(['source', 'table', 'row', 'column', 'value', 'raw', 'unit'])
  for (const r of reports) {
    const source = csvField(r.source ?? '')
    for (const key of reportCellKeys(r)) {
      const a = parseCellKey(key)!
      const cell = getCell(r, key)
      out += line([source, a.table, csvField(a.row), csvField(a.column), valueField(cell?.value), csvField(cell?.raw ?? ''), csvField(cell?.unit ?? '')])
    }
  }
  return out
}

/**
 * Wide: one line per table row. One header for the whole file, its value columns the union of
 * every table's column keys in template order (2021 first, then the 2019-only ones), so that one
 * file holds the three tables of reports of both formats and still opens as one sheet; a column
 * a row does not have stays empty.
 */
export function wideColumns(): string[] {
  const columns: string[] = []
  for (const v of ['2021', '2019'] as const) {
    for (const t of tableIds) for (const c of tableTemplate(t, v).columns) if (!columns.includes(c.key)) columns.push(c.key)
  }
  return columns
}

function wide(reports: Report[]): string {
  const columns = wideColumns()
  let out = line(['source', 'table', 'row', 'label', ...columns])
  for (const r of reports) {
    const source = csvField(r.source ?? '')
    for (const t of tableIds) {
      const table = r.tables[t]
      for (const row of tableTemplate(t, table.format).rows) {
        const cells = table.rows[row.key] ?? {}
        out += line([source, t, csvField(row.key), csvField(rowLabel(t, row.key, table.format)), ...columns.map((c) => valueField(cells[c]?.value))])
      }
    }
  }
  return out
}

/** One report or many as CSV; numbers plain (no separators, no exponent, no unit), blanks empty. */
export function toCsv(reports: Report | readonly Report[], options: CsvOptions = {}): string {
  const list: readonly Report[] = Array.isArray(reports) ? reports : [reports as Report]
  return options.shape === 'wide' ? wide([...list]) : tidy([...list])
}

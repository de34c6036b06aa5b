import { rowLabel, tableIds, tableTemplate } from '@gai/model'
import type { Report } from '@gai/model'
import { formatNumber } from './layout.ts'

export interface CsvOptions {
  /** `tidy`: one line per cell (default); `wide`: one line per table row, as in a spreadsheet. */
  shape?: 'tidy' | 'wide'
}

// A text field a spreadsheet would run as a formula starts with one of these.
const formulaStart = /^[=+\-@\t\r]/

/** One CSV field: quoted when needed (RFC 4180), a would-be formula defused with a leading `'`. */
export function csvField(value: string, text = true): string {
  const v = text && formulaStart.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v
}

const line = (fields: string[]) => `${fields.join(',')}\r\n`

function tidy(reports: Report[]): string {
  let out = line(['source', 'table', 'row', 'column', 'value', 'raw', 'unit'])
  for (const r of reports) {
    const source = csvField(r.source ?? '')
    for (const t of tableIds) {
      const table = r.tables[t]
      for (const row of tableTemplate(t, table.format).rows) {
        const rowKey = csvField(row.key)
        for (const column of row.columns) {
          const cell = table.rows[row.key]?.[column] ?? { value: null, raw: '' }
          const value = cell.value === null ? '' : formatNumber(cell.value)
          out += `${source},${t},${rowKey},${column},${value},${cell.raw === '' ? '' : csvField(cell.raw)},${cell.unit ? csvField(cell.unit) : ''}\r\n`
        }
      }
    }
  }
  return out
}

// Wide: one header for every table, its columns the union of all tables' columns in template
// order, so that one file holds the three tables and still opens as one sheet.
function wide(reports: Report[]): string {
  const columns: string[] = []
  for (const v of ['2021', '2019'] as const) {
    for (const t of tableIds) for (const c of tableTemplate(t, v).columns) if (!columns.includes(c.key)) columns.push(c.key)
  }
  let out = line(['source', 'table', 'row', 'label', ...columns])
  for (const r of reports) {
    for (const t of tableIds) {
      const table = r.tables[t]
      for (const row of tableTemplate(t, table.format).rows) {
        const cells = table.rows[row.key] ?? {}
        out += line([
          csvField(r.source ?? ''),
          t,
          csvField(row.key),
          csvField(rowLabel(t, row.key, table.format)),
          ...columns.map((c) => {
            const cell = cells[c]
            return cell && cell.value !== null ? formatNumber(cell.value) : ''
          }),
        ])
      }
    }
  }
  return out
}

/** Reports as CSV; numbers plain (no separators, no unit), blank cells empty. */
export function toCsv(reports: Report | readonly Report[], options: CsvOptions = {}): string {
  const list = Array.isArray(reports) ? [...reports] : [reports as Report]
  return options.shape === 'wide' ? wide(list) : tidy(list)
}

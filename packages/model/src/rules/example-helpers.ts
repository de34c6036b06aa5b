import { getCell, setCell } from '../cells.ts'
import type { Report } from '../types.ts'

/** Set cells of a report for a test; `null` makes a cell blank. Returns the report. */
export function withCells(report: Report, values: Record<string, number | null>): Report {
  for (const [key, value] of Object.entries(values)) {
    const old = getCell(report, key)
    setCell(report, key, value === null ? { value: null, raw: '' } : { ...old, value, raw: String(value) })
  }
  return report
}

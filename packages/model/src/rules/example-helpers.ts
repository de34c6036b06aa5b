import { getCell, setCell } from '../cells.ts'
import type { Report, SectionId } from '../types.ts'
import { sectionTemplates } from '../templates/sections.ts'

/** Set cells of a report for an example; `null` makes a cell blank. Returns the report. */
export function withCells(report: Report, values: Record<string, number | null>): Report {
  for (const [key, value] of Object.entries(values)) {
    const old = getCell(report, key)
    setCell(report, key, value === null ? { value: null, raw: '' } : { ...old, value, raw: String(value) })
  }
  return report
}

/** Add `delta` to a cell's value. */
export function bump(report: Report, key: string, delta: number): Report {
  const value = getCell(report, key)?.value ?? 0
  return withCells(report, { [key]: value + delta })
}

/** The sample report with one section's prose replaced, for the prose rules' examples. */
export function withSection(report: Report, id: SectionId, text: string): Report {
  const t = sectionTemplates.find((s) => s.id === id)!
  report.sections[id] = { id, heading: `${t.number}、${t.title}`, text }
  return report
}

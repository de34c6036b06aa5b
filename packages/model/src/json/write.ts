import { sectionTemplates } from '../templates/sections.ts'
import { tableIds, tableTemplate } from '../templates/formats.ts'
import type { Cell, Report, Section } from '../types.ts'

function cellOut(c: Cell): Cell {
  const out: Cell = { value: c.value, raw: c.raw }
  if (c.unit !== undefined) out.unit = c.unit
  if (c.origin !== undefined) out.origin = c.origin
  return out
}

/**
 * A report as JSON with a stable key order (template order for sections, tables, rows and
 * cells), so that two reports of the same content serialise to the same text and diff cleanly.
 */
export function reportToJson(report: Report, options: { space?: number } = {}): string {
  const sections: Record<string, Section> = {}
  for (const t of sectionTemplates) {
    const s = report.sections[t.id]
    if (!s) continue
    sections[t.id] = { id: s.id, heading: s.heading, text: s.text, ...(s.origin ? { origin: s.origin } : {}) }
  }
  const tables: Record<string, unknown> = {}
  for (const id of tableIds) {
    const table = report.tables[id]
    const rows: Record<string, Record<string, Cell>> = {}
    for (const r of tableTemplate(id, table.format).rows) {
      const row: Record<string, Cell> = {}
      for (const c of r.columns) {
        const cell = table.rows[r.key]?.[c]
        if (cell) row[c] = cellOut(cell)
      }
      rows[r.key] = row
    }
    tables[id] = { format: table.format, rows, ...(table.origin ? { origin: table.origin } : {}) }
  }
  const m = report.meta
  const meta = {
    ...(m.organ !== undefined ? { organ: m.organ } : {}),
    ...(m.year !== undefined ? { year: m.year } : {}),
    ...(m.period !== undefined ? { period: { start: m.period.start, end: m.period.end } } : {}),
    ...(m.title !== undefined ? { title: m.title } : {}),
  }
  const out = { meta, format: report.format, sections, tables, ...(report.source !== undefined ? { source: report.source } : {}) }
  return `${JSON.stringify(out, null, options.space ?? 2)}\n`
}

import { getCell } from '../../cells.ts'
import type { DiagnosticCell } from '../../diagnostic.ts'
import { sectionTemplates } from '../../templates/sections.ts'
import type { Position, Report } from '../../types.ts'
import type { Statement } from './extract.ts'

/** The cells a statement names, with their values and origins, and their sum when none is blank. */
export function cellsOf(report: Report, keys: readonly string[]): { cells: DiagnosticCell[]; sum: number | null } {
  const cells: DiagnosticCell[] = []
  let sum: number | null = 0
  for (const key of keys) {
    const cell = getCell(report, key)
    if (!cell) continue
    cells.push({ key: key as DiagnosticCell['key'], value: cell.value, ...(cell.origin ? { origin: cell.origin } : {}) })
    sum = cell.value === null || sum === null ? null : sum + cell.value
  }
  return { cells, sum: cells.length === 0 ? null : sum }
}

/** Where the words stand: their section's heading in the source, and the quote in `data`. */
export function wordsPlace(report: Report, s: Statement): { place?: Position; data: Record<string, unknown> } {
  const section = report.sections[s.section]
  const number = sectionTemplates.find((t) => t.id === s.section)?.number ?? ''
  return {
    ...(section?.origin ? { place: section.origin.position } : {}),
    data: { section: s.section, sectionNumber: number, start: s.start, end: s.end, quote: s.quote },
  }
}

export function sectionName(s: Statement): string {
  const t = sectionTemplates.find((x) => x.id === s.section)
  return t ? `第${t.number}部分` : s.section
}

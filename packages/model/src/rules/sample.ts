import { emptyReport, setCell } from '../cells.ts'
import { tableTemplate } from '../templates/formats.ts'
import type { CellKey, FormatVersion, Report } from '../types.ts'

function put(report: Report, key: string, value: number): void {
  setCell(report, key, { value, raw: String(value) })
}

/**
 * A small report that satisfies every relation of its version: the starting point of the rules'
 * examples. Each call builds a new object, so an example may change it freely.
 */
export function sampleReport(version: FormatVersion = '2021', year = version === '2021' ? 2023 : 2020): Report {
  const r = emptyReport(version)
  r.meta = { organ: '示例市示例局', year, title: `示例市示例局${year}年政府信息公开工作年度报告` }
  const active = tableTemplate('active', version)
  active.cells.forEach((key, i) => put(r, key, (i % 4) + 1))
  const apps = tableTemplate('applications', version)
  const parts = apps.columns.filter((c) => c.key !== 'total').map((c) => c.key)
  // Two granted and one partially granted for natural persons, one granted for companies.
  const leaves: Record<string, number[]> = {
    granted: [2, 1, 0, 0, 0, 0],
    partiallyGranted: [1, 0, 0, 0, 0, 0],
    carriedOver: [1, 0, 0, 0, 0, 0],
    carriedForward: [1, 0, 0, 0, 0, 0],
  }
  for (const row of apps.rows) {
    const values = leaves[row.key] ?? [0, 0, 0, 0, 0, 0]
    parts.forEach((c, i) => put(r, `applications/${row.key}/${c}`, values[i] ?? 0))
  }
  // newReceived = totalHandled + carriedForward − carriedOver (R1); totalHandled = outcomes (R2).
  const outcome = apps.relations.filter((x) => x.rule === 'applications-outcome-sum')
  for (const rel of outcome) {
    const column = rel.total[0]!.split('/')[2]!
    if (column === 'total') continue
    const handled = sum(r, rel.parts)
    put(r, rel.total[0]!, handled)
    const forward = sum(r, [`applications/carriedForward/${column}`])
    const over = sum(r, [`applications/carriedOver/${column}`])
    put(r, `applications/newReceived/${column}`, handled + forward - over)
  }
  for (const row of apps.rows) put(r, `applications/${row.key}/total`, sum(r, parts.map((c): CellKey => `applications/${row.key}/${c}`)))
  for (const row of tableTemplate('reviewLitigation', version).rows) {
    const values = row.key === 'review' ? [1, 0, 0, 1] : [0, 0, 0, 0]
    ;['upheld', 'corrected', 'other', 'pending'].forEach((c, i) => put(r, `reviewLitigation/${row.key}/${c}`, values[i]!))
    put(r, `reviewLitigation/${row.key}/total`, values.reduce((a, b) => a + b, 0))
  }
  return r
}

function sum(report: Report, keys: readonly string[]): number {
  let total = 0
  for (const k of keys) {
    const [t, row, col] = k.split('/') as [keyof Report['tables'], string, string]
    total += report.tables[t].rows[row]?.[col]?.value ?? 0
  }
  return total
}

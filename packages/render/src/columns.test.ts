import { fc, it } from '@fast-check/vitest'
import { describe, expect } from 'vitest'
import { formatCellKeys, getCell, tableTemplate } from '@gai/model'
import type { Diagnostic, Report } from '@gai/model'
import { reportArbitrary } from '@gai/model/arbitraries'
import { parseHtml } from '@gai/parse-html'
import { parseText } from '@gai/parse-text'
import { toHtml } from './hast.ts'
import { hastHandlers } from './hast.ts'
import { label } from './layout.ts'
import type { LayoutCell, TableLayout } from './layout.ts'
import { mdastHandlers, toMarkdown } from './mdast.ts'
import { propertyRuns } from '@gai/model/arbitraries'

// Table 三's columns as the header groups them: 自然人, the five of 法人或其他组织, 总计.
const columns = tableTemplate('applications', '2021').columns
const legal = columns.filter((c) => c.group === 'legalPerson').map((c) => c.key)
const tops = ['naturalPerson', 'legalPerson', 'total']

/** A new order of table 三's columns that keeps the header's groups whole, perhaps one column short. */
const orderArbitrary = fc
  .tuple(fc.shuffledSubarray(tops, { minLength: 3, maxLength: 3 }), fc.shuffledSubarray(legal, { minLength: 5, maxLength: 5 }), fc.option(fc.constantFrom(...columns.map((c) => c.key)), { nil: undefined }))
  .map(([top, inner, dropped]) => ({ order: top.flatMap((k) => (k === 'legalPerson' ? inner : [k])).filter((k) => k !== dropped), dropped }))

const valueColumn = (c: LayoutCell) => c.key!.split('/')[2]!

/** The official layout of table 三 with its columns (header with them) in `order`. */
function officialPermuted(layout: TableLayout, order: string[]): TableLayout {
  const kept = order.filter((k) => legal.includes(k))
  const labelOf = (k: string) => columns.find((c) => c.key === k)!.label
  const second: LayoutCell[] = []
  for (const k of order) {
    if (!legal.includes(k)) second.push(label(labelOf(k), 1, 2))
    else if (k === kept[0]) second.push(label('法人或其他组织', kept.length))
  }
  const header = [[layout.rows[0]![0]!, label('申请人情况', order.length)], second, kept.map((k) => label(labelOf(k)))]
  const body = layout.rows.slice(layout.headerRows).map((row) => {
    const labels = row.filter((c) => c.kind === 'label')
    const values = row.filter((c) => c.kind === 'value')
    return [...labels, ...order.map((k) => values.find((v) => valueColumn(v) === k)!)]
  })
  return { ...layout, rows: [...header, ...body] }
}

/** The model layout (one header row) of table 三 with its columns in `order`. */
function modelPermuted(layout: TableLayout, order: string[]): TableLayout {
  const labelOf = (k: string) => columns.find((c) => c.key === k)!.label
  const rows = layout.rows.map((row, i) => {
    if (i === 0) return [row[0]!, ...order.map((k) => label(labelOf(k)))]
    return [row[0]!, ...order.map((k) => row.find((v) => v.kind === 'value' && valueColumn(v) === k)!)]
  })
  return { ...layout, rows }
}

/**
 * Cells read otherwise than written. A dropped column's cells must be blank and named by a
 * column-missing message; every other cell must be read as written. Never a different number.
 */
function differences(read: Report | null, want: Report, diagnostics: Diagnostic[], dropped: string | undefined): string[] {
  if (!read) return ['not read']
  const named = new Set(diagnostics.filter((d) => d.ruleId === 'column-missing').flatMap((d) => d.cells.map((c) => c.key)))
  const out: string[] = []
  for (const k of formatCellKeys(want.tables.applications.format)) {
    const got = getCell(read, k)?.value ?? null
    const written = getCell(want, k)?.value ?? null
    if (dropped !== undefined && k.startsWith('applications/') && k.endsWith(`/${dropped}`)) {
      if (got !== null) out.push(`${k}: read ${got} from a dropped column`)
      else if (!named.has(k)) out.push(`${k}: dropped and not reported`)
      continue
    }
    if (got !== written) out.push(`${k}: read ${got}, written ${written}`)
  }
  if (dropped !== undefined && diagnostics.filter((d) => d.ruleId === 'column-missing').length !== 1) out.push('not one column-missing message')
  return out
}

// Large leaves: two cells of a row almost never hold the same figure, so a column read as
// another cannot hide behind equal values.
const reports = reportArbitrary({ meta: true, maxValue: 1_000_000 })
const runs = { numRuns: propertyRuns(40) }

describe('table 三 with its columns moved or one left out reads by its headings', () => {
  it.prop([reports, orderArbitrary], runs)('HTML in the official layout (two-level header)', (r, { order, dropped }) => {
    const html = toHtml(r, {
      handlers: { table: (state, layout) => hastHandlers.table(state, layout.id === 'applications' ? officialPermuted(layout, order) : layout) },
    })
    const { report, diagnostics } = parseHtml(html)
    expect(differences(report, r, diagnostics, dropped)).toEqual([])
  })
  it.prop([reports, orderArbitrary, fc.constantFrom('official' as const, 'model' as const)], runs)('Markdown in the official layout flattened and in the model layout', (r, { order, dropped }, layout) => {
    const md = toMarkdown(r, {
      layout,
      handlers: {
        table: (state, l) =>
          mdastHandlers.table(state, l.id !== 'applications' ? l : layout === 'official' ? officialPermuted(l, order) : modelPermuted(l, order)),
      },
    })
    const { report, diagnostics } = parseText(md)
    expect(differences(report, r, diagnostics, dropped)).toEqual([])
  })
})

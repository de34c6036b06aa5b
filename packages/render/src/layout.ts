import { cellKey, tableTemplate } from '@gai/model'
import type { Cell, CellKey, ColumnTemplate, Report, TableId } from '@gai/model'
import { formatNumber } from './number.ts'

/** One cell of a table as a layout prints it: a label (header or row label) or a value. */
export interface LayoutCell {
  kind: 'label' | 'value'
  text: string
  colSpan: number
  rowSpan: number
  /** For values: the cell's key and the model's cell. */
  key?: CellKey
  cell?: Cell
}

export interface TableLayout {
  id: TableId
  title: string
  /** Rows of cells with spans, as the official template lays the table out. */
  rows: LayoutCell[][]
  /** Header rows at the top (the rest are body rows). */
  headerRows: number
}

export const label = (text: string, colSpan = 1, rowSpan = 1): LayoutCell => ({ kind: 'label', text, colSpan, rowSpan })

/** A column's heading as the template prints it, its unit included: `本年收费金额（单位：万元）`. */
export function columnHeading(column: ColumnTemplate): string {
  return column.unit ? `${column.label}（单位：${column.unit}）` : column.label
}

export function valueCell(report: Report, table: TableId, row: string, column: string, colSpan = 1): LayoutCell {
  const key = cellKey(table, row, column)
  const cell = report.tables[table].rows[row]?.[column] ?? { value: null, raw: '' }
  return { kind: 'value', text: cell.value === null ? '' : formatNumber(cell.value), colSpan, rowSpan: 1, key, cell }
}

function activeLayout(report: Report): TableLayout {
  const t = tableTemplate('active', report.tables.active.format)
  const width = Math.max(...t.blocks.map((b) => b.columns.length))
  const rows: LayoutCell[][] = []
  for (const b of t.blocks) {
    rows.push([label(b.label, width + 1)])
    const cols = b.columns.map((c, i) => {
      return label(columnHeading(t.columns.find((x) => x.key === c)!), i === b.columns.length - 1 ? width - b.columns.length + 1 : 1)
    })
    rows.push([label('信息内容'), ...cols])
    for (const r of b.rows) {
      const tr = t.rows.find((x) => x.key === r)!
      rows.push([label(tr.label), ...b.columns.map((c, i) => valueCell(report, 'active', r, c, i === b.columns.length - 1 ? width - b.columns.length + 1 : 1))])
    }
  }
  return { id: 'active', title: t.title, rows, headerRows: 0 }
}

function applicationsLayout(report: Report): TableLayout {
  const t = tableTemplate('applications', report.tables.applications.format)
  const cols = t.columns
  const legal = cols.filter((c) => c.group === 'legalPerson')
  const rows: LayoutCell[][] = [
    [label(t.corner ?? '', 3, 3), label('申请人情况', cols.length)],
    [label(cols[0]!.label, 1, 2), label('法人或其他组织', legal.length), label(cols[cols.length - 1]!.label, 1, 2)],
    legal.map((c) => label(c.label)),
  ]
  const outcomeRows = t.rows.filter((r) => r.group !== undefined)
  const values = (row: string) => cols.map((c) => valueCell(report, 'applications', row, c.key))
  for (const r of t.rows) {
    const cells: LayoutCell[] = []
    if (r.group === undefined) cells.push(label(`${r.marker ?? ''}${r.label}`, 3))
    else {
      if (r === outcomeRows[0]) {
        const g = t.rowGroups.find((x) => x.key === 'outcomes')!
        cells.push(label(`${g.marker ?? ''}${g.label}`, 1, outcomeRows.length))
      }
      const group = r.group !== 'outcomes' ? t.rowGroups.find((x) => x.key === r.group) : undefined
      if (group) {
        const members = t.rows.filter((x) => x.group === group.key)
        if (members[0] === r) cells.push(label(`${group.marker ?? ''}${group.label}`, 1, members.length))
        cells.push(label(`${r.marker ?? ''}${r.label}`))
      } else cells.push(label(`${r.marker ?? ''}${r.label}`, 2))
    }
    rows.push([...cells, ...values(r.key)])
  }
  return { id: 'applications', title: t.title, rows, headerRows: 3 }
}

function reviewLayout(report: Report): TableLayout {
  const t = tableTemplate('reviewLitigation', report.tables.reviewLitigation.format)
  const cols = t.columns
  const [review, direct, after] = t.rows
  const rows: LayoutCell[][] = [
    [label(review!.label, cols.length), label(t.rowGroups[0]!.label, cols.length * 2)],
    [...cols.map((c) => label(c.label, 1, 2)), label(direct!.label, cols.length), label(after!.label, cols.length)],
    [...cols.map((c) => label(c.label)), ...cols.map((c) => label(c.label))],
    t.rows.flatMap((r) => cols.map((c) => valueCell(report, 'reviewLitigation', r.key, c.key))),
  ]
  return { id: 'reviewLitigation', title: t.title, rows, headerRows: 3 }
}

/** The official layout of one of the report's tables, from the template declarations alone. */
export function tableLayout(report: Report, table: TableId): TableLayout {
  return table === 'active' ? activeLayout(report) : table === 'applications' ? applicationsLayout(report) : reviewLayout(report)
}

/**
 * The layout without spans: every row as many cells wide as the grid, a spanned label repeated
 * in its first slot only. What Markdown and tab-separated text need.
 */
export function flatRows(layout: TableLayout): LayoutCell[][] {
  const grid: (LayoutCell | null)[][] = []
  layout.rows.forEach((row, r) => {
    grid[r] ??= []
    let c = 0
    for (const cell of row) {
      while (grid[r]![c] !== undefined) c++
      for (let dr = 0; dr < cell.rowSpan; dr++) {
        for (let dc = 0; dc < cell.colSpan; dc++) {
          grid[r + dr] ??= []
          grid[r + dr]![c + dc] = dr === 0 && dc === 0 ? cell : null
        }
      }
      c += cell.colSpan
    }
  })
  const width = Math.max(...grid.map((g) => g.length))
  return grid.map((g) => Array.from({ length: width }, (_, i) => g[i] ?? { kind: 'label' as const, text: '', colSpan: 1, rowSpan: 1 }))
}

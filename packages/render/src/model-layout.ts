import { rowLabel, tableTemplate } from '@gai/model'
import type { Report, TableId } from '@gai/model'
import { columnHeading, label, valueCell } from './layout.ts'
import type { LayoutCell, TableLayout } from './layout.ts'

/*
 * The tables shaped like the model rather than like the printed form: one header row, one line
 * per model row, no spans. GFM tables can hold nothing else (no spans, exactly one header row),
 * and a table that reads `行政诉讼 复议后起诉 | 0 | 1 | …` is easier to scan than the official
 * layout flattened. Labels still come only from the template declarations.
 */

const pad = (cells: LayoutCell[], width: number) => {
  while (cells.length < width) cells.push(label(''))
  return cells
}

// Table 二: each 第二十条 block brings its own header (block label, then its column labels); the
// first block's header is the table's header row, the later ones are body rows.
function active(report: Report): TableLayout {
  const t = tableTemplate('active', report.tables.active.format)
  const width = 1 + Math.max(...t.blocks.map((b) => b.columns.length))
  const rows: LayoutCell[][] = []
  for (const b of t.blocks) {
    rows.push(pad([label(b.label), ...b.columns.map((c) => label(columnHeading(t.columns.find((x) => x.key === c)!)))], width))
    for (const r of b.rows) {
      rows.push(pad([label(t.rows.find((x) => x.key === r)!.label), ...b.columns.map((c) => valueCell(report, 'active', r, c))], width))
    }
  }
  return { id: 'active', title: t.title, rows, headerRows: 1 }
}

// Tables 三 and 四: the row label carries its group (`（三）不予公开 1.属于国家秘密`, `行政诉讼 复议后起诉`)
// so that a row read alone still says what it counts. The outcome rows' umbrella
// (三、本年度办理结果) is left out: it names no cell and every such row already has its （N） marker.
function rowsAndColumns(report: Report, id: 'applications' | 'reviewLitigation'): TableLayout {
  const t = tableTemplate(id, report.tables[id].format)
  const rows: LayoutCell[][] = [[label(''), ...t.columns.map((c) => label(columnHeading(c)))]]
  for (const r of t.rows) rows.push([label(rowLabel(id, r.key, t.format)), ...r.columns.map((c) => valueCell(report, id, r.key, c))])
  return { id, title: t.title, rows, headerRows: 1 }
}

/** A table in the model's shape: one header row, a line per model row, no spans. */
export function modelLayout(report: Report, table: TableId): TableLayout {
  return table === 'active' ? active(report) : rowsAndColumns(report, table)
}

import type { PageBox } from '@gai/model'
import { cellText, lineCells, runsBox, visualLines } from './cells.ts'
import { bandOf } from './geometry.ts'
import type { Rect } from './geometry.ts'
import type { Grid, GridCell } from './grid.ts'
import type { Run } from './text.ts'

/** What was read of one page: its size, its text runs, and the ruled tables found on it. */
export interface PageContent {
  /** 1-based. */
  page: number
  width: number
  height: number
  runs: Run[]
  grids: Grid[]
}

export interface LaidCell {
  text: string
  box: PageBox
  rowSpan?: number
  colSpan?: number
}

export interface LaidLine {
  cells: LaidCell[]
  /** Set on the rows of a ruled table: the table's index in the document. */
  table?: number
}

type Block = { y: number; kind: 'text'; line: LaidLine; furniture: boolean } | { y: number; kind: 'table'; grid: Grid; rows: LaidLine[] }

const round = (v: number) => Math.round(v * 100) / 100

function boxOf(page: number, r: Rect): PageBox {
  return { page, x: round(r.x), y: round(r.y), width: round(r.width), height: round(r.height) }
}

// Page numbers as printed in a page's head or foot: `3`, `- 3 -`, `第 3 页`, `第3页 共12页`, `3/12`.
const pageNumber = /^(?:[-—–_·\s]*\d{1,4}[-—–_·\s]*|第\s*\d{1,4}\s*页(?:\s*[,，]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4}|page\s*\d{1,4}(?:\s*of\s*\d{1,4})?)$/i

/** The grid square a point falls in, as the index of the cell covering it; -1 outside. */
function cellAt(grid: Grid, x: number, y: number): number {
  const c = bandOf(grid.xs, x)
  const r = bandOf(grid.ys, y)
  if (c < 0 || r < 0) return -1
  return grid.owner[r * (grid.xs.length - 1) + c]!
}

// A figure alone in its run: digits, with separators only between them (`5.` is a numbering).
const figureRun = (r: Run) => /^\d(?:[\d,.，．]*\d)?$/.test(r.text.trim())

/**
 * A merged cell's runs by the grid columns they stand in, when the cell is no merged cell at all
 * but a row whose column rules were left out: figures in two or more of its columns, right of
 * all its other text. Undefined when it reads as one cell.
 */
function columnsOf(grid: Grid, cell: GridCell, runs: readonly Run[]): { from: number; to: number; runs: Run[] }[] | undefined {
  if (cell.colSpan < 3) return undefined
  const columnOf = (r: Run) => Math.max(cell.col, Math.min(cell.col + cell.colSpan - 1, bandOf(grid.xs, r.rect.x + r.rect.width / 2)))
  const figureCols = new Set(runs.filter(figureRun).map(columnOf))
  if (figureCols.size < 2) return undefined
  const first = Math.min(...figureCols)
  if (runs.some((r) => !figureRun(r) && columnOf(r) >= first)) return undefined
  const parts = [{ from: cell.col, to: first, runs: runs.filter((r) => !figureRun(r)) }]
  for (let c = first; c < cell.col + cell.colSpan; c++) parts.push({ from: c, to: c + 1, runs: runs.filter((r) => figureRun(r) && columnOf(r) === c) })
  return parts.filter((p) => p.to > p.from)
}

/** A ruled table's rows as lines: each row holds the cells that start on it, blanks included. */
function tableRows(page: number, grid: Grid, runs: Run[][]): LaidLine[] {
  const rows: LaidLine[] = []
  let current = -1
  grid.cells.forEach((cell, i) => {
    if (cell.row !== current) {
      rows.push({ cells: [] })
      current = cell.row
    }
    const own = runs[i] ?? []
    const parts = columnsOf(grid, cell, own) ?? [{ from: cell.col, to: cell.col + cell.colSpan, runs: own }]
    for (const part of parts) {
      const rect = { x: grid.xs[part.from]!, y: cell.rect.y, width: grid.xs[part.to]! - grid.xs[part.from]!, height: cell.rect.height }
      const laid: LaidCell = { text: cellText(part.runs), box: boxOf(page, rect) }
      if (cell.rowSpan > 1) laid.rowSpan = cell.rowSpan
      if (part.to - part.from > 1) laid.colSpan = part.to - part.from
      rows[rows.length - 1]!.cells.push(laid)
    }
  })
  // A row of nothing but empty cells holds nothing to read.
  return rows.filter((r) => r.cells.some((c) => c.text !== ''))
}

/** A page's blocks top to bottom: lines of free text, and ruled tables with their rows. */
function blocksOf(content: PageContent): Block[] {
  const inCells = content.grids.map((g) => g.cells.map((): Run[] => []))
  const free: Run[] = []
  for (const run of content.runs) {
    const x = run.rect.x + run.rect.width / 2
    const y = run.rect.y + run.rect.height / 2
    let placed = false
    for (let g = 0; g < content.grids.length && !placed; g++) {
      const at = cellAt(content.grids[g]!, x, y)
      if (at >= 0) (inCells[g]![at]!.push(run), (placed = true))
    }
    if (!placed) free.push(run)
  }
  const blocks: Block[] = content.grids.map((grid, g) => ({ y: grid.rect.y, kind: 'table', grid, rows: tableRows(content.page, grid, inCells[g]!) }))
  for (const line of visualLines(free)) {
    const cells = lineCells(line).map((c) => ({ text: c.text.replace(/[\t\r\n]+/g, ' '), box: boxOf(content.page, runsBox(c.runs)) }))
    const y = Math.min(...line.map((r) => r.rect.y))
    const bottom = Math.max(...line.map((r) => r.rect.y + r.rect.height))
    const margin = y < content.height * 0.1 || bottom > content.height * 0.88
    const furniture = margin && cells.length === 1 && pageNumber.test(cells[0]!.text.trim())
    blocks.push({ y, kind: 'text', line: { cells }, furniture })
  }
  return blocks.sort((a, b) => a.y - b.y)
}

/** Whether two tables have the same columns: a table going on over a page break. */
function sameColumns(a: Grid, b: Grid): boolean {
  if (a.xs.length !== b.xs.length) return false
  return a.xs.every((x, i) => Math.abs(x - a.xs[0]! - (b.xs[i]! - b.xs[0]!)) <= 2)
}

const figure = /^\d(?:[\d,.，．]*\d)?$/
// A row label's own numbering: `2.`, `（三）`, `四、`.
const numbered = /^(?:\d{1,2}[.、．]|[（(][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+、)/

/** The cell of `row` that starts at the same x as `cell` (the same column of a table), if any. */
function sameColumn(row: LaidLine, cell: LaidCell): LaidCell | undefined {
  return row.cells.find((c) => Math.abs(c.box.x - cell.box.x) <= 2 && Math.abs(c.box.width - cell.box.width) <= 2)
}

/**
 * Whether a table's first row on a page is the rest of its last row on the page before, which
 * the page break cut (a long label going on, `纳费用、行政机关…`): every cell with text stands
 * in a column of the row before, no column has a figure on both sides, and no numbering opens
 * the rest. Cells of labels spanning rows from above come back empty on the new page.
 */
function splitRow(before: LaidLine, after: LaidLine): boolean {
  const opening = after.cells.find((c) => c.text !== '')
  if (!opening || numbered.test(opening.text) || figure.test(opening.text)) return false
  return after.cells.every((d) => {
    if (d.text === '') return true
    const c = sameColumn(before, d)
    return c !== undefined && !(figure.test(c.text) && figure.test(d.text))
  })
}

/** The two halves of a row cut by a page break as one row; its boxes are those of the first half. */
function joinRows(before: LaidLine, after: LaidLine): LaidLine {
  return {
    ...before,
    cells: before.cells.map((c) => {
      const d = after.cells.find((x) => x.text !== '' && sameColumn(before, x) === c)
      return d ? { ...c, text: c.text + d.text } : c
    }),
  }
}

const rowText = (l: LaidLine) => l.cells.map((c) => c.text).join('\t')

/**
 * The document's lines in reading order. Page numbers in a page's head or foot are dropped; a
 * table that ends one page and opens the next with the same columns is one table, and the header
 * rows it repeats there are dropped.
 */
export function layOut(pages: readonly PageContent[]): LaidLine[] {
  const out: LaidLine[] = []
  let tables = 0
  let last: { grid: Grid; id: number; head: LaidLine[] } | undefined
  for (const content of pages) {
    let first = true
    for (const block of blocksOf(content)) {
      if (block.kind === 'text') {
        if (block.furniture) continue
        out.push(block.line)
        last = undefined
        first = false
        continue
      }
      let rows = block.rows
      let id: number
      if (first && last && sameColumns(last.grid, block.grid)) {
        id = last.id
        let k = 0
        while (k < rows.length && k < last.head.length && rowText(rows[k]!) === rowText(last.head[k]!)) k++
        rows = rows.slice(k)
        const before = out[out.length - 1]
        if (before && rows[0] && splitRow(before, rows[0])) {
          out[out.length - 1] = joinRows(before, rows[0])
          rows = rows.slice(1)
        }
      } else {
        id = tables++
        last = { grid: block.grid, id, head: rows.slice(0, 4) }
      }
      last = { ...last!, grid: block.grid, id }
      for (const r of rows) out.push({ ...r, table: id })
      first = false
    }
  }
  return out
}

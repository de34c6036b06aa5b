/** A cell with the spans it declares. */
export interface SpanCell {
  colSpan?: number
  rowSpan?: number
}

// The HTML standard's limits: colspan 1–1000, rowspan 0–65534 (0: to the end of the row group).
export const maxColSpan = 1000
export const maxRowSpan = 65534

export function clampColSpan(n: number | undefined): number {
  return n === undefined || !Number.isFinite(n) || n < 1 ? 1 : Math.min(Math.floor(n), maxColSpan)
}

export function clampRowSpan(n: number | undefined): number {
  return n === undefined || !Number.isFinite(n) || n < 0 ? 1 : Math.min(Math.floor(n), maxRowSpan)
}

/**
 * Rows of cells to a grid, spans expanded the way browsers do: each slot holds the cell that
 * covers it (the same object in every slot of a spanned cell), `undefined` where nothing does.
 * A rowspan never reaches past the table's last row, so a hostile `rowspan="65534"` costs
 * nothing; overlapping spans keep the cell that claimed a slot first.
 */
export function expandTableGrid<C extends SpanCell>(rows: readonly (readonly C[])[]): (C | undefined)[][] {
  const grid: (C | undefined)[][] = rows.map(() => [])
  rows.forEach((row, r) => {
    let c = 0
    for (const cell of row) {
      while (grid[r]![c] !== undefined) c++
      const cs = clampColSpan(cell.colSpan)
      const rsRaw = clampRowSpan(cell.rowSpan)
      const rs = rsRaw === 0 ? rows.length - r : Math.min(rsRaw, rows.length - r)
      for (let dr = 0; dr < rs; dr++) {
        const target = grid[r + dr]!
        for (let dc = 0; dc < cs; dc++) if (target[c + dc] === undefined) target[c + dc] = cell
      }
      c += cs
    }
  })
  const width = Math.max(0, ...grid.map((g) => g.length))
  return grid.map((g) => Array.from({ length: width }, (_, i) => g[i]))
}

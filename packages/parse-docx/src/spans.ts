/** A cell of a Word table row as written: its grid span and its place in a vertical merge. */
export interface WordCell<T> {
  /** `w:gridSpan`: how many grid columns the cell covers (1 when absent). */
  gridSpan: number
  /** `w:vMerge`: `restart` starts a vertical merge, `continue` goes on with the one above. */
  vMerge?: 'restart' | 'continue'
  /**
   * The cell's left and right edges, where the format gives them instead of a grid (a .doc row's
   * cell boundaries in twips): a merge then goes on below a cell with the same edges.
   */
  edges?: readonly [number, number]
  value: T
}

export interface WordRow<T> {
  /** `w:gridBefore`: grid columns left empty before the first cell. */
  gridBefore: number
  cells: WordCell<T>[]
}

/** A cell placed as an HTML cell would be: spans counted, merged-away cells gone. */
export interface SpannedCell<T> {
  value: T
  /** Grid column of the cell's left edge. */
  column: number
  colSpan: number
  rowSpan: number
}

// Word caps a table at 63 columns; a larger span is damage, not a layout to honour.
const maxGridSpan = 1000

/**
 * Word's merges to HTML's spans: `w:gridSpan` is a colspan; a `w:vMerge="restart"` cell gets a
 * rowspan of itself plus each row below whose cell at the same grid column says `continue`, and
 * those continuing cells are dropped, as HTML has no cell there. A `continue` with no merge above
 * it, or one holding text (Word hides it, but it is in the file), stays a cell of its own: no
 * text is lost. Linear in the number of cells.
 */
export function spanRows<T>(rows: readonly WordRow<T>[], isEmpty: (value: T) => boolean): SpannedCell<T>[][] {
  // The merge open at each grid column: the cell that started it.
  const open = new Map<number, { cell: SpannedCell<T>; right: number }>()
  return rows.map((row) => {
    const out: SpannedCell<T>[] = []
    const seen = new Set<number>()
    let column = Math.max(0, row.gridBefore)
    for (const c of row.cells) {
      const colSpan = Math.min(Math.max(1, Math.floor(c.gridSpan) || 1), maxGridSpan)
      const [left, right] = c.edges ?? [column, column + colSpan]
      const above = open.get(left)
      seen.add(left)
      if (c.vMerge === 'continue' && above && above.right === right && isEmpty(c.value)) {
        above.cell.rowSpan++
      } else {
        const cell: SpannedCell<T> = { value: c.value, column, colSpan, rowSpan: 1 }
        out.push(cell)
        if (c.vMerge === 'restart') open.set(left, { cell, right })
        else open.delete(left)
      }
      column += colSpan
    }
    // A merge is interrupted by a row with no cell at its column.
    for (const k of [...open.keys()]) if (!seen.has(k)) open.delete(k)
    return out
  })
}

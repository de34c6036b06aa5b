import type { SourceDocument } from './document.ts'

/** A cell of the document: its line and its index in the line. */
export interface GridCell {
  line: number
  cell: number
}

// A hostile page may declare colspan 1000 on cells of a table of thousands of rows: past this
// many slots a table's grid is not laid out (its rows are then read without their header).
const maxSlots = 200_000

/**
 * Where the cells of a document's lines stand across their table: for a text line the cell's index,
 * for a row of an HTML table the column it starts at once the spans above and before it are laid
 * out as browsers do. Each HTML table is laid out once, when one of its lines is first asked about.
 */
export class Grid {
  private starts = new Map<number, number[]>()
  private covers = new Map<number, (GridCell | undefined)[]>()
  private failed = new Set<number>()

  constructor(private readonly doc: SourceDocument) {}

  /** The column cell `cell` of line `line` starts at; undefined when the table could not be laid out. */
  column(line: number, cell: number): number | undefined {
    const l = this.doc.lines[line]
    if (!l) return undefined
    if (l.table === undefined) return cell
    this.layOut(line)
    return this.starts.get(line)?.[cell]
  }

  /** How many columns and rows a cell covers (1 and 1 in text). */
  span(line: number, cell: number): { columns: number; rows: number } {
    const c = this.doc.lines[line]?.cells[cell]
    return { columns: c?.colSpan ?? 1, rows: c?.rowSpan === undefined ? 1 : c.rowSpan === 0 ? Infinity : c.rowSpan }
  }

  /** The cell that covers column `column` of line `line` (HTML: perhaps a cell of a line above). */
  coveredBy(line: number, column: number): GridCell | undefined {
    const l = this.doc.lines[line]
    if (!l) return undefined
    if (l.table === undefined) return column < l.cells.length ? { line, cell: column } : undefined
    this.layOut(line)
    return this.covers.get(line)?.[column]
  }

  /** The HTML table a line is a row of; undefined for text. */
  tableOf(line: number): number | undefined {
    return this.doc.lines[line]?.table
  }

  /** How many cells a line has. */
  width(line: number): number {
    return this.doc.lines[line]?.cells.length ?? 0
  }

  /** Whether a line is a row of cells (an HTML table row, or text parted into two cells or more). */
  gridded(line: number): boolean {
    const l = this.doc.lines[line]
    return l !== undefined && (l.table !== undefined || l.cells.length >= 2)
  }

  private layOut(line: number): void {
    if (this.starts.has(line) || this.failed.has(line)) return
    const lines = this.doc.lines
    const id = lines[line]!.table
    let first = line
    while (first > 0 && lines[first - 1]!.table === id) first--
    let last = line
    while (last + 1 < lines.length && lines[last + 1]!.table === id) last++
    const occupied: (GridCell | undefined)[][] = []
    let slots = 0
    for (let r = first; r <= last; r++) {
      const row = (occupied[r - first] ??= [])
      const starts: number[] = []
      let c = 0
      lines[r]!.cells.forEach((cell, i) => {
        while (row[c] !== undefined) c++
        starts.push(c)
        const cs = cell.colSpan ?? 1
        const rs = cell.rowSpan === undefined ? 1 : cell.rowSpan === 0 ? last - r + 1 : Math.min(cell.rowSpan, last - r + 1)
        slots += cs * rs
        if (slots <= maxSlots) {
          for (let dr = 0; dr < rs; dr++) {
            const target = (occupied[r - first + dr] ??= [])
            for (let dc = 0; dc < cs; dc++) target[c + dc] ??= { line: r, cell: i }
          }
        }
        c += cs
      })
      if (slots > maxSlots) {
        for (let k = first; k <= last; k++) this.failed.add(k), this.starts.delete(k)
        return
      }
      this.starts.set(r, starts)
    }
    for (let r = first; r <= last; r++) this.covers.set(r, occupied[r - first] ?? [])
  }
}

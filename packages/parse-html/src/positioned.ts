import { groupRows } from '@gai/recognize'
import type { PlacedAt, SourceLine } from '@gai/recognize'

/**
 * Pages made from a PDF (pdftohtml, PDF.js's text layer, online converters) hold no tables: each
 * run of text is a box placed on the page by `position:absolute; top; left`, in whatever order
 * the PDF drew them. Read in document order they are jumbled; read by their coordinates, row by
 * row and left to right, they are the page's lines again, with each box a cell.
 */
export interface Placement {
  /** Which page (positioned container) the box is on, counted in document order. */
  page: number
  top: number
  left: number
  /** The unit of `top`: boxes on one row differ by a few pixels, or a fraction of a percent. */
  percent: boolean
}

const topOf = /(?:^|[;\s])top\s*:\s*(-?\d+(?:\.\d+)?)\s*(px|pt|%)?/i
const leftOf = /(?:^|[;\s])left\s*:\s*(-?\d+(?:\.\d+)?)\s*(px|pt|%)?/i

/** Where an inline style places an absolutely positioned box, if it does. */
export function placementOf(style: string, page: number): Placement | undefined {
  if (!/position\s*:\s*absolute/i.test(style)) return undefined
  const t = topOf.exec(style)
  const l = leftOf.exec(style)
  if (!t || !l) return undefined
  return { page, top: Number(t[1]), left: Number(l[1]), percent: t[2] === '%' }
}

/** Whether an element's style or class makes it a page that positioned boxes are placed on. */
export function isPage(style: string | undefined, cls: string | undefined): boolean {
  return (style !== undefined && /position\s*:\s*relative/i.test(style)) || (cls !== undefined && /(?:^|\s)page(?:\s|$)/.test(cls))
}

/**
 * The lines in reading order: each run of positioned lines is sorted by page, then by row (boxes
 * whose tops are within a hair of each other), then left to right, and the boxes of one row
 * become one line of cells. Lines not positioned keep their places.
 */
export function inReadingOrder(lines: SourceLine[], placed: Map<SourceLine, Placement>): SourceLine[] {
  const out: SourceLine[] = []
  let run: SourceLine[] = []
  const close = () => {
    if (run.length === 0) return
    for (const row of groupRows(run, (line) => placeOf(placed.get(line)!), (first, line) => sameRow(placed.get(first)!, placed.get(line)!))) {
      const cells = row.flatMap((line) => line.cells)
      out.push({ cells, position: { start: cells[0]!.position.start, end: cells[cells.length - 1]!.position.end } })
    }
    run = []
  }
  for (const line of lines) {
    if (placed.has(line)) run.push(line)
    else {
      close()
      out.push(line)
    }
  }
  close()
  return out
}

function placeOf(p: Placement): PlacedAt {
  return { page: p.page, y: p.top, x: p.left }
}

/**
 * Boxes of one row differ in top by their fonts (a figure set in a smaller face than its label);
 * rows stand a line apart, 12px and more.
 */
function sameRow(first: Placement, p: Placement): boolean {
  const hair = p.percent ? 0.5 : 5
  return !(p.top - first.top > hair)
}

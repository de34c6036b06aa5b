import { apply, boundsOf } from './geometry.ts'
import type { Matrix, Rect } from './geometry.ts'

/** A run of text as the page shows it: its string, its box on the page, its font size. */
export interface Run {
  text: string
  rect: Rect
  /** The font's height in points. */
  size: number
  /** Set in a turned line (a row label printed up the cell): read by x, not by y. */
  turned: boolean
}

/** What `page.getTextContent()` gives per item, as far as runs need it. */
export interface TextItemLike {
  str: string
  transform: readonly number[]
  width: number
  height: number
  fontName?: string
}

// Fonts made from Word and browser PDFs often map CJK characters to the Kangxi radicals and
// compatibility ideographs that look the same (`⼀` U+2F00 for `一`): a label would not be found.
const lookalikes = /[\u2e80-\u2fdf\uf900-\ufaff]/g

/** A string with look-alike ideographs replaced by the characters they stand for. */
export function plainText(s: string): string {
  return s.replace(lookalikes, (c) => c.normalize('NFKC'))
}

/**
 * The runs of a page, placed by `viewport` (the matrix from user space to the page's top-left
 * points). Items of white space carry nothing a table needs: they are dropped.
 */
export function placeRuns(items: readonly TextItemLike[], viewport: Matrix, vertical: (fontName: string | undefined) => boolean): Run[] {
  const runs: Run[] = []
  for (const item of items) {
    if (typeof item.str !== 'string' || item.str.trim() === '') continue
    const m = item.transform
    const size = Math.hypot(m[2]!, m[3]!) || Math.hypot(m[0]!, m[1]!) || item.height || 1
    const len = Math.hypot(m[0]!, m[1]!) || 1
    // Along the baseline, and up from it.
    const ux = m[0]! / len
    const uy = m[1]! / len
    const px = -uy
    const py = ux
    const x0 = m[4]! - px * 0.2 * size
    const y0 = m[5]! - py * 0.2 * size
    const along = vertical(item.fontName) ? size : item.width
    const cornersUser = [x0, y0, x0 + ux * along, y0 + uy * along, x0 + px * size, y0 + py * size, x0 + ux * along + px * size, y0 + uy * along + py * size]
    const corners: number[] = []
    for (let i = 0; i < cornersUser.length; i += 2) corners.push(...apply(viewport, cornersUser[i]!, cornersUser[i + 1]!))
    const rect = boundsOf(corners)
    if (vertical(item.fontName) && item.height > 0) {
      // Vertical writing runs down the page from its origin.
      rect.height = Math.max(rect.height, item.height)
    }
    runs.push({ text: plainText(item.str), rect, size, turned: Math.abs(uy) > 0.5 })
  }
  return runs
}

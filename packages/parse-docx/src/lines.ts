import type { WordPlace } from '@gai/model'
import { LineIndex } from '@gai/recognize'
import type { SourceCell, SourceDocument, SourceLine } from '@gai/recognize'

/** A cell of a Word file as read: its text, its spans (as HTML's), and where it is in the file. */
export interface WordCellText {
  text: string
  colSpan?: number
  rowSpan?: number
  word: WordPlace
}

/** A paragraph (its tab-parted pieces as cells) or a row of a data table. */
export interface WordLine {
  cells: WordCellText[]
  /** The index of the data table the row belongs to; unset for a paragraph. */
  table?: number
}

// Cells are parted by tabs and lines by line breaks in the text built here, so neither may
// appear inside a cell; Word's own breaks inside a cell are only line wrapping.
const breaks = /[\t\n\r\v\f\u2028\u2029]+/g

/**
 * Lines read from a Word file as the core's document: a text with one line per paragraph or
 * table row, cells parted by tabs, and each cell's position in that text and place in the file.
 */
export function wordDocument(lines: readonly WordLine[], source: string): SourceDocument {
  const parts: string[] = []
  const ranges: [number, number][][] = []
  let offset = 0
  for (const line of lines) {
    const own: [number, number][] = []
    line.cells.forEach((c, i) => {
      if (i > 0) offset++
      const text = c.text.replace(breaks, ' ').trim()
      own.push([offset, offset + text.length])
      parts.push(i > 0 ? `\t${text}` : text)
      offset += text.length
    })
    parts.push('\n')
    offset++
    ranges.push(own)
  }
  const text = parts.join('')
  const index = new LineIndex(text)
  const out: SourceLine[] = []
  lines.forEach((line, l) => {
    const own = ranges[l]!
    const cells: SourceCell[] = line.cells.map((c, i) => {
      const [start, end] = own[i]!
      const cell: SourceCell = { text: text.slice(start, end), position: index.position(start, end), word: c.word }
      if (c.colSpan !== undefined && c.colSpan > 1) cell.colSpan = c.colSpan
      if (c.rowSpan !== undefined && c.rowSpan !== 1) cell.rowSpan = c.rowSpan
      return cell
    })
    const first = own[0]?.[0] ?? 0
    const last = own[own.length - 1]?.[1] ?? first
    const sourceLine: SourceLine = { cells, position: index.position(first, last) }
    if (line.table !== undefined) sourceLine.table = line.table
    out.push(sourceLine)
  })
  return { source, text, lines: out }
}

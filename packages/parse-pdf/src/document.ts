import { LineIndex, mendLabels } from '@gai/recognize'
import type { SourceCell, SourceDocument, SourceLine } from '@gai/recognize'
import type { LaidLine } from './layout.ts'

/**
 * The core's document from laid-out lines: a text of the lines (cells parted by tabs) that
 * positions point into, each cell keeping its page box and spans; labels broken over lines put
 * back together.
 */
export function toSourceDocument(laid: readonly LaidLine[], source: string): SourceDocument {
  const parts: string[] = []
  const ranges: [number, number][][] = []
  let offset = 0
  for (const line of laid) {
    const cellRanges: [number, number][] = []
    line.cells.forEach((cell, i) => {
      if (i > 0) (parts.push('\t'), offset++)
      cellRanges.push([offset, offset + cell.text.length])
      parts.push(cell.text)
      offset += cell.text.length
    })
    parts.push('\n')
    offset++
    ranges.push(cellRanges)
  }
  const text = parts.join('')
  const index = new LineIndex(text)
  const lines: SourceLine[] = laid.map((line, l) => {
    const cells = line.cells.map((cell, i): SourceCell => {
      const [start, end] = ranges[l]![i]!
      const c: SourceCell = { text: cell.text, position: index.position(start, end), box: cell.box }
      if (cell.rowSpan !== undefined) c.rowSpan = cell.rowSpan
      if (cell.colSpan !== undefined) c.colSpan = cell.colSpan
      return c
    })
    const first = ranges[l]![0]
    const lastRange = ranges[l]![ranges[l]!.length - 1]
    const out: SourceLine = { cells, position: index.position(first?.[0] ?? 0, lastRange?.[1] ?? 0) }
    if (line.table !== undefined) out.table = line.table
    return out
  })
  return { source, text, lines: mendLabels(lines, text, index) }
}

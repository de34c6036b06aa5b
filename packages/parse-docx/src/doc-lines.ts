import type { DocText, RowCell } from './doc-binary.ts'
import type { WordLine } from './lines.ts'
import { spanRows } from './spans.ts'

/** The stream the text of a .doc lives in, named as the `part` of its origins. */
export const docPart = 'WordDocument'

interface CellRead {
  text: string
  row: number
  cell: number
}

/**
 * A .doc's text as lines: each paragraph outside tables one line, each table row one line of its
 * cells, vertical merges made spans as in a .docx. Field codes (between the field's begin and
 * separator marks) are left out and their results kept; objects and footnote marks are dropped.
 */
export function docLines(doc: DocText): WordLine[] {
  const { text, marks, merges } = doc
  const lines: WordLine[] = []
  let current = ''
  let cells: CellRead[] = []
  let table = -1
  let row = 0
  let paragraph = 0
  let inTable = false
  // Field nesting: for each open field, whether its code part (not shown) is being read.
  const fields: boolean[] = []
  const hiding = () => fields.length > 0 && fields[fields.length - 1]!
  const endParagraph = () => {
    const index = paragraph++
    const pieces = current.split('\t').filter((s) => s.trim() !== '')
    if (pieces.length) lines.push({ cells: pieces.map((s) => ({ text: s, word: { part: docPart, paragraph: index } })) })
    current = ''
    inTable = false
  }
  const endRow = (at: number) => {
    if (!inTable) {
      table++
      row = 0
      inTable = true
    }
    for (const c of cells) c.row = row
    pending.push({ table, flags: merges.get(at) ?? [], cells })
    cells = []
    row++
  }
  // Rows of the table being read, spanned together once the table ends (merges run down rows).
  const pending: { table: number; flags: RowCell[]; cells: CellRead[] }[] = []
  const flushTable = () => {
    if (pending.length === 0) return
    const t = pending[0]!.table
    const spanned = spanRows(
      pending.map((r) => ({
        gridBefore: 0,
        cells: r.cells.map((value, i) => {
          const f = r.flags[i]
          if (!f) return { gridSpan: 1, value }
          return f.vMerge ? { gridSpan: 1, vMerge: f.vMerge, edges: f.edges, value } : { gridSpan: 1, edges: f.edges, value }
        }),
      })),
      (c) => c.text.trim() === '',
    )
    for (const cs of spanned) {
      if (cs.length === 0) continue
      lines.push({
        table: t,
        cells: cs.map((c) => {
          const out: WordLine['cells'][number] = { text: c.value.text, word: { part: docPart, table: t, row: c.value.row, cell: c.value.cell } }
          if (c.rowSpan > 1) out.rowSpan = c.rowSpan
          return out
        }),
      })
    }
    pending.length = 0
  }
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i)
    const mark = marks.get(i)
    if (mark === 'cell') {
      cells.push({ text: current, row, cell: cells.length })
      current = ''
      continue
    }
    if (mark === 'row') {
      endRow(i)
      current = ''
      continue
    }
    switch (ch) {
      case 0x13:
        fields.push(true)
        continue
      case 0x14:
        if (fields.length) fields[fields.length - 1] = false
        continue
      case 0x15:
        fields.pop()
        continue
    }
    if (hiding()) continue
    if (ch === 0x0d || ch === 0x0c || ch === 0x07) {
      if (mark === 'inner' || ch === 0x07) {
        current += ' '
        continue
      }
      flushTable()
      endParagraph()
      continue
    }
    if (ch === 0x0b) current += ' '
    else if (ch === 0x1e) current += '-'
    else if (ch === 0x09) current += '\t'
    // Objects, pictures, footnote marks, optional hyphens and other controls show no text.
    else if (ch >= 0x20) current += text[i]
  }
  flushTable()
  if (current.trim() !== '') endParagraph()
  return lines
}

import type { WordLine } from './lines.ts'
import { spanRows } from './spans.ts'
import type { WordRow } from './spans.ts'
import type { XmlElement } from './xml.ts'

/** What reading a document part found besides its lines, for the reader's diagnostics. */
export interface BodyNotes {
  /** Tables read as layout because their cells hold tables. */
  layoutTables: number
  /** Tables nested deeper than the reader goes, skipped. */
  tooDeep: number
}

// Elements whose content is read as if it stood in their place: content controls, tracked
// insertions, hyperlinks, smart tags, simple fields, custom XML, bidi runs.
const transparent = new Set(['w:sdtContent', 'w:customXml', 'w:ins', 'w:moveTo', 'w:smartTag', 'w:hyperlink', 'w:fldSimple', 'w:dir', 'w:bdo'])
// Never shown as text: properties, deletions, the text a revision moved away, field codes.
const hidden = new Set(['w:pPr', 'w:rPr', 'w:tcPr', 'w:trPr', 'w:tblPr', 'w:tblGrid', 'w:sdtPr', 'w:sdtEndPr', 'w:del', 'w:moveFrom', 'w:instrText', 'w:delText', 'mc:Fallback'])
// A layout table inside a layout table inside …: past this, content is skipped.
const maxDepth = 8

/** Push `items` so that they pop in order (no spread: a part may hold 100 000 paragraphs). */
function pushReversed<T>(stack: T[], items: readonly T[]): void {
  for (let i = items.length - 1; i >= 0; i--) stack.push(items[i]!)
}

/** The children of `el`, with content controls and other transparent wrappers opened. */
function open(el: XmlElement): XmlElement[] {
  const out: XmlElement[] = []
  const stack: XmlElement[] = []
  pushReversed(stack, el.children)
  while (stack.length) {
    const k = stack.pop()!
    if (k.name === 'w:sdt') {
      const content = k.children.find((c) => c.name === 'w:sdtContent')
      if (content) pushReversed(stack, content.children)
    } else if (transparent.has(k.name)) pushReversed(stack, k.children)
    else out.push(k)
  }
  return out
}

/**
 * The text a paragraph shows: `w:t` runs, `w:tab` as a tab, breaks as spaces; deletions and field
 * codes left out. Text boxes met in it (`w:txbxContent`, of an `mc:AlternateContent`'s first
 * choice only: its fallback repeats the same text) are returned to be read after it.
 */
function paragraphText(p: XmlElement): { text: string; boxes: XmlElement[] } {
  let text = ''
  const boxes: XmlElement[] = []
  const stack: XmlElement[] = []
  pushReversed(stack, p.children)
  while (stack.length) {
    const n = stack.pop()!
    switch (n.name) {
      case 'w:t':
        text += n.text
        continue
      case 'w:tab':
      case 'w:ptab':
        text += '\t'
        continue
      case 'w:br':
      case 'w:cr':
        text += ' '
        continue
      case 'w:noBreakHyphen':
        text += '-'
        continue
      case 'w:txbxContent':
        boxes.push(n)
        continue
      case 'mc:AlternateContent': {
        const choice = n.children.find((c) => c.name === 'mc:Choice') ?? n.children.find((c) => c.name === 'mc:Fallback')
        if (choice) pushReversed(stack, choice.children)
        continue
      }
    }
    if (hidden.has(n.name)) continue
    pushReversed(stack, n.children)
  }
  return { text, boxes }
}

interface CellRead {
  text: string
  row: number
  cell: number
}

/** The text of a cell: its paragraphs (and those of text boxes in it) joined by spaces. */
function cellText(tc: XmlElement): string {
  const out: string[] = []
  const stack: XmlElement[] = []
  pushReversed(stack, open(tc))
  while (stack.length) {
    const n = stack.pop()!
    if (n.name === 'w:p') {
      const { text, boxes } = paragraphText(n)
      out.push(text)
      for (let i = boxes.length - 1; i >= 0; i--) pushReversed(stack, open(boxes[i]!))
    } else if (n.name === 'w:tbl') {
      const cells: XmlElement[] = []
      for (const tr of rowsOf(n)) for (const c of cellsOf(tr)) cells.push(c)
      pushReversed(stack, cells)
    } else if (n.name === 'w:tc') pushReversed(stack, open(n))
  }
  return out.join(' ')
}

const rowsOf = (tbl: XmlElement) => open(tbl).filter((k) => k.name === 'w:tr')
const cellsOf = (tr: XmlElement) => open(tr).filter((k) => k.name === 'w:tc')
const property = (el: XmlElement | undefined, name: string) => el?.children.find((c) => c.name === name)

function intAttr(el: XmlElement | undefined, fallback: number): number {
  const v = el?.attrs['val']
  const n = v === undefined ? NaN : Number.parseInt(v, 10)
  return Number.isFinite(n) && n >= 0 ? n : fallback
}

/** A data table's rows with Word's merges made spans (`spanRows`). */
function tableLines(tbl: XmlElement, table: number, part: string): WordLine[] {
  const rows: WordRow<CellRead>[] = rowsOf(tbl).map((tr, row) => {
    const gridBefore = intAttr(property(property(tr, 'w:trPr'), 'w:gridBefore'), 0)
    const cells = cellsOf(tr).map((tc, cell) => {
      const pr = property(tc, 'w:tcPr')
      const vm = property(pr, 'w:vMerge')
      const value: CellRead = { text: cellText(tc), row, cell }
      // `<w:vMerge/>` without a value continues the merge above (ECMA-376 §17.4.85).
      const vMerge = vm === undefined ? undefined : vm.attrs['val'] === 'restart' ? ('restart' as const) : ('continue' as const)
      return vMerge ? { gridSpan: intAttr(property(pr, 'w:gridSpan'), 1), vMerge, value } : { gridSpan: intAttr(property(pr, 'w:gridSpan'), 1), value }
    })
    return { gridBefore, cells }
  })
  const spanned = spanRows(rows, (c) => c.text.trim() === '')
  const lines: WordLine[] = []
  spanned.forEach((cells) => {
    if (cells.length === 0) return
    lines.push({
      table,
      cells: cells.map((c) => {
        const out: WordLine['cells'][number] = { text: c.value.text, word: { part, table, row: c.value.row, cell: c.value.cell } }
        if (c.colSpan > 1) out.colSpan = c.colSpan
        if (c.rowSpan > 1) out.rowSpan = c.rowSpan
        return out
      }),
    })
  })
  return lines
}

const holdsTable = (tbl: XmlElement) => rowsOf(tbl).some((tr) => cellsOf(tr).some((tc) => open(tc).some((k) => k.name === 'w:tbl')))

/**
 * The body of a document part as lines in reading order: each paragraph one line (its tab-parted
 * pieces as cells), each row of each data table one line of its cells. A table whose cells hold
 * tables is layout, read as the paragraphs and tables it contains.
 */
export function bodyLines(root: XmlElement, part: string): { lines: WordLine[]; notes: BodyNotes } {
  const body = property(property(root, 'w:document'), 'w:body')
  const lines: WordLine[] = []
  const notes: BodyNotes = { layoutTables: 0, tooDeep: 0 }
  if (!body) return { lines, notes }
  let paragraph = 0
  let table = 0
  const stack: { el: XmlElement; depth: number }[] = open(body).reverse().map((el) => ({ el, depth: 0 }))
  const pushAll = (els: XmlElement[], depth: number) => {
    for (let i = els.length - 1; i >= 0; i--) stack.push({ el: els[i]!, depth })
  }
  while (stack.length) {
    const { el, depth } = stack.pop()!
    if (el.name === 'w:p') {
      const { text, boxes } = paragraphText(el)
      const index = paragraph++
      const pieces = text.split('\t').filter((s) => s.trim() !== '')
      if (pieces.length) lines.push({ cells: pieces.map((s) => ({ text: s, word: { part, paragraph: index } })) })
      // Boxes read after their paragraph, in the order they were met.
      const inner: XmlElement[] = []
      for (const b of boxes) for (const k of open(b)) inner.push(k)
      pushAll(inner, depth + 1)
    } else if (el.name === 'w:tbl') {
      if (depth > maxDepth) {
        notes.tooDeep++
      } else if (holdsTable(el)) {
        notes.layoutTables++
        const inner: XmlElement[] = []
        for (const tr of rowsOf(el)) for (const tc of cellsOf(tr)) for (const k of open(tc)) inner.push(k)
        pushAll(inner, depth + 1)
      } else {
        for (const l of tableLines(el, table++, part)) lines.push(l)
      }
    }
  }
  return { lines, notes }
}

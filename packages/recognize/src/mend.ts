import type { SourceCell, SourceLine } from './document.ts'
import { continueLabel, continuesWith, labelAt } from './labels.ts'
import type { LabelCursor } from './labels.ts'
import { normalizeLabel, parseValue, stripMarker } from './normalize.ts'
import { LineIndex } from './position.ts'
import { joinStackedLabels } from './stacked.ts'

/**
 * Labels a layout broke over lines, put back together: a label wrapped inside its cell onto the
 * next lines, and a label printed above and below its row's figures. `textToDocument` runs it;
 * an adapter that builds lines from positioned text (a PDF turned into HTML) runs it too.
 * `text` is the input the lines' positions point into; pass the adapter's `index` of it, if it
 * has one, to spare building another.
 */
export function mendLabels(lines: SourceLine[], text: string, index: LineIndex = new LineIndex(text)): SourceLine[] {
  return joinStackedLabels(joinBrokenLabels(lines), index, text)
}

// The same label pieces recur in every report of a batch (the template's own header cells):
// what a cell's text is as a piece is remembered, within a bound.
const pieceCache = new Map<string, string | null>()

/** A cell that may be part of a label broken over lines: short text that is no value. */
function fragmentText(cell: SourceCell | undefined): string | undefined {
  if (!cell) return undefined
  const t = cell.text
  if (t.length === 0 || t.length > 40) return undefined
  let piece = pieceCache.get(t)
  if (piece === undefined) {
    piece = parseValue(t).kind === 'text' ? normalizeLabel(t) : null
    if (pieceCache.size >= 4096) pieceCache.clear()
    pieceCache.set(t, piece)
  }
  return piece ?? undefined
}

const headCache = new Map<string, LabelCursor | null>()

/** Where a label stands after a line's last cell, when that cell may open or be a label. */
function headCursor(piece: string): LabelCursor | undefined {
  let cursor = headCache.get(piece)
  if (cursor === undefined) {
    cursor = continueLabel(stripMarker(piece)) ?? null
    if (headCache.size >= 4096) headCache.clear()
    headCache.set(piece, cursor)
  }
  return cursor ?? undefined
}

/** Whether a cell could go on a broken label: short, and not opening with a digit. */
function mayContinue(cell: SourceCell | undefined): boolean {
  if (!cell) return false
  const t = cell.text
  const c = t.charCodeAt(0)
  return t.length > 0 && t.length <= 40 && !(c >= 48 && c <= 57)
}

/**
 * Word copies and PDF text wrap a long label inside its cell onto several lines: the line's last
 * cell (`2.其他法律行政法规禁`, or `一、本年新收政府` alone) goes on in the first cell of the
 * next line (`止公开`, `信息公开申请数量⇥⇥0⇥0…`), through lines of nothing else in between.
 * Where, and only where, the pieces together read as a label of the templates, they are joined
 * into one cell and their lines into one; the longest such join is taken.
 */
function joinBrokenLabels(lines: SourceLine[]): SourceLine[] {
  let out: SourceLine[] | undefined
  let current = lines[0]
  for (let i = 0; i < lines.length; i++) {
    const line = current!
    current = lines[i + 1]
    const join = brokenLabel(line, lines, i)
    if (!join) {
      out?.push(line)
      continue
    }
    // Most documents have nothing to join: the lines are copied only once something is.
    out ??= lines.slice(0, i)
    const { at, end } = join
    const tail = lines[end]!
    const pieces = [line.cells[at]!, ...lines.slice(i + 1, end + 1).map((l) => l.cells[0]!)]
    const cell: SourceCell = {
      text: pieces.map((c) => c.text).join(''),
      position: { start: pieces[0]!.position.start, end: pieces[pieces.length - 1]!.position.end },
    }
    const cells = [...line.cells.slice(0, at), cell, ...line.cells.slice(at + 1), ...tail.cells.slice(1)]
    // The joined line is looked at again: its last cell may be broken too (`办理结果⇥(一) 予` `以公开`).
    current = { cells, position: { start: line.position.start, end: tail.position.end } }
    i = end - 1
  }
  return out ?? lines
}

const isValueCell = (c: SourceCell) => c.text === '' || parseValue(c.text).kind !== 'text'

/**
 * Where the label in a line goes on: the cell it starts in (the last cell, or the last before
 * the row's figures, as `pdftotext -layout` leaves `一、本年新收政府  0  0 …` over
 * `信息公开申请数量`) and the last line it reaches; undefined when it does not go on.
 */
function brokenLabel(line: SourceLine, lines: SourceLine[], i: number): { at: number; end: number } | undefined {
  const cells = line.cells
  // Cheap test first: the next line must open with a short text.
  if (!mayContinue(lines[i + 1]?.cells[0])) return undefined
  let at = cells.length - 1
  if (cells[at] && isValueCell(cells[at]!)) {
    // Figures last: the label may go on below them only on a line of its own.
    if (lines[i + 1]!.cells.length !== 1) return undefined
    while (at >= 0 && isValueCell(cells[at]!)) at--
  }
  if (at < 0) return undefined
  // With the row's figures after it, the label's other pieces stand alone on their lines.
  const figuresAfter = at < cells.length - 1
  const head = fragmentText(cells[at])
  if (head === undefined) return undefined
  let cursor = headCursor(head)
  let end = i
  // A label runs to at most a handful of lines, however narrow its column; the lines between
  // the first and the last hold nothing but the label's pieces.
  for (let k = i + 1; cursor && k <= i + 6 && k < lines.length; k++) {
    const alone = lines[k]!.cells.length === 1
    if (figuresAfter && !alone) break
    const first = lines[k]!.cells[0]!
    // Most next lines open with a character no label goes on with: no need to read them.
    const c0 = first.text.charCodeAt(0)
    if (c0 >= 0x4e00 && c0 <= 0x9fff && !continuesWith(cursor, c0)) break
    const next = fragmentText(first)
    if (next === undefined) break
    cursor = continueLabel(next, cursor)
    if (cursor && labelAt(cursor) !== undefined) end = k
    if (!alone) break
  }
  return end === i ? undefined : { at, end }
}

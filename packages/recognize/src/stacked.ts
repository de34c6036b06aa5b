import type { Position } from '@gai/model'
import type { SourceCell, SourceLine } from './document.ts'
import { isFrameFragment, isRowGroupFragment, isRowGroupTitle, lookupLabel } from './labels.ts'
import { normalizeLabel, parseValue, stripMarker } from './normalize.ts'
import type { LineIndex } from './position.ts'
import { endOf, startOf } from './span.ts'

/**
 * A PDF prints a long row label over two or three lines of its cell and centres the row's
 * figures beside them; the group title of the column to the left (`（六）其他处理`) is broken too.
 * Text laid out from such a page (`pdftotext -layout`, a PDF reader's copy) has the figures on
 * one line and pieces of the label on the lines above and below it, with pieces of the group
 * title in front:
 *
 *     （六）其 2.申请人逾期未按收费通知要求缴纳费
 *     他处理 用、行政机关不再处理其政府信息公开 0 0 0 0 0 0 0
 *                           申请
 *
 * This pass puts such a row back on one line. Only where the pieces, read top to bottom without
 * the group title's, name exactly one row of the templates is anything joined; lines whose
 * pieces name no row, or several ways of joining that name different rows, stay as they were.
 */

// A word that is a piece of a row group's title is the group column's, not the row label's.
const isGroupPiece = (text: string): boolean => isRowGroupFragment(normalizeLabel(text))

const named = new Map<string, string | null>()

/** The row label (table and key) a text names exactly, if it names one row. */
function rowNamed(text: string): string | undefined {
  // The longest label with its numbering runs to some 45 characters: longer text names none.
  if (text.length > 60) return undefined
  let key = named.get(text)
  if (key === undefined) {
    const rows = lookupLabel(stripMarker(normalizeLabel(text))).filter((e) => e.kind === 'row')
    const keys = new Set(rows.map((e) => `${e.table}/${e.key}`))
    key = keys.size === 1 ? [...keys][0]! : null
    if (named.size >= 4096) named.clear()
    named.set(text, key)
  }
  return key ?? undefined
}

const labels = new Map<string, boolean>()

/** Whether a text is a whole label of any kind (a row, a section heading, a column). */
function namesLabel(text: string): boolean {
  let known = labels.get(text)
  if (known === undefined) {
    known = lookupLabel(stripMarker(normalizeLabel(text))).length > 0
    if (labels.size >= 4096) labels.clear()
    labels.set(text, known)
  }
  return known
}

/** A word of a line: its text, the cell it stands in, and where in the cell's text. */
interface Word {
  text: string
  cell: SourceCell
  at: number
}

function wordsOf(cells: readonly SourceCell[]): Word[] {
  const out: Word[] = []
  for (const cell of cells) {
    const re = /\S+/g
    for (let m = re.exec(cell.text); m; m = re.exec(cell.text)) out.push({ text: m[0], cell, at: m.index })
  }
  return out
}

/** A word's range in the input, worked out only for the words of a joined row. */
function wordPosition(w: Word, index: LineIndex): Position {
  const c = w.cell
  // Exact only when the cell's text is a slice of the input.
  if (endOf(c) - startOf(c) !== c.text.length) return c.position
  const from = startOf(c) + w.at
  return index.position(from, from + w.text.length)
}

const isFigure = (w: string): boolean => parseValue(w).kind !== 'text'

interface Parts {
  /** The words before the figures, and the figures' words. */
  label: Word[]
  figures: Word[]
  /** The label words' text, with and without the group title's pieces in front. */
  text: string
  own: string
}

/** A line as label words then trailing figure words; undefined for a line too long to be a row. */
function partsOf(line: SourceLine): Parts | undefined {
  let length = 0
  for (const c of line.cells) length += c.text.length
  if (length > 120) return undefined
  const words = wordsOf(line.cells)
  let k = words.length
  while (k > 0 && isFigure(words[k - 1]!.text)) k--
  const label = words.slice(0, k)
  return { label, figures: words.slice(k), text: textOf(label), own: textOf(ownWords(label).own) }
}

/** The label words without the leading words that are pieces of a group title. */
function ownWords(words: Word[]): { own: Word[]; group: Word[] } {
  let k = 0
  while (k < words.length - 1 && isGroupPiece(words[k]!.text)) k++
  return { own: words.slice(k), group: words.slice(0, k) }
}

const textOf = (words: Word[]) => words.map((w) => w.text).join('')

/** Whether a line's label words already name a row (with or without the group's words). */
function namesRow(parts: Parts): boolean {
  if (parts.label.length === 0) return false
  return rowNamed(parts.text) !== undefined || rowNamed(parts.own) !== undefined
}

/** Whether a text holds a figure past its numbering: labels hold none (`收到申请9件，…` is prose). */
function hasFigureInside(text: string): boolean {
  return /\d/.test(text.replace(/^\s*\d{1,2}[.、．]/, ''))
}

/** Whether a line's text in the input holds a tab or a pipe. */
function delimited(text: string, line: SourceLine): boolean {
  const end = Math.min(endOf(line), text.length)
  for (let k = startOf(line); k < end; k++) {
    const c = text.charCodeAt(k)
    if (c === 9 || c === 124) return true
  }
  return false
}

/** A glance at a line: a cell or three of short text, not ending in a figure. */
function mayBePiece(line: SourceLine | undefined): boolean {
  if (!line || line.cells.length > 3) return false
  const cells = line.cells
  const last = cells[cells.length - 1]!.text
  const c = last.charCodeAt(last.length - 1)
  if ((c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19)) return false
  let length = 0
  for (const cell of cells) length += cell.text.length
  return length <= 60
}

/** A short line of label pieces: no figures, no sentence, no whole row label. */
function isPiece(parts: Parts | undefined): boolean {
  if (!parts || parts.figures.length > 0 || parts.label.length === 0) return false
  // A piece is part of a label: text that is a whole label (a row, a section heading) is none.
  return parts.text.length <= 40 && !/[。；;！？]/.test(parts.text) && !hasFigureInside(parts.own) && !namesRow(parts) && !namesLabel(parts.text)
}

/** A line of nothing but pieces of the frame: column headings, group titles, notes. */
function isFrameLine(parts: Parts): boolean {
  return parts.label.every((w) => isFrameFragment(normalizeLabel(w.text)))
}

// How far above and below its figures a label's pieces may stand.
const reach = 3

/** Put rows whose labels a PDF broke around their figures back on one line each. */
export function joinStackedLabels(lines: SourceLine[], index: LineIndex, text?: string): SourceLine[] {
  return new StackedRows(lines, index, text).join()
}

/**
 * Every way of taking pieces from one side of the figures' line (`side`, nearest first when
 * `fromEnd` is false): how many of its lines to take for each count of pieces, frame lines between
 * them too. Past each piece of a label, and past every line near the figures (a short piece such
 * as `信息` may read as part of the frame).
 */
function cuts(side: number[], fromEnd: boolean, frameAt: (k: number) => boolean): number[] {
  const out = [0]
  const order = fromEnd ? [...side].reverse() : side
  order.forEach((k, j) => {
    if (j < reach || !frameAt(k)) out.push(j + 1)
  })
  return out
}

/**
 * One pass over a document's lines: each line of figures with label pieces around it is a
 * candidate; the pieces that name one row are joined with it. What is known of a line (its parts,
 * whether it is a piece, a line of the frame) is worked out when first asked for, once.
 */
class StackedRows {
  // Each line's parts, worked out when first asked for: most lines never are.
  readonly #parts: (Parts | undefined)[] = []
  // Whether each line is one of the frame's, and a piece of a label: asked again for every way
  // of joining, so worked out once.
  readonly #frames: (boolean | undefined)[] = []
  readonly #pieces: (boolean | undefined)[] = []
  /** Lines of pieces taken into a joined row. */
  readonly #consumed = new Set<number>()

  constructor(
    private readonly lines: SourceLine[],
    private readonly index: LineIndex,
    private readonly text: string | undefined,
  ) {}

  join(): SourceLine[] {
    const { lines } = this
    const joined = new Map<number, SourceLine[]>()
    for (let i = 0; i < lines.length; i++) {
      const p = this.figuresLine(i)
      if (!p) continue
      const above = this.outwards(i, -1).reverse()
      const below = this.outwards(i, 1)
      // Figures under a header (table 四's one row of figures) have only the frame around them.
      if (above.length + below.length === 0 || (p.label.length === 0 && above.every(this.frameAt) && below.every(this.frameAt))) continue
      const best = this.bestJoin(i, p, above, below)
      if (best) joined.set(i, this.joinedLines(i, p, best))
    }
    if (joined.size === 0) return lines
    const result: SourceLine[] = []
    lines.forEach((line, k) => {
      if (this.#consumed.has(k)) return
      const j = joined.get(k)
      if (j) for (const l of j) result.push(l)
      else result.push(line)
    })
    return result
  }

  #partsAt(k: number): Parts | undefined {
    return (this.#parts[k] ??= partsOf(this.lines[k]!))
  }

  // Arrow properties: handed to `every` and `cuts` as they are.
  readonly frameAt = (k: number): boolean => (this.#frames[k] ??= isFrameLine(this.#parts[k]!))
  readonly pieceAt = (k: number): boolean => (this.#pieces[k] ??= isPiece(this.#parts[k]))

  #nextToPiece(i: number): boolean {
    const lines = this.lines
    return [i - 1, i + 1].some((k) => k >= 0 && k < lines.length && mayBePiece(lines[k]) && this.#partsAt(k) !== undefined && this.pieceAt(k) && !this.frameAt(k))
  }

  /** Line `i`'s parts when it is a row's figures that label pieces may stand around, cheap tests first. */
  figuresLine(i: number): Parts | undefined {
    const lines = this.lines
    // Cheap test first: a row's line ends in a figure.
    const cells = lines[i]!.cells
    const last = cells[cells.length - 1]!.text
    const c = last.charCodeAt(last.length - 1)
    if (!(c >= 48 && c <= 57) && !(c >= 0xff10 && c <= 0xff19)) return undefined
    // A label broken around its figures leaves a short line without figures next to them; most
    // rows (tab-separated, one line each) have rows on both sides and are passed over here.
    if (!mayBePiece(lines[i - 1]) && !mayBePiece(lines[i + 1])) return undefined
    // Cells parted by tabs or pipes are the table's own: no label of such a row was broken by a page.
    if (this.text !== undefined && delimited(this.text, lines[i]!)) return undefined
    // A row whose first or second cell is a whole row label (tab- or pipe-separated text) is whole.
    if (rowNamed(cells[0]!.text) !== undefined || (cells.length > 2 && rowNamed(cells[1]!.text) !== undefined)) return undefined
    const p = this.#partsAt(i)
    if (!p || p.figures.length === 0 || hasFigureInside(p.own) || namesRow(p)) return undefined
    // Figures alone on their line need a piece of a label right above or below them.
    if (p.label.length === 0 && !this.#nextToPiece(i)) return undefined
    return p
  }

  /**
   * The piece lines next to the figures' line `i`, outwards: up to `reach` of them, past lines of
   * the table's frame that a page break repeats between a label's pieces.
   */
  outwards(i: number, dir: -1 | 1): number[] {
    const out: number[] = []
    let pieces = 0
    for (let k = i + dir, steps = 0; steps < 24 && pieces < reach; k += dir, steps++) {
      if (k < 0 || k >= this.lines.length || this.#consumed.has(k)) break
      const q = this.#partsAt(k)
      // A heading such as 总计 is a line of the frame, though it also names a row.
      const frame = q !== undefined && q.figures.length === 0 && q.label.length > 0 && this.frameAt(k)
      if (!frame && !this.pieceAt(k)) break
      out.push(k)
      if (!frame) pieces++
    }
    return out
  }

  /**
   * Every way of taking the nearest 0–3 pieces above and below the figures' line, with and
   * without the frame's lines among them; the fewest lines that name a row win, and only when
   * every way that names a row names the same one.
   */
  bestJoin(i: number, p: Parts, above: number[], below: number[]): number[] | undefined {
    const frameAt = this.frameAt
    let best: number[] | undefined
    const names = new Set<string>()
    for (const a of cuts(above, true, frameAt)) {
      for (const b of cuts(below, false, frameAt)) {
        if (a + b === 0) continue
        const span = [...above.slice(above.length - a), i, ...below.slice(0, b)]
        for (const frame of [false, true]) {
          const taken = frame ? span : span.filter((k) => k === i || !frameAt(k))
          if (frame && taken.length === span.filter((k) => k === i || !frameAt(k)).length) continue
          if (taken.some((k) => k !== i && !this.pieceAt(k))) continue
          // Joined by hand: Array.prototype.flat is slow in V8.
          let own = ''
          let all = ''
          for (const k of taken) {
            const q = k === i ? p : this.#parts[k]!
            all += q.text
            own += q.own
          }
          const key = rowNamed(own) ?? rowNamed(all)
          if (!key) continue
          names.add(key)
          if (!best || taken.length < best.length) best = taken
        }
      }
    }
    return best && names.size === 1 ? best : undefined
  }

  /**
   * The row joined from lines `best`: the label as one cell spanning its pieces; the group
   * title's pieces go before the row on a line of their own (one cell when together they are the
   * title), so none is lost. The piece lines are consumed.
   */
  joinedLines(i: number, p: Parts, best: number[]): SourceLine[] {
    const index = this.index
    const own: Word[] = []
    const group: Word[] = []
    for (const k of best) {
      const split = ownWords(k === i ? p.label : this.#parts[k]!.label)
      for (const w of split.own) own.push(w)
      for (const w of split.group) group.push(w)
      if (k !== i) this.#consumed.add(k)
    }
    const span = (words: Word[]): Position => ({ start: wordPosition(words[0]!, index).start, end: wordPosition(words[words.length - 1]!, index).end })
    const label: SourceCell = { text: textOf(own), position: span(own) }
    const figures: SourceCell[] = p.figures.map((w) => ({ text: w.text, position: wordPosition(w, index) }))
    const out: SourceLine[] = []
    if (group.length > 0) {
      const whole = isRowGroupTitle(normalizeLabel(textOf(group)))
      const groupCells = whole ? [{ text: textOf(group), position: span(group) }] : group.map((w) => ({ text: w.text, position: wordPosition(w, index) }))
      out.push({ cells: groupCells, position: { start: groupCells[0]!.position.start, end: groupCells[groupCells.length - 1]!.position.end } })
    }
    out.push({ cells: [label, ...figures], position: { start: label.position.start, end: figures[figures.length - 1]!.position.end } })
    return out
  }
}

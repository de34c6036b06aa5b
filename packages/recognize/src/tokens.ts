import type { Position } from '@gai/model'
import type { SourceCell, SourceDocument } from './document.ts'
import type { LabelEntry } from './labels.ts'
import { approximateLabel, lookupLabel, scanLabels } from './labels.ts'
import { normalizeLabel, normalizeWithMap, parseValue, plainDigits, stripMarker } from './normalize.ts'
import type { ParsedValue } from './normalize.ts'
import type { LineIndex } from './position.ts'
import { Span, atOf, endOf, startOf } from './span.ts'

/**
 * The document as one stream of tokens in reading order: labels the templates know, values,
 * and other text. Every token keeps its range in the input and the line (row) it came from.
 */
export type Token = LabelToken | ValueToken | TextToken

interface TokenBase {
  /** The text as found. */
  raw: string
  position: Position
  /** Where the token starts and ends in the input (its position's offsets, without making it). */
  readonly startOffset: number
  readonly endOffset: number
  /** Index of the document line (table row) the token came from, and of the cell in it. */
  line: number
  cell: number
  /** The token's index in the stream (-1 for one made up by the walk, in no stream). */
  index: number
}

export interface LabelToken extends TokenBase {
  type: 'label'
  text: string
  marker: string
  entries: LabelEntry[]
  /** The label filled its whole cell (as opposed to being found inside flattened text). */
  whole: boolean
  /** Set when the cell named the label only approximately (a typo): the label taken. */
  approximate: string | undefined
}

export interface ValueToken extends TokenBase {
  type: 'value'
  value: ParsedValue
  /** A value cut from flattened text: may hold several cells whose digits ran together. */
  run: boolean
}

export interface TextToken extends TokenBase {
  type: 'text'
}

/** Where a token is: a cell, another token, or a range of the input made into a span. */
type Placed = { position: Position }

// Every token of a kind has all its fields from the start, in one order: tokens of one shape keep
// the walk's property reads fast, where fields added later would give each a shape of its own. A
// token's position is its span's, made only when read. The classes are prototypes only: tokens
// are object literals, which V8 makes in the old generation from the start (see Span).
class Tok extends Span {
  declare index: number
  declare raw: string
  declare line: number
  declare cell: number
}

class ValueTok extends Tok implements ValueToken {
  declare value: ParsedValue
  declare run: boolean
  // A getter, on the prototype: a field would be 8 bytes on each of millions of tokens.
  get type(): 'value' {
    return 'value'
  }
}

class TextTok extends Tok implements TextToken {
  get type(): 'text' {
    return 'text'
  }
}

class LabelTok extends Tok implements LabelToken {
  declare text: string
  declare marker: string
  declare entries: LabelEntry[]
  declare whole: boolean
  declare approximate: string | undefined
  get type(): 'label' {
    return 'label'
  }
}

export function valueToken(raw: string, at: Placed, value: ParsedValue, run: boolean, line: number, cell: number): ValueToken {
  return { __proto__: ValueTok.prototype, _at: atOf(at), _from: startOf(at), _to: endOf(at), index: -1, raw, line, cell, value, run } as unknown as ValueTok
}

export function textToken(raw: string, at: Placed, line: number, cell: number): TextToken {
  return { __proto__: TextTok.prototype, _at: atOf(at), _from: startOf(at), _to: endOf(at), index: -1, raw, line, cell } as unknown as TextTok
}

export function labelToken(
  raw: string,
  at: Placed,
  line: number,
  cell: number,
  label: { text: string; marker: string; entries: LabelEntry[] },
  whole: boolean,
  approximate?: string,
): LabelToken {
  const { text, marker, entries } = label
  return { __proto__: LabelTok.prototype, _at: atOf(at), _from: startOf(at), _to: endOf(at), index: -1, raw, line, cell, text, marker, entries, whole, approximate } as unknown as LabelTok
}

/** The document's tokens; `index` is the line index of `doc.text`, for positions inside cells. */
export function tokenize(doc: SourceDocument, index: LineIndex): Token[] {
  const tokens: Token[] = []
  for (let li = 0; li < doc.lines.length; li++) {
    const cells = doc.lines[li]!.cells
    for (let ci = 0; ci < cells.length; ci++) {
      const cell = cells[ci]!
      // Word tables sometimes give a row's numbering a cell of its own (`2.` | `其他法律…`): it is
      // the numbering of the label in the next cell, not a value of the row.
      const next = cells[ci + 1]
      const t = cell.text
      const end = t.charCodeAt(t.length - 1)
      // Numbering ends in 、 . ． ) or ）: a glance at the last character turns most cells away.
      if (next && t.length >= 2 && t.length <= 4 && (end === 0x3001 || end === 46 || end === 0xff0e || end === 41 || end === 0xff09) && markerCell.test(t)) {
        const before = tokens.length
        cellTokens(next, li, ci + 1, index, tokens)
        const label = tokens[before]
        if (label && label.type === 'label' && label.whole && label.marker === '' && tokens.length === before + 1) {
          label.marker = normalizeLabel(cell.text)
          label.raw = `${cell.text}${label.raw}`
          label.position = { start: cell.position.start, end: label.position.end }
          ci++
          continue
        }
        tokens.length = before
      }
      cellTokens(cell, li, ci, index, tokens)
    }
  }
  // Numbered once the stream is final: a numbering cell may take back the tokens of its label's.
  for (let k = 0; k < tokens.length; k++) tokens[k]!.index = k
  return tokens
}

const markerCell = /^(?:[一二三四五六七八九十]{1,2}[、.．]|[（(][一二三四五六七八九十]{1,2}[)）]|\d{1,2}[.、．])$/

interface WholeLabel {
  text: string
  marker: string
  entries: LabelEntry[]
  approximate?: boolean
}

// Label cells repeat from report to report (规章, 信息内容, 一、本年新收…): what a short cell's
// text names is remembered, within a bound, so a batch does not normalise the same label again.
const wholeCache = new Map<string, WholeLabel | null>()

/** The label a cell's whole text names, if it names one. */
function wholeLabel(raw: string): WholeLabel | undefined {
  if (raw.length > 60) return undefined
  const hit = wholeCache.get(raw)
  if (hit !== undefined) return hit ?? undefined
  const compact = normalizeLabel(raw)
  const bare = stripMarker(compact)
  const marker = compact.slice(0, compact.length - bare.length)
  // No row or section is numbered with two digits: `04.保护第三方…` is a figure 0 run into `4.`,
  // which the scan of the cell parts.
  if (/^\d{2}/.test(marker)) return undefined
  const entries = lookupLabel(bare)
  let found: WholeLabel | null = entries.length > 0 ? { text: bare, marker, entries } : null
  if (!found) {
    const near = approximateLabel(bare)
    if (near) found = { text: near.text, marker, entries: near.entries, approximate: true }
  }
  if (wholeCache.size >= 4096) wholeCache.clear()
  wholeCache.set(raw, found)
  return found ?? undefined
}

// A sentence of prose: long, with few figures and no section heading inside. Labels in it are
// words of the sentence, so it stays one text token. A flattened table is full of figures, and a
// heading run into its first paragraph (`二、主动公开…本年度…`), or into the figures before it
// (`…总计000 00五、存在的…`), is still looked for.
const headingInside = /(?:^|[。；！？\s\d])\s*[一二三四五六七八九十]{1,2}[、.．]/

function isProse(text: string): boolean {
  // Labels never end a sentence; prose does. A text longer than the longest labels (40
  // characters) with a sentence's end inside, or a shorter one that ends as a sentence does.
  const last = text.charCodeAt(text.length - 1)
  if (text.length <= 40 ? text.length < 8 || (last !== 0x3002 && last !== 0xff1b) : !(text.includes('。') || text.includes('；'))) return false
  let digits = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if ((c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19)) if (++digits >= 40) return false
  }
  return !headingInside.test(text)
}

const spacedFigures = /[\d\uff10-\uff19][\s\u3000]+[\d\uff10-\uff19]/

function cellTokens(cell: SourceCell, line: number, ci: number, index: LineIndex, out: Token[]): void {
  const raw = cell.text
  // The common cells first: empty, plain digits, a label seen before, a sentence.
  if (raw === '' || plainDigits(raw)) {
    out.push(valueToken(raw, cell, parseValue(raw), false, line, ci))
    return
  }
  const known = wholeLabel(raw)
  if (known) {
    out.push(labelToken(raw, cell, line, ci, known, true, known.approximate ? known.text : undefined))
    return
  }
  const value = parseValue(raw)
  // Figures parted by spaces (`27 0 0 2 0 1 30`, as `pdftotext` sets a row's cells) are that many
  // values, never one number: they are cut apart below like figures between labels.
  if (value.kind !== 'text' && !spacedFigures.test(raw)) {
    out.push(valueToken(raw, cell, value, false, line, ci))
    return
  }
  if (isProse(raw)) {
    out.push(textToken(raw, cell, line, ci))
    return
  }
  splitCell(cell, line, ci, index, out)
}

/**
 * A cell that is neither one value nor one known label: the labels inside it, the figures
 * between them and the text left over, each a token with its own range. (A function of its
 * own: the closures here would otherwise be allocated for every cell, however common.)
 */
function splitCell(cell: SourceCell, line: number, ci: number, index: LineIndex, out: Token[]): void {
  const { text, map } = normalizeWithMap(cell.text)
  // Positions inside a cell are exact only when the cell's text is a slice of the input.
  const start = startOf(cell)
  const exact = endOf(cell) - start === cell.text.length
  const range = (from: number, to: number): Placed => {
    if (!exact) return cell
    const s = start + map[from]!
    const e = start + (to > from ? map[to - 1]! + 1 : map[from]!)
    return new Span(index, s, e)
  }
  const slice = (from: number, to: number) => (exact ? cell.text.slice(map[from]!, to > from ? map[to - 1]! + 1 : map[from]!) : text.slice(from, to))
  let at = 0
  const gap = (to: number) => {
    if (to <= at) return
    const seg = text.slice(at, to)
    if (seg.trim() === '') return
    // Figures between two labels, possibly followed by a stray remnant (`0000000三` before
    // `三、本年度办理结果` written twice): each space-separated group of figures is one value
    // or a run of several.
    let fig = /^[\s\d.,/\-—元万]*/.exec(seg)![0]
    // Numbering run into the text after it (`0 0 2.申请人逾期…`, a label broken before its end):
    // `2.` opens that text and is no figure.
    const numbering = /(?:^|\s)(\d{1,2}[.、])$/.exec(fig)
    if (numbering && fig.length < seg.length && !/\s/.test(seg[fig.length]!)) fig = fig.slice(0, fig.length - numbering[1]!.length)
    const figEnd = fig.trim() === '' ? 0 : fig.length
    if (figEnd > 0) {
      const re = /\S+/g
      const figs = seg.slice(0, figEnd)
      for (let m = re.exec(figs); m; m = re.exec(figs)) {
        // Commas alone (`规章,,,` of a table saved as CSV) part cells; they hold no value.
        if (/^,+$/.test(m[0])) continue
        const from = at + m.index
        const to2 = from + m[0].length
        const v = parseValue(m[0])
        out.push(valueToken(slice(from, to2), range(from, to2), v, true, line, ci))
      }
      if (seg.slice(figEnd).trim() === '') return
      at += figEnd
    }
    const seg2 = text.slice(at, to)
    const lead = seg2.length - seg2.trimStart().length
    const trail = seg2.length - seg2.trimEnd().length
    out.push(textToken(slice(at + lead, to - trail), range(at + lead, to - trail), line, ci))
  }
  for (const m of scanLabels(text)) {
    gap(m.start)
    out.push(labelToken(slice(m.start, m.end), range(m.start, m.end), line, ci, m, false))
    at = m.end
  }
  gap(text.length)
}

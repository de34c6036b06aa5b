import type { Position } from '@gai/model'
import type { SourceCell, SourceDocument } from './document.ts'
import type { LabelEntry } from './labels.ts'
import { lookupLabel, scanLabels } from './labels.ts'
import { normalizeWithMap, parseValue, stripMarker } from './normalize.ts'
import type { ParsedValue } from './normalize.ts'
import { LineIndex } from './position.ts'

/**
 * The document as one stream of tokens in reading order: labels the templates know, values,
 * and other text. Every token keeps its range in the input and the line (row) it came from.
 */
export type Token = LabelToken | ValueToken | TextToken

interface TokenBase {
  /** The text as found. */
  raw: string
  position: Position
  /** Index of the document line (table row) the token came from, and of the cell in it. */
  line: number
  cell: number
  /** Set once a table has used the token; what is left over is prose. */
  used?: boolean
}

export interface LabelToken extends TokenBase {
  type: 'label'
  text: string
  marker: string
  entries: LabelEntry[]
  /** The label filled its whole cell (as opposed to being found inside flattened text). */
  whole: boolean
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


export function tokenize(doc: SourceDocument): Token[] {
  const index = new LineIndex(doc.text)
  const tokens: Token[] = []
  doc.lines.forEach((line, li) => {
    line.cells.forEach((cell, ci) => cellTokens(cell, li, ci, index, tokens))
  })
  return tokens
}

function cellTokens(cell: SourceCell, line: number, ci: number, index: LineIndex, out: Token[]): void {
  const value = parseValue(cell.text)
  if (value.kind !== 'text') {
    out.push({ type: 'value', raw: cell.text, position: cell.position, value, run: false, line, cell: ci })
    return
  }
  const { text, map } = normalizeWithMap(cell.text)
  const compact = text.length > 80 ? text : text.includes(' ') ? text.replace(/ /g, '') : text
  const bare = compact.length > 80 ? compact : stripMarker(compact)
  const whole = bare.length <= 60 ? lookupLabel(bare) : []
  if (whole.length > 0) {
    const marker = compact.slice(0, compact.length - bare.length)
    out.push({ type: 'label', raw: cell.text, position: cell.position, text: bare, marker, entries: whole, whole: true, line, cell: ci })
    return
  }
  // Positions inside a cell are exact only when the cell's text is a slice of the input.
  const exact = cell.position.end.offset - cell.position.start.offset === cell.text.length
  const range = (from: number, to: number): Position => {
    if (!exact) return cell.position
    const s = cell.position.start.offset + map[from]!
    const e = cell.position.start.offset + (to > from ? map[to - 1]! + 1 : map[from]!)
    return index.position(s, e)
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
    const fig = /^[\s\d.,/\-—元万]*/.exec(seg)![0]
    const figEnd = fig.trim() === '' ? 0 : fig.length
    if (figEnd > 0) {
      const re = /\S+/g
      const figs = seg.slice(0, figEnd)
      for (let m = re.exec(figs); m; m = re.exec(figs)) {
        const from = at + m.index
        const to2 = from + m[0].length
        const v = parseValue(m[0])
        out.push({
          type: 'value',
          raw: slice(from, to2),
          position: range(from, to2),
          value: v.kind === 'text' ? { kind: 'text' } : v,
          run: true,
          line,
          cell: ci,
        })
      }
      if (seg.slice(figEnd).trim() === '') return
      at += figEnd
    }
    const seg2 = text.slice(at, to)
    const lead = seg2.length - seg2.trimStart().length
    const trail = seg2.length - seg2.trimEnd().length
    out.push({ type: 'text', raw: slice(at + lead, to - trail), position: range(at + lead, to - trail), line, cell: ci })
  }
  for (const m of scanLabels(text)) {
    gap(m.start)
    out.push({
      type: 'label',
      raw: slice(m.start, m.end),
      position: range(m.start, m.end),
      text: m.text,
      marker: m.marker,
      entries: m.entries,
      whole: false,
      line,
      cell: ci,
    })
    at = m.end
  }
  gap(text.length)
}

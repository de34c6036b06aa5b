import { LineIndex, isSpaceCode as isSpace, endOf, lineBreak, lookupLabel, mendLabels, normalizeLabel, parseValue, plainDigits, spanCell, spanLine, startOf, stripMarker } from '@gai/recognize'
import type { SourceCell, SourceDocument, SourceLine } from '@gai/recognize'
import { csvTableFields } from './csv.ts'

interface RawLine {
  text: string
  start: number
  /** 1-based line number: an empty line read as an empty cell is placed by it. */
  number?: number
}

/**
 * The lines of a text, broken where `LineIndex` breaks them (see lineBreak), each made when asked
 * for: a text of millions of lines would otherwise keep millions of objects through the read.
 */
class Lines {
  readonly length: number
  readonly #crlf: boolean

  constructor(
    readonly text: string,
    readonly index: LineIndex,
  ) {
    this.length = index.lineCount
    this.#crlf = lineBreak(text) === '\n'
  }

  at(i: number): RawLine | undefined {
    if (i < 0 || i >= this.length) return undefined
    const start = this.index.startOfLine(i + 1)
    // The next line starts one past this one's break.
    const end = i + 1 < this.length ? this.index.startOfLine(i + 2) - 1 : this.text.length
    // `\r\n`: the `\r` is part of the break, not of the line.
    const lineEnd = this.#crlf && end > start && this.text.charCodeAt(end - 1) === 13 ? end - 1 : end
    return { text: this.text.slice(start, lineEnd), start, number: i + 1 }
  }
}

// Whether a line is all space (as `trim` has it). Most lines are not: answering that without a
// trimmed copy of every line matters on long inputs.
function isBlank(t: string): boolean {
  for (let i = 0; i < t.length; i++) if (!isSpace(t.charCodeAt(i))) return false
  return true
}

/** A cell of the text between `from` and `to` on a line, trimmed, with its exact range. */
function cellAt(line: RawLine, from: number, to: number, index: LineIndex): SourceCell {
  const t = line.text
  let a = from
  let b = to
  while (a < b && isSpace(t.charCodeAt(a))) a++
  while (b > a && isSpace(t.charCodeAt(b - 1))) b--
  // An empty cell stands where its span began, as the text of the line had it.
  if (a === b) a = b = from
  const text = a === from && b === to ? (from === 0 && to === t.length ? t : t.slice(from, to)) : t.slice(a, b)
  return spanCell(text, index, line.start + a, line.start + b)
}

const markdownRule = /^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)+\|?\s*$/
const headingLike = /^\s*(#+\s*)?[一二三四五六七八九十]+[、.．]/

/** Cells of one line split on `sep`, each with its range in the input. */
function splitCells(line: RawLine, sep: RegExp | '\t' | '|' | undefined, index: LineIndex): SourceCell[] {
  const cells: SourceCell[] = []
  let at = 0
  if (typeof sep === 'string') {
    // One separator character, found by a pass over the codes rather than an indexOf per cell.
    const code = sep.charCodeAt(0)
    const t = line.text
    for (let i = 0; i < t.length; i++) {
      if (t.charCodeAt(i) !== code) continue
      cells.push(cellAt(line, at, i, index))
      at = i + 1
    }
  } else if (sep) {
    sep.lastIndex = 0
    for (let m = sep.exec(line.text); m; m = sep.exec(line.text)) {
      if (m[0] === '') break
      cells.push(cellAt(line, at, m.index, index))
      at = m.index + m[0].length
    }
  }
  cells.push(cellAt(line, at, line.text.length, index))
  return cells
}

/**
 * A Markdown table row of two columns without its border pipes (`行政许可 | 5`, as GFM allows):
 * text on both sides of the one pipe, the second a cell's worth (short, no sentence in it).
 */
function twoCells(t: string, pipe: number): boolean {
  const right = t.slice(pipe + 1).trim()
  return right !== '' && right.length <= 40 && !/[，。；]/.test(right) && t.slice(0, pipe).trim() !== ''
}

/** Whether a cell's text names a label of the templates, numbering aside. */
const namesLabel = (cell: string): boolean => lookupLabel(stripMarker(normalizeLabel(cell))).length > 0

function cellsOf(line: RawLine, index: LineIndex): SourceCell[] | undefined {
  const t = line.text
  if (isBlank(t)) return undefined
  if (t.includes('-') && markdownRule.test(t)) return undefined
  if (t.includes('\t')) return splitCells(line, '\t', index)
  const pipe = t.indexOf('|')
  if (pipe >= 0 && (t.indexOf('|', pipe + 1) >= 0 || twoCells(t, pipe))) {
    const cells = splitCells(line, '|', index)
    // The border pipes of `| a | b |` make an empty first and last cell that are not cells.
    let a = 0
    while (a < t.length && isSpace(t.charCodeAt(a))) a++
    let b = t.length - 1
    while (b >= 0 && isSpace(t.charCodeAt(b))) b--
    if (t.charCodeAt(a) === 124) cells.shift()
    if (t.charCodeAt(b) === 124) cells.pop()
    return cells
  }
  // A table saved as CSV: fields parted by commas (a field with a comma of its own quoted), where
  // the line reads as a row of one.
  if (t.includes(',')) {
    const fields = csvTableFields(t, namesLabel)
    if (fields) return fields.map((f) => cellAt(line, f.from, f.to, index))
  }
  // `pdftotext -layout` aligns columns with runs of spaces; prose uses single spaces.
  if (t.includes('  ') && /\S {2,}\S/.test(t)) {
    // Indentation and trailing spaces make an empty first or last cell that is no cell.
    const cells = splitCells(line, / {2,}/g, index)
    if (cells.length > 1 && cells[0]!.text === '') cells.shift()
    if (cells.length > 1 && cells[cells.length - 1]!.text === '') cells.pop()
    return cells
  }
  return markdownProse(splitCells(line, undefined, index), index)
}

/**
 * A prose line of Markdown without its markup: `## ` before a heading and `**` around bold
 * text are how converters mark what Word showed as a heading or in bold.
 */
function markdownProse(cells: SourceCell[], index: LineIndex): SourceCell[] {
  const cell = cells[0]
  if (!cell) return cells
  const c0 = cell.text.charCodeAt(0)
  // Only `#`, `*` and `_` open Markdown markup; a line that opens with neither and does not end
  // in `*`/`_` has none.
  const cz = cell.text.charCodeAt(cell.text.length - 1)
  if (c0 !== 35 && c0 !== 42 && c0 !== 95 && cz !== 42 && cz !== 95) return cells
  const m = /^(#{1,6}\s+|\*\*|__)?(.*?)(\*\*|__)?$/.exec(cell.text)
  if (!m || (!m[1] && !m[3])) return cells
  const text = m[2]!.replace(/^\*\*|\*\*$/g, '')
  const from = cell.position.start.offset + cell.text.indexOf(text)
  return [{ text, position: index.position(from, from + text.length) }]
}

// Page numbers a PDF prints at the foot of each page: `— 3 —`, `第 3 页 共 9 页`, `3 / 9`,
// `Page 3 of 9`. A table broken over pages has them between its rows, where they are no text of
// the report; a bare `3` is never taken for one, since it may be a cell.
const pageFurniture = /^(?:[-—–－]+\s*\d{1,4}\s*[-—–－]+|第\s*\d{1,4}\s*页(?:\s*[,，、]?\s*共\s*\d{1,4}\s*页)?|共\s*\d{1,4}\s*页\s*[,，、]?\s*第\s*\d{1,4}\s*页|\d{1,4}\s*\/\s*\d{1,4}|page\s*\d{1,4}(?:\s*of\s*\d{1,4})?)$/i

function isPageFurniture(text: string): boolean {
  if (text.length > 24 || text.length < 3 || text.includes('\t')) return false
  // Only a dash, 第, 共, a digit or `page` opens one: most lines are turned away by a glance.
  let i = 0
  while (i < text.length && isSpace(text.charCodeAt(i))) i++
  const c = text.charCodeAt(i)
  if (!(c === 0x2d || c === 0x2014 || c === 0x2013 || c === 0xff0d || c === 0x7b2c || c === 0x5171 || (c >= 48 && c <= 57) || c === 80 || c === 112)) return false
  const t = text.trim()
  return t.length >= 3 && pageFurniture.test(t)
}

function isContinuation(line: RawLine, previous: SourceCell | undefined): boolean {
  // A cell of its own (`\tcell`) goes on nothing: the common case, answered before any copy.
  if (!previous || line.text.charCodeAt(0) === 9) return false
  const t = line.text.trim()
  if (t === '') return false
  if (t.length > 8 || headingLike.test(t) || /^[\d.,\s]+$/.test(t)) return false
  return /^[\u4e00-\u9fff（）()、“”]/.test(t) && !/^[\d.,\s]*$/.test(previous.text)
}

/** A line that is one number: a glance at its first character, then the value. */
function figureLine(line: RawLine): boolean {
  const t = line.text
  // A figure is short; prose that opens with a year (`2024年，…`) is not read as one.
  if (t.length > 24) return false
  let k = 0
  while (k < t.length && isSpace(t.charCodeAt(k))) k++
  const c = t.charCodeAt(k)
  // A number, half or full width: a blank marker (`无`) is as often a paragraph of its own.
  if (!((c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19))) return false
  // One number: `0 0 0` is a row of figures, however parseValue would read it.
  const v = t.trim()
  if (plainDigits(v)) return true
  return !/\s/.test(v) && parseValue(v).kind === 'number'
}

/** A line that may be one cell of a table written one cell per line: short, one cell, no sentence. */
function isCellLine(line: RawLine | undefined): boolean {
  if (!line) return false
  const t = line.text.trim()
  return t.length > 0 && t.length <= 40 && !/[\t|。；]| {2}/.test(t)
}

/**
 * Word's and LibreOffice's plain-text export, and scrapers that print a table cell by cell, write
 * one cell per line and an empty cell as an empty line: the number of empty lines is what keeps
 * the cells after them in their columns. Other text parts its lines with empty lines (`pdftotext`
 * puts one after every cell). Which kind a text is shows in its numbers: in the first kind a
 * number alone on its line is mostly followed by another cell, in the second by an empty line.
 */
function emptyLinesAreCells(raw: Lines): boolean {
  let dense = 0
  let sparse = 0
  for (let i = 0; i + 1 < raw.length; i++) {
    const line = raw.at(i)!
    if (!figureLine(line) || !isCellLine(line)) continue
    const next = raw.at(i + 1)!
    if (isBlank(next.text)) sparse++
    else if (isCellLine(next)) dense++
  }
  return dense >= 4 && dense > 2 * sparse
}

/**
 * How many empty cells the empty lines from line `i` on stand for (0 for none): in text whose
 * empty lines are cells, a run of them between two cell lines with a number on one side. Between
 * two labels (`行政许可`, empty line, `本年处理决定数量`) an empty line is still the page's spacing.
 */
function blankCells(raw: Lines, i: number): number {
  let j = i
  // No further than one past the longest run that counts: a page of empty lines stays linear.
  while (j < raw.length && j - i <= 15 && isBlank(raw.at(j)!.text)) j++
  const run = j - i
  if (run === 0 || run > 15 || i < 1 || j >= raw.length) return 0
  const before = raw.at(i - 1)!
  const after = raw.at(j)!
  if (!figureLine(before) && !figureLine(after)) return 0
  return isCellLine(before) && isCellLine(after) ? run : 0
}

/**
 * Split text into lines of cells, whatever way the tables lost their shape: tabs, pipes
 * (Markdown included), runs of spaces, or one cell per line (`\tcell`) with an empty line
 * between rows and labels broken over several lines. Prose lines are one cell each. A line
 * that holds a whole flattened page stays one cell; the core splits it at the labels.
 */
export function textToDocument(text: string, source = 'input'): SourceDocument {
  const index = new LineIndex(text)
  const raw = new Lines(text, index)
  const lines: SourceLine[] = []
  // The cells of a table written one cell a line (`\tcell`) that make one row.
  let group: { cells: SourceCell[] } | undefined
  const close = () => {
    if (group) lines.push(spanLine(group.cells, index, startOf(group.cells[0]!), endOf(group.cells[group.cells.length - 1]!)))
    group = undefined
  }
  // Whether the text's empty lines are empty cells: worked out at its first empty line.
  let cellsInEmptyLines: boolean | undefined
  // Where the run of empty lines being passed ends: found once per run, not once per line.
  let blankEnd = 0
  for (let i = 0; i < raw.length; i++) {
    const line = raw.at(i)!
    if (isPageFurniture(line.text)) continue
    if (line.text.charCodeAt(0) === 9 && line.text.indexOf('\t', 1) === -1) {
      const cell = cellAt(line, 1, line.text.length, index)
      if (!group) group = { cells: [] }
      group.cells.push(cell)
      continue
    }
    if (group) {
      const last = group.cells[group.cells.length - 1]
      if (isBlank(line.text)) {
        // An empty line ends the row unless a broken label goes on after it (`自` `` `然`).
        let j = Math.max(i + 1, blankEnd)
        while (j < raw.length && isBlank(raw.at(j)!.text)) j++
        blankEnd = j
        const next = raw.at(j)
        if (next && isContinuation(next, last) && last && last.text !== '') continue
        close()
        continue
      }
      if (last && isContinuation(line, last)) {
        const t = line.text.trim()
        const from = line.start + line.text.indexOf(t)
        last.text += t
        last.position = { start: last.position.start, end: index.point(from + t.length) }
        continue
      }
      close()
    }
    const cells = cellsOf(line, index)
    if (!cells) {
      // The local look first: most empty lines have no number alone beside them, and the text
      // is then never weighed as a whole.
      let run = blankCells(raw, i)
      if (run > 0 && !(cellsInEmptyLines ??= emptyLinesAreCells(raw))) run = 0
      for (let k = 0; k < run; k++) {
        const at = raw.at(i + k)!
        const point = { line: at.number!, column: 1, offset: at.start }
        lines.push({ cells: [{ text: '', position: { start: point, end: point } }], position: { start: point, end: point } })
      }
      if (run > 0) i += run - 1
      continue
    }
    lines.push(spanLine(cells, index, line.start, line.start + line.text.length))
  }
  close()
  return { source, text, lines: mendLabels(lines, text, index) }
}

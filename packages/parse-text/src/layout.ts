import type { SourceCell, SourceDocument, SourceLine } from './document.ts'
import { LineIndex } from './position.ts'

interface RawLine {
  text: string
  start: number
  /** 1-based line number, when known: cells of the line then need no search for it. */
  number?: number
}

function splitLines(text: string): RawLine[] {
  const out: RawLine[] = []
  let start = 0
  for (;;) {
    const nl = text.indexOf('\n', start)
    const end = nl === -1 ? text.length : nl
    const lineEnd = end > start && text[end - 1] === '\r' ? end - 1 : end
    out.push({ text: text.slice(start, lineEnd), start, number: out.length + 1 })
    if (nl === -1) break
    start = nl + 1
  }
  return out
}

const markdownRule = /^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)+\|?\s*$/
const oneCellLine = /^\t[^\t]*$/
const headingLike = /^\s*(#+\s*)?[一二三四五六七八九十]+[、.．]/

/** Cells of one line split on `sep`, each with its range in the input. */
function splitCells(line: RawLine, sep: RegExp | string | undefined, index: LineIndex): SourceCell[] {
  const cells: SourceCell[] = []
  let at = 0
  const push = (from: number, to: number) => {
    const raw = line.text.slice(from, to)
    const lead = raw.length - raw.trimStart().length
    const text = raw.trim()
    const s = line.start + from + (text ? lead : 0)
    const e = s + text.length
    const n = line.number
    cells.push({
      text,
      position:
        n === undefined
          ? index.position(s, e)
          : { start: { line: n, column: s - line.start + 1, offset: s }, end: { line: n, column: e - line.start + 1, offset: e } },
    })
  }
  if (typeof sep === 'string') {
    for (let i = line.text.indexOf(sep); i !== -1; i = line.text.indexOf(sep, at)) {
      push(at, i)
      at = i + 1
    }
  } else if (sep) {
    sep.lastIndex = 0
    for (let m = sep.exec(line.text); m; m = sep.exec(line.text)) {
      if (m[0] === '') break
      push(at, m.index)
      at = m.index + m[0].length
    }
  }
  push(at, line.text.length)
  return cells
}

function cellsOf(line: RawLine, index: LineIndex): SourceCell[] | undefined {
  const t = line.text
  if (t.trim() === '') return undefined
  if (markdownRule.test(t)) return undefined
  if (t.includes('\t')) return splitCells(line, '\t', index)
  const pipe = t.indexOf('|')
  if (pipe >= 0 && t.indexOf('|', pipe + 1) >= 0) {
    const cells = splitCells(line, '|', index)
    // The border pipes of `| a | b |` make an empty first and last cell that are not cells.
    if (/^\s*\|/.test(t)) cells.shift()
    if (/\|\s*$/.test(t)) cells.pop()
    return cells
  }
  // `pdftotext -layout` aligns columns with runs of spaces; prose uses single spaces.
  if (/\S {2,}\S/.test(t)) return splitCells(line, / {2,}/g, index)
  return markdownProse(splitCells(line, undefined, index), index)
}

/**
 * A prose line of Markdown without its markup: `## ` before a heading and `**` around bold
 * text are how converters mark what Word showed as a heading or in bold.
 */
function markdownProse(cells: SourceCell[], index: LineIndex): SourceCell[] {
  const cell = cells[0]
  if (!cell) return cells
  const m = /^(#{1,6}\s+|\*\*|__)?(.*?)(\*\*|__)?$/.exec(cell.text)
  if (!m || (!m[1] && !m[3])) return cells
  const text = m[2]!.replace(/^\*\*|\*\*$/g, '')
  const from = cell.position.start.offset + cell.text.indexOf(text)
  return [{ text, position: index.position(from, from + text.length) }]
}

function isContinuation(line: RawLine, previous: SourceCell | undefined): boolean {
  const t = line.text.trim()
  if (!previous || t === '' || line.text.startsWith('\t')) return false
  if (t.length > 8 || headingLike.test(t) || /^[\d.,\s]+$/.test(t)) return false
  return /^[\u4e00-\u9fff（）()、“”]/.test(t) && !/^[\d.,\s]*$/.test(previous.text)
}

/**
 * Split text into lines of cells, whatever way the tables lost their shape: tabs, pipes
 * (Markdown included), runs of spaces, or one cell per line (`\tcell`) with an empty line
 * between rows and labels broken over several lines. Prose lines are one cell each. A line
 * that holds a whole flattened page stays one cell; the core splits it at the labels.
 */
export function textToDocument(text: string, source = 'input'): SourceDocument {
  const index = LineIndex.of(text)
  const raw = splitLines(text)
  const lines: SourceLine[] = []
  let group: SourceLine | undefined
  const close = () => {
    if (group) lines.push(group)
    group = undefined
  }
  for (let i = 0; i < raw.length; i++) {
    const line = raw[i]!
    if (oneCellLine.test(line.text)) {
      const cell = splitCells({ text: line.text.slice(1), start: line.start + 1 }, undefined, index)[0]!
      if (!group) group = { cells: [], position: cell.position }
      group.cells.push(cell)
      group.position = { start: group.position.start, end: cell.position.end }
      continue
    }
    if (group) {
      const last = group.cells[group.cells.length - 1]
      if (line.text.trim() === '') {
        // An empty line ends the row unless a broken label goes on after it (`自` `` `然`).
        let j = i + 1
        while (j < raw.length && raw[j]!.text.trim() === '') j++
        const next = raw[j]
        if (next && isContinuation(next, last) && last && last.text !== '') continue
        close()
        continue
      }
      if (last && isContinuation(line, last)) {
        const t = line.text.trim()
        const from = line.start + line.text.indexOf(t)
        last.text += t
        last.position = { start: last.position.start, end: index.point(from + t.length) }
        group.position = { start: group.position.start, end: last.position.end }
        continue
      }
      close()
    }
    const cells = cellsOf(line, index)
    if (!cells) continue
    lines.push({ cells, position: index.position(line.start, line.start + line.text.length) })
  }
  close()
  return { source, text, lines }
}

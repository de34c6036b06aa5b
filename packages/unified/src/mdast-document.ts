import type { Nodes, Root, Table } from 'mdast'
import { htmlToDocument } from '@gai/parse-html'
import { LineIndex } from '@gai/recognize'
import type { SourceCell, SourceDocument, SourceLine } from '@gai/recognize'
import type { Position } from '@gai/model'

/** A row of a GFM table that held more cells than its header row: GFM drops the rest. */
export interface CutRow {
  /** The row's range in the source. */
  start: number
  end: number
  /** How many cells the source row has, and how many the table kept. */
  cells: number
  kept: number
}

export interface MdastDocument extends SourceDocument {
  cut: CutRow[]
}

/** A run of inline text with its range in the source; `end` is exclusive. */
interface Piece {
  text: string
  start: number
  end: number
}

// Nodes that hold blocks: read what they hold, in order.
const containers = new Set(['root', 'blockquote', 'list', 'listItem', 'footnoteDefinition'])
// Nodes that show nothing of a report.
const ignored = new Set(['thematicBreak', 'definition', 'yaml', 'toml'])
const fence = /^\s{0,3}(`{3,}|~{3,})/

const startOf = (n: Nodes) => n.position?.start.offset
const endOf = (n: Nodes) => n.position?.end.offset

/**
 * An mdast tree (after `remark-parse` and `remark-gfm`) as the core's document of lines: each
 * source line of a heading or paragraph one line of one cell, each row of each GFM table one line
 * of its cells (marked with the table's number), and the lines of code blocks and raw HTML as
 * lines of text, so that a table a converter put in a code block is read too. An HTML table (as
 * converters write tables with merged cells) is read by @gai/parse-html's walk, spans and all.
 * Ranges are the nodes' offsets into `text`, the source the tree was parsed from.
 */
export function mdastToDocument(tree: Root, options: { text: string; source?: string }): MdastDocument {
  const { text } = options
  const index = LineIndex.of(text)
  const lines: SourceLine[] = []
  const cut: CutRow[] = []
  let tables = 0
  const stack: Nodes[] = [tree]
  while (stack.length) {
    const n = stack.pop()!
    if (containers.has(n.type) && 'children' in n) {
      for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!)
    } else if (n.type === 'table') {
      readTable(n, tables++, text, index, lines, cut)
    } else if (n.type === 'html' && /<table[\s>]/i.test(n.value)) {
      tables = readHtml(n.value, startOf(n), text, index, lines, tables)
    } else if (n.type === 'heading' || n.type === 'paragraph') {
      for (const line of inlineLines(n)) lines.push(lineOf([{ ...line, text: line.text.trim() }], index))
    } else if (!ignored.has(n.type)) {
      // Code, raw HTML and whatever else a plugin added: its source lines as they are.
      for (const line of sourceLines(n, text)) lines.push(lineOf([line], index))
    }
  }
  return { source: options.source ?? 'input', text, lines: lines.filter((l) => l.cells.some((c) => c.text !== '')), cut }
}

function lineOf(cells: Piece[], index: LineIndex): SourceLine {
  const out: SourceCell[] = cells.map((c) => ({ text: c.text, position: index.position(c.start, c.end) }))
  return { cells: out, position: index.position(cells[0]!.start, cells[cells.length - 1]!.end) }
}

function readTable(table: Table, id: number, text: string, index: LineIndex, lines: SourceLine[], cut: CutRow[]) {
  const width = table.children[0]?.children.length ?? 0
  for (const row of table.children) {
    const cells = row.children.map((cell) => {
      const pieces = inlinePieces(cell)
      const start = pieces[0]?.start ?? startOf(cell) ?? 0
      const end = pieces[pieces.length - 1]?.end ?? endOf(cell) ?? start
      return { text: pieces.map((p) => p.text).join('').replace(/\s+/g, ' ').trim(), start, end }
    })
    const start = startOf(row)
    const end = endOf(row)
    if (start !== undefined && end !== undefined) {
      const count = cellsInSource(text.slice(start, end))
      if (count > width) cut.push({ start, end, cells: count, kept: width })
    }
    if (cells.length === 0) continue
    const line = lineOf(cells, index)
    if (start !== undefined && end !== undefined) line.position = index.position(start, end)
    line.table = id
    lines.push(line)
  }
}

/**
 * Raw HTML holding a table, read as parse-html reads a page: its rows with their spans, numbered
 * after the tables before it, its ranges moved to where the HTML stands in the Markdown. Returns
 * how many tables there are now.
 */
function readHtml(html: string, at: number | undefined, text: string, index: LineIndex, lines: SourceLine[], tables: number): number {
  // Ranges hold only when the node's value is its source as it stands (not inside a list or a quote).
  const base = at !== undefined && text.startsWith(html, at) ? at : undefined
  const move = (p: Position) => (base === undefined ? index.position(at ?? 0, at ?? 0) : index.position(p.start.offset + base, p.end.offset + base))
  let last = tables - 1
  for (const line of htmlToDocument(html).lines) {
    for (const cell of line.cells) cell.position = move(cell.position)
    line.position = move(line.position)
    if (line.table !== undefined) {
      line.table += tables
      last = Math.max(last, line.table)
    }
    lines.push(line)
  }
  return last + 1
}

/** How many cells a table row's source holds: its unescaped pipes, the outer ones apart. */
function cellsInSource(row: string): number {
  const t = row.trim()
  let pipes = 0
  for (let i = 0; i < t.length; i++) {
    if (t[i] === '\\') i++
    else if (t[i] === '|') pipes++
  }
  if (t.startsWith('|')) pipes--
  if (t.endsWith('|') && !t.endsWith('\\|') && t.length > 1) pipes--
  return pipes + 1
}

/** The inline text under a node, in pieces with their ranges; a hard break is a line break. */
function inlinePieces(node: Nodes): Piece[] {
  const pieces: Piece[] = []
  const stack: Nodes[] = [node]
  while (stack.length) {
    const n = stack.pop()!
    const start = startOf(n) ?? 0
    const end = endOf(n) ?? start
    if (n.type === 'text' || n.type === 'inlineCode') {
      // Offsets within a text node hold only when its source is its text (no escapes, no entities).
      if (end - start === n.value.length) pieces.push({ text: n.value, start, end })
      else for (const [i, part] of n.value.split('\n').entries()) pieces.push({ text: (i > 0 ? '\n' : '') + part, start, end })
    } else if (n.type === 'break') pieces.push({ text: '\n', start, end })
    else if (n.type === 'html') pieces.push({ text: /^<br\s*\/?>$/i.test(n.value) ? '\n' : '', start, end })
    else if (n.type === 'image' || n.type === 'imageReference') pieces.push({ text: n.alt ?? '', start, end })
    else if ('children' in n) for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!)
  }
  return pieces
}

/** A heading's or paragraph's text line by line, each line's range from its first to last character. */
function inlineLines(node: Nodes): Piece[] {
  const lines: Piece[] = []
  let current: Piece | undefined
  const close = () => {
    if (current) lines.push(current)
    current = undefined
  }
  for (const p of inlinePieces(node)) {
    const parts = p.text.split('\n')
    const exact = p.end - p.start === p.text.length
    let at = p.start
    parts.forEach((part, i) => {
      if (i > 0) {
        close()
        at += 1
      }
      if (part === '') return
      const start = exact ? at : p.start
      const end = exact ? at + part.length : p.end
      current = current ? { text: current.text + part, start: current.start, end } : { text: part, start, end }
      at += part.length
    })
  }
  close()
  return lines
}

/** A node's source, line by line with ranges; the fences of a code block left out. */
function sourceLines(node: Nodes, text: string): Piece[] {
  const start = startOf(node)
  const end = endOf(node)
  if (start === undefined || end === undefined) return 'value' in node && typeof node.value === 'string' && node.value.trim() ? [{ text: node.value.trim(), start: 0, end: 0 }] : []
  const out: Piece[] = []
  let at = start
  for (const line of text.slice(start, end).split('\n')) {
    const from = at
    at += line.length + 1
    const trimmed = line.replace(/\r$/, '')
    if (node.type === 'code' && fence.test(trimmed)) continue
    if (trimmed.trim() === '') continue
    out.push({ text: trimmed.trim(), start: from + (trimmed.length - trimmed.trimStart().length), end: from + trimmed.trimEnd().length })
  }
  return out
}

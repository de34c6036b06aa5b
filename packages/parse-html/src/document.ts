import { LineIndex, endOf, mendLabels, spanCell, spanLine, startOf } from '@gai/recognize'
import type { SourceCell, SourceDocument, SourceLine } from '@gai/recognize'
import type { HtmlTreeAdapter } from './adapter.ts'
import { parse5Adapter } from './adapter.ts'
import type { parseTree } from './adapter.ts'
import { buildLeanTree } from './builder.ts'
import { clampColSpan, clampRowSpan } from './grid.ts'
import { TextJoiner } from './join.ts'
import { leanAdapter } from './lean.ts'
import { LinkDensity } from './links.ts'
import { inReadingOrder, isPage, placementOf } from './positioned.ts'
import type { Placement } from './positioned.ts'

// Never shown, or never part of an article.
const skipped = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'canvas', 'select', 'button', 'input', 'textarea', 'nav', 'header', 'footer', 'aside', 'form', 'map'])
const blocks = new Set([
  'p', 'div', 'section', 'article', 'main', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'dl', 'dt', 'dd',
  'blockquote', 'pre', 'table', 'tr', 'td', 'th', 'br', 'hr', 'center', 'body', 'address', 'figure', 'figcaption', 'caption',
])
// Site chrome by the names sites give it: navigation, breadcrumbs, share buttons, footers.
const chrome = /(^|[-_\s])(nav|navbar|menu|footer|foot|header|breadcrumbs?|crumbs?|share|bdshare|sidebar|toolbar|topbar|copyright|position|location|dqwz|wzdh)([-_\s]|$)/i

const FLUSH = Symbol('flush')
/** The end of a positioned box: what it held becomes a line placed where the box is. */
class PlacedFlush {
  constructor(readonly placement: Placement) {}
}
// Fewer positioned boxes than this are a page's decoration, not a page made from a PDF.
const positionedPage = 8

/** What the walk over a page collects: its lines, and where each positioned box stood. */
interface PageLines {
  lines: SourceLine[]
  /** Lines from absolutely positioned boxes, with where each box stands on its page. */
  placed: Map<SourceLine, Placement>
}

/** The state of one walk: the tree's adapter, the source's line index, and what is being joined. */
interface Walk<N> extends PageLines {
  a: HtmlTreeAdapter<N>
  index: LineIndex
  /** Text of the block of prose being read, until a block boundary flushes it into a line. */
  prose: TextJoiner
  /** Text of the table cell being read. */
  cell: TextJoiner
  links: LinkDensity<N>
  /** Positioned pages seen so far (containers a PDF's boxes are placed on). */
  page: number
  tables: number
}

export interface TreeToDocumentOptions {
  /** The input's name, copied into every origin (default `input`). */
  source?: string
  /**
   * The source text the tree was parsed from: the tree's locations (`adapter.location`) are
   * offsets into it, and it becomes the document's `text`, which positions point into.
   */
  text: string
}

/**
 * A parsed page to a document of lines, through an {@link HtmlTreeAdapter} over whatever tree a
 * parser built (parse5's, hast from rehype-parse, a DOM): the `<title>`, each block of prose as
 * one line of one cell, each row of each data table as one line of its cells (spans as given,
 * clamped), with ranges into `options.text`. Navigation, footers, scripts and lists of links are
 * left out; a page of absolutely positioned boxes (made from a PDF) is read by their coordinates.
 */
export function treeToDocument<N>(tree: N, adapter: HtmlTreeAdapter<N>, options: TreeToDocumentOptions): SourceDocument {
  const text = options.text
  const page = walkPage(tree, adapter, text)
  return { source: options.source ?? 'input', text, lines: inOrder(page, text) }
}

/**
 * The page as a document of lines, as {@link treeToDocument} reads it. Without a tree the page is
 * parsed into a lean tree of its own; pass `adapter` and `tree` to read a tree another parser
 * built (parse5's with `parse5Adapter`, hast, a DOM).
 */
export function htmlToDocument<N = ReturnType<typeof parseTree>>(html: string, options: { source?: string; adapter?: HtmlTreeAdapter<N>; tree?: N } = {}): SourceDocument {
  const own = options.tree === undefined
  const adapter = (own ? leanAdapter : (options.adapter ?? parse5Adapter)) as HtmlTreeAdapter<N>
  const tree = own ? (buildLeanTree(html) as N) : options.tree!
  return treeToDocument(tree, adapter, { text: html, ...(options.source === undefined ? {} : { source: options.source }) })
}

// Pass 2: a page made from a PDF has its boxes read by their coordinates, and labels the PDF
// broke over lines mended as in text taken from a PDF. Any other page keeps document order.
function inOrder(page: PageLines, text: string): SourceLine[] {
  return page.placed.size >= positionedPage ? mendLabels(inReadingOrder(page.lines, page.placed), text) : page.lines
}

// Pass 1: the tree in document order to lines of prose and rows of tables.
function walkPage<N>(root: N, a: HtmlTreeAdapter<N>, text: string): PageLines {
  const w: Walk<N> = {
    a,
    index: LineIndex.of(text),
    lines: [],
    placed: new Map(),
    prose: new TextJoiner(),
    cell: new TextJoiner(),
    links: new LinkDensity(a, skipped),
    page: 0,
    tables: 0,
  }
  const stack: (N | typeof FLUSH | PlacedFlush)[] = [root]
  while (stack.length) {
    const n = stack.pop()!
    if (n === FLUSH) flush(w)
    else if (n instanceof PlacedFlush) flush(w, n.placement)
    else if (a.isText(n)) addText(w, w.prose, n)
    else if (!a.isElement(n)) pushChildren(stack, a.children(n)) // the document or a fragment; comments hold nothing shown
    else visitElement(w, n, stack)
  }
  flush(w)
  return { lines: w.lines, placed: w.placed }
}

// Children go on the stack, not into a call: markup nested ten thousand deep must not overflow
// the call stack.
function pushChildren<N>(stack: unknown[], kids: readonly N[]) {
  for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!)
}

function visitElement<N>(w: Walk<N>, n: N, stack: (N | typeof FLUSH | PlacedFlush)[]) {
  const { a } = w
  const tag = a.tagName(n)
  if (tag === 'head') return readTitle(w, n)
  if (isChrome(a, n, tag) || w.links.dense(n, tag)) return
  if (tag === 'table') {
    flush(w)
    const rows = rowsOf(a, n)
    // A table whose cells hold tables is a layout table: its cells are containers to read, each
    // a block of its own.
    if (isLayout(a, rows)) {
      const cells: N[] = []
      for (const r of rows) for (const c of a.children(r)) if (a.isElement(c)) cells.push(c)
      for (let i = cells.length - 1; i >= 0; i--) stack.push(FLUSH, cells[i]!)
    } else readTable(w, rows)
    return
  }
  const style = a.attr(n, 'style')
  if (isPage(style, a.attr(n, 'class'))) w.page++
  // A box placed on the page is a line of its own, inline (`<span>`) or not.
  const placement = style !== undefined && style.includes('absolute') ? placementOf(style, w.page) : undefined
  if (placement) {
    flush(w)
    stack.push(new PlacedFlush(placement))
  } else if (blocks.has(tag)) {
    flush(w)
    stack.push(FLUSH)
  }
  pushChildren(stack, a.children(n))
}

/** What prose has been joined becomes a line (placed, for a positioned box). */
function flush<N>(w: Walk<N>, placement?: Placement) {
  const start = w.prose.start
  const end = w.prose.end
  const text = w.prose.take()
  if (text === '') return
  const line = spanLine([spanCell(text, w.index, start, end)], w.index, start, end)
  w.lines.push(line)
  if (placement) w.placed.set(line, placement)
}

function addText<N>(w: Walk<N>, j: TextJoiner, n: N) {
  const loc = w.a.location(n)
  j.text(w.a.text(n), loc?.start ?? 0, loc?.end ?? 0)
}

/** The `<title>` of `<head>` as a line of its own; nothing else in `<head>` is shown. */
function readTitle<N>(w: Walk<N>, head: N) {
  const { a } = w
  const title = a.children(head).find((k) => a.isElement(k) && a.tagName(k) === 'title')
  if (!title) return
  w.prose.take()
  readText(w, title, w.prose)
  flush(w)
}

/** All text under a node into a joiner, a space at each block; what is never shown left out. */
function readText<N>(w: Walk<N>, node: N, j: TextJoiner) {
  const { a } = w
  const stack: N[] = [node]
  while (stack.length) {
    const n = stack.pop()!
    if (a.isText(n)) {
      addText(w, j, n)
      continue
    }
    if (!a.isElement(n)) continue
    const tag = a.tagName(n)
    if (skipped.has(tag)) continue
    if (blocks.has(tag)) j.space()
    pushChildren(stack, a.children(n))
  }
}

function isChrome<N>(a: HtmlTreeAdapter<N>, n: N, tag: string): boolean {
  if (skipped.has(tag)) return true
  const id = a.attr(n, 'id')
  const cls = a.attr(n, 'class')
  if (id === undefined && cls === undefined) return false
  const name = `${id ?? ''} ${cls ?? ''}`
  return name.trim() !== '' && chrome.test(name)
}

/** A table's rows, those in `<thead>`, `<tbody>` and `<tfoot>` included; nested tables' not. */
function rowsOf<N>(a: HtmlTreeAdapter<N>, table: N): N[] {
  const rows: N[] = []
  for (const k of a.children(table)) {
    if (!a.isElement(k)) continue
    const tag = a.tagName(k)
    if (tag === 'tr') rows.push(k)
    else if (tag === 'thead' || tag === 'tbody' || tag === 'tfoot') for (const r of a.children(k)) if (a.isElement(r) && a.tagName(r) === 'tr') rows.push(r)
  }
  return rows
}

function isLayout<N>(a: HtmlTreeAdapter<N>, rows: N[]): boolean {
  for (const r of rows) for (const c of a.children(r)) if (a.isElement(c) && hasTable(a, c)) return true
  return false
}

function hasTable<N>(a: HtmlTreeAdapter<N>, n: N): boolean {
  const search: N[] = [...a.children(n)]
  while (search.length) {
    const m = search.pop()!
    if (!a.isElement(m)) continue
    if (a.tagName(m) === 'table') return true
    for (const k of a.children(m)) search.push(k)
  }
  return false
}

/** Each row of a data table as one line of its cells, spans clamped, marked with the table's number. */
function readTable<N>(w: Walk<N>, rows: N[]) {
  const { a, cell, index } = w
  const id = w.tables++
  for (const r of rows) {
    const cells: SourceCell[] = []
    for (const c of a.children(r)) {
      if (!a.isElement(c)) continue
      const tag = a.tagName(c)
      if (tag !== 'td' && tag !== 'th') continue
      readText(w, c, cell)
      // An empty cell is placed where its element is.
      const at = cell.start >= 0 ? { start: cell.start, end: cell.end } : (a.location(c) ?? { start: 0, end: 0 })
      const out = spanCell(cell.take(), index, at.start, at.end)
      const cs = clampColSpan(Number(a.attr(c, 'colspan') ?? 1))
      const rs = clampRowSpan(Number(a.attr(c, 'rowspan') ?? 1))
      if (cs > 1) out.colSpan = cs
      if (rs !== 1) out.rowSpan = rs
      cells.push(out)
    }
    if (cells.length === 0) continue
    const loc = a.location(r)
    w.lines.push(loc ? spanLine(cells, index, loc.start, loc.end, id) : spanLine(cells, index, startOf(cells[0]!), endOf(cells[0]!), id))
  }
}

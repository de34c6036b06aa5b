import { LineIndex, mendLabels } from '@gai/recognize'
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

/**
 * The page as a document of lines: the `<title>`, each block of prose as one line of one cell,
 * each row of each data table as one line of its cells (spans as given, clamped), with ranges
 * into the HTML source. Navigation, footers, scripts and lists of links are left out.
 *
 * Without a tree the page is parsed into a lean tree of its own; pass `adapter` and `tree` to read
 * a tree another parser built (parse5's with `parse5Adapter`, hast, a DOM).
 */
export function htmlToDocument<N = ReturnType<typeof parseTree>>(html: string, options: { source?: string; adapter?: HtmlTreeAdapter<N>; tree?: N } = {}): SourceDocument {
  const own = options.tree === undefined
  const a = (own ? leanAdapter : (options.adapter ?? parse5Adapter)) as HtmlTreeAdapter<N>
  const root = own ? (buildLeanTree(html) as N) : options.tree!
  const index = LineIndex.of(html)
  const lines: SourceLine[] = []
  let tableCount = 0
  const prose = new TextJoiner()

  const positionOf = (j: TextJoiner, fallback?: { start: number; end: number }) =>
    j.start >= 0 ? index.position(j.start, j.end) : fallback ? index.position(fallback.start, fallback.end) : index.position(0, 0)
  const addText = (j: TextJoiner, n: N) => {
    const loc = a.location(n)
    j.text(a.text(n), loc?.start ?? 0, loc?.end ?? 0)
  }
  // Lines from absolutely positioned boxes, with where each box stands, and the page count.
  const placed = new Map<SourceLine, Placement>()
  let page = 0
  const flush = (placement?: Placement) => {
    const start = prose.start
    const end = prose.end
    const text = prose.take()
    if (text !== '') {
      const position = index.position(start, end)
      const line: SourceLine = { cells: [{ text, position }], position }
      lines.push(line)
      if (placement) placed.set(line, placement)
    }
  }
  const readText = (node: N, j: TextJoiner) => {
    // Depth-first without recursion: hostile nesting must not overflow the stack.
    const stack: N[] = [node]
    while (stack.length) {
      const n = stack.pop()!
      if (a.isText(n)) {
        addText(j, n)
        continue
      }
      if (!a.isElement(n)) continue
      const tag = a.tagName(n)
      if (skipped.has(tag)) continue
      if (blocks.has(tag)) j.space()
      const kids = a.children(n)
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!)
    }
  }
  const isChrome = (n: N, tag: string) => {
    if (skipped.has(tag)) return true
    const id = a.attr(n, 'id')
    const cls = a.attr(n, 'class')
    if (id === undefined && cls === undefined) return false
    const name = `${id ?? ''} ${cls ?? ''}`
    return name.trim() !== '' && chrome.test(name)
  }
  const links = new LinkDensity(a, skipped)
  const search: N[] = []
  const hasTable = (n: N): boolean => {
    search.length = 0
    for (const k of a.children(n)) search.push(k)
    while (search.length) {
      const m = search.pop()!
      if (!a.isElement(m)) continue
      if (a.tagName(m) === 'table') return true
      for (const k of a.children(m)) search.push(k)
    }
    return false
  }
  const rowsOf = (table: N): N[] => {
    const rows: N[] = []
    for (const k of a.children(table)) {
      if (!a.isElement(k)) continue
      const tag = a.tagName(k)
      if (tag === 'tr') rows.push(k)
      else if (tag === 'thead' || tag === 'tbody' || tag === 'tfoot') for (const r of a.children(k)) if (a.isElement(r) && a.tagName(r) === 'tr') rows.push(r)
    }
    return rows
  }
  const isLayout = (rows: N[]) => {
    for (const r of rows) for (const c of a.children(r)) if (a.isElement(c) && hasTable(c)) return true
    return false
  }
  const cell = new TextJoiner()
  const readTable = (rows: N[]) => {
    const id = tableCount++
    for (const r of rows) {
      const cells: SourceCell[] = []
      for (const c of a.children(r)) {
        if (!a.isElement(c)) continue
        const tag = a.tagName(c)
        if (tag !== 'td' && tag !== 'th') continue
        readText(c, cell)
        const position = positionOf(cell, cell.start < 0 ? a.location(c) : undefined)
        const out: SourceCell = { text: cell.take(), position }
        const cs = clampColSpan(Number(a.attr(c, 'colspan') ?? 1))
        const rs = clampRowSpan(Number(a.attr(c, 'rowspan') ?? 1))
        if (cs > 1) out.colSpan = cs
        if (rs !== 1) out.rowSpan = rs
        cells.push(out)
      }
      if (cells.length === 0) continue
      const loc = a.location(r)
      lines.push({ cells, position: loc ? index.position(loc.start, loc.end) : cells[0]!.position, table: id })
    }
  }
  const visit = (node: N) => {
    const stack: (N | typeof FLUSH | PlacedFlush)[] = [node]
    while (stack.length) {
      const n = stack.pop()!
      if (n === FLUSH) {
        flush()
        continue
      }
      if (n instanceof PlacedFlush) {
        flush(n.placement)
        continue
      }
      if (a.isText(n)) {
        addText(prose, n)
        continue
      }
      if (!a.isElement(n)) {
        // The document itself or a fragment: read what it holds. Comments hold nothing shown.
        const kids = a.children(n)
        for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!)
        continue
      }
      const tag = a.tagName(n)
      if (tag === 'head') {
        const title = a.children(n).find((k) => a.isElement(k) && a.tagName(k) === 'title')
        if (title) {
          prose.take()
          readText(title, prose)
          flush()
        }
        continue
      }
      if (isChrome(n, tag) || links.dense(n, tag)) continue
      if (tag === 'table') {
        flush()
        const rows = rowsOf(n)
        // A table whose cells hold tables is a layout table: its cells are containers to read,
        // each a block of its own. They go on this stack, not into a call: tables nested ten
        // thousand deep must not overflow the call stack.
        if (isLayout(rows)) {
          const cells: N[] = []
          for (const r of rows) for (const c of a.children(r)) if (a.isElement(c)) cells.push(c)
          for (let i = cells.length - 1; i >= 0; i--) stack.push(FLUSH, cells[i]!)
          continue
        }
        readTable(rows)
        continue
      }
      const style = a.attr(n, 'style')
      if (isPage(style, a.attr(n, 'class'))) page++
      // A box placed on the page is a line of its own, inline (`<span>`) or not.
      const placement = style !== undefined && style.includes('absolute') ? placementOf(style, page) : undefined
      if (placement) {
        flush()
        stack.push(new PlacedFlush(placement))
      } else if (blocks.has(tag)) {
        flush()
        stack.push(FLUSH)
      }
      const kids = a.children(n)
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!)
    }
    flush()
  }
  visit(root)
  // A page made from a PDF: its boxes read by their coordinates, and labels the PDF broke over
  // lines mended as in text taken from a PDF.
  if (placed.size >= positionedPage) {
    return { source: options.source ?? 'input', text: html, lines: mendLabels(inReadingOrder(lines, placed), html) }
  }
  return { source: options.source ?? 'input', text: html, lines }
}

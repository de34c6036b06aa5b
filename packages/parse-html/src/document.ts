import { LineIndex } from '@gai/parse-text'
import type { SourceCell, SourceDocument, SourceLine } from '@gai/parse-text'
import type { HtmlTreeAdapter } from './adapter.ts'
import { parse5Adapter, parseTree } from './adapter.ts'
import { clampColSpan, clampRowSpan } from './grid.ts'

// Never shown, or never part of an article.
const skipped = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'canvas', 'select', 'button', 'input', 'textarea', 'nav', 'header', 'footer', 'aside', 'form', 'map'])
const blocks = new Set([
  'p', 'div', 'section', 'article', 'main', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'dl', 'dt', 'dd',
  'blockquote', 'pre', 'table', 'tr', 'td', 'th', 'br', 'hr', 'center', 'body', 'address', 'figure', 'figcaption', 'caption',
])
// Site chrome by the names sites give it: navigation, breadcrumbs, share buttons, footers.
const chrome = /(^|[-_\s])(nav|navbar|menu|footer|foot|header|breadcrumbs?|crumbs?|share|bdshare|sidebar|toolbar|topbar|copyright|position|location|dqwz|wzdh)([-_\s]|$)/i

const cjk = /[\u3400-\u9fff\uff00-\uffef（）、，。：；“”]/

interface Piece {
  text: string
  start: number
  end: number
}

/** Text pieces joined as a reader sees them: no space between two CJK characters split by a tag. */
function joinPieces(pieces: Piece[]): string {
  let out = ''
  for (const p of pieces) {
    const t = p.text.replace(/[\s\u00a0]+/g, ' ')
    if (t.trim() === '') {
      if (out && !out.endsWith(' ')) out += ' '
      continue
    }
    if (out.endsWith(' ') && cjk.test(out[out.length - 2] ?? '') && cjk.test(t.trimStart()[0] ?? '')) out = out.slice(0, -1)
    out += out === '' ? t.trimStart() : t
  }
  return out.replace(/([\u3400-\u9fff（）、，。：；]) (?=[\u3400-\u9fff（）、，。：；])/g, '$1').trim()
}

/**
 * The page as a document of lines: the `<title>`, each block of prose as one line of one cell,
 * each row of each data table as one line of its cells (spans as given, clamped), with ranges
 * into the HTML source. Navigation, footers, scripts and lists of links are left out.
 */
export function htmlToDocument<N = ReturnType<typeof parseTree>>(
  html: string,
  options: { source?: string; adapter?: HtmlTreeAdapter<N>; tree?: N } = {},
): SourceDocument {
  const a = (options.adapter ?? parse5Adapter) as HtmlTreeAdapter<N>
  const root = options.tree ?? (parseTree(html) as unknown as N)
  const index = new LineIndex(html)
  const lines: SourceLine[] = []
  let tableCount = 0
  let buffer: Piece[] = []

  const rangeOf = (pieces: Piece[], fallback?: { start: number; end: number }) => {
    const solid = pieces.filter((p) => p.text.trim() !== '')
    if (solid.length > 0) return index.position(solid[0]!.start, solid[solid.length - 1]!.end)
    const f = fallback ?? { start: 0, end: 0 }
    return index.position(f.start, f.end)
  }
  const flush = () => {
    const text = joinPieces(buffer)
    if (text !== '') {
      const position = rangeOf(buffer)
      lines.push({ cells: [{ text, position }], position })
    }
    buffer = []
  }
  const textPieces = (node: N, out: Piece[]) => {
    // Depth-first without recursion: hostile nesting must not overflow the stack.
    const stack: N[] = [node]
    while (stack.length) {
      const n = stack.pop()!
      if (a.isText(n)) {
        const loc = a.location(n)
        out.push({ text: a.text(n), start: loc?.start ?? 0, end: loc?.end ?? 0 })
        continue
      }
      if (!a.isElement(n)) continue
      const tag = a.tagName(n)
      if (skipped.has(tag)) continue
      if (blocks.has(tag)) out.push({ text: ' ', start: 0, end: 0 })
      const kids = a.children(n)
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!)
    }
  }
  const isChrome = (n: N) => {
    const tag = a.tagName(n)
    if (skipped.has(tag)) return true
    const name = `${a.attr(n, 'id') ?? ''} ${a.attr(n, 'class') ?? ''}`
    return name.trim() !== '' && chrome.test(name)
  }
  const linkDense = (n: N) => {
    const tag = a.tagName(n)
    if (!['ul', 'ol', 'div', 'p', 'span', 'dl', 'td'].includes(tag)) return false
    let all = 0
    let linked = 0
    let links = 0
    const stack: [N, boolean][] = [[n, false]]
    while (stack.length) {
      const [m, inLink] = stack.pop()!
      if (a.isText(m)) {
        const len = a.text(m).trim().length
        all += len
        if (inLink) linked += len
      } else if (a.isElement(m) && !skipped.has(a.tagName(m))) {
        const isLink = a.tagName(m) === 'a'
        if (isLink) links++
        for (const k of a.children(m)) stack.push([k, inLink || isLink])
      }
    }
    return links >= 3 && all > 0 && linked / all > 0.7
  }
  const hasTable = (n: N): boolean => {
    const stack = [...a.children(n)]
    while (stack.length) {
      const m = stack.pop()!
      if (!a.isElement(m)) continue
      if (a.tagName(m) === 'table') return true
      stack.push(...a.children(m))
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
  const readTable = (table: N) => {
    const rows = rowsOf(table)
    // A table whose cells hold tables is a layout table: its cells are containers to read.
    if (rows.some((r) => a.children(r).some((c) => a.isElement(c) && hasTable(c)))) {
      for (const r of rows) for (const c of a.children(r)) if (a.isElement(c)) visit(c)
      return
    }
    const id = tableCount++
    for (const r of rows) {
      const cells: SourceCell[] = []
      for (const c of a.children(r)) {
        if (!a.isElement(c) || (a.tagName(c) !== 'td' && a.tagName(c) !== 'th')) continue
        const pieces: Piece[] = []
        textPieces(c, pieces)
        const cell: SourceCell = { text: joinPieces(pieces), position: rangeOf(pieces, a.location(c)) }
        const cs = clampColSpan(Number(a.attr(c, 'colspan') ?? 1))
        const rs = clampRowSpan(Number(a.attr(c, 'rowspan') ?? 1))
        if (cs > 1) cell.colSpan = cs
        if (rs !== 1) cell.rowSpan = rs
        cells.push(cell)
      }
      if (cells.length === 0) continue
      const loc = a.location(r)
      lines.push({ cells, position: loc ? index.position(loc.start, loc.end) : cells[0]!.position, table: id })
    }
  }
  const visit = (node: N) => {
    const stack: (N | 'flush')[] = [node]
    while (stack.length) {
      const n = stack.pop()!
      if (n === 'flush') {
        flush()
        continue
      }
      if (a.isText(n)) {
        const loc = a.location(n)
        buffer.push({ text: a.text(n), start: loc?.start ?? 0, end: loc?.end ?? 0 })
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
          const pieces: Piece[] = []
          textPieces(title, pieces)
          buffer = pieces
          flush()
        }
        continue
      }
      if (isChrome(n) || linkDense(n)) continue
      if (tag === 'table') {
        flush()
        readTable(n)
        continue
      }
      const block = blocks.has(tag)
      if (block) {
        flush()
        stack.push('flush')
      }
      const kids = a.children(n)
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!)
    }
    flush()
  }
  visit(root)
  return { source: options.source ?? 'input', text: html, lines }
}

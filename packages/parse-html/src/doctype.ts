import { Token } from 'parse5'
import { APOS, GT, QUOTE, asciiLower, isSpace, location, normalizeNewlines, startsWithLower } from './scan.ts'

/**
 * `<!DOCTYPE …>` at `p`, as parse5's tokenizer reads it: its name, identifiers and `forceQuirks`
 * decide whether the document is in quirks mode, where a `<table>` does not close a `<p>`. `next`
 * is where reading goes on.
 */
export function readDoctype(html: string, p: number): { token: Token.DoctypeToken; next: number } {
  const n = html.length
  const token: Token.DoctypeToken = { type: Token.TokenType.DOCTYPE, name: null, forceQuirks: false, publicId: null, systemId: null, location: null }
  // `end` -1: cut short by the end of the input, where parse5's doctype ends one past it.
  const emit = (end: number, quirks = false) => {
    if (quirks) token.forceQuirks = true
    token.location = location(p, end < 0 ? n + 1 : end)
    return { token, next: end < 0 ? n : end }
  }
  const skipSpace = (k: number) => {
    while (k < n && isSpace(html.charCodeAt(k))) k++
    return k
  }
  const bogus = (k: number) => {
    const gt = html.indexOf('>', k)
    return emit(gt === -1 ? -1 : gt + 1)
  }
  // A quoted identifier from `k` (the quote): the offset after it, or -1 - the offset of the `>` or
  // the end that cut it short.
  let id = ''
  const quoted = (k: number) => {
    const quote = html.charCodeAt(k)
    let e = k + 1
    while (e < n && html.charCodeAt(e) !== quote && html.charCodeAt(e) !== GT) e++
    id = normalizeNewlines(html.slice(k + 1, e))
    return e < n && html.charCodeAt(e) === quote ? e + 1 : -1 - e
  }
  let k = skipSpace(p + 9)
  if (k >= n) return emit(-1, true)
  if (html.charCodeAt(k) === GT) return emit(k + 1, true)
  const nameStart = k
  while (k < n && !isSpace(html.charCodeAt(k)) && html.charCodeAt(k) !== GT) k++
  token.name = asciiLower(html.slice(nameStart, k))
  k = skipSpace(k)
  if (k >= n) return emit(-1, true)
  if (html.charCodeAt(k) === GT) return emit(k + 1)
  let system = false
  if (startsWithLower(html, 'public', k)) k += 6
  else if (startsWithLower(html, 'system', k)) {
    k += 6
    system = true
  } else {
    token.forceQuirks = true
    return bogus(k)
  }
  // The public identifier, then the system one; or only the system one.
  for (let second = false; ; second = true) {
    k = skipSpace(k)
    if (k >= n) return emit(-1, true)
    const c = html.charCodeAt(k)
    if (c === GT) return emit(k + 1, !second)
    if (c !== QUOTE && c !== APOS) {
      token.forceQuirks = true
      return bogus(k)
    }
    const after = quoted(k)
    if (system) token.systemId = id
    else token.publicId = id
    // A `>` inside an identifier ends the doctype there.
    if (after < 0) return emit(-after - 1 >= n ? -1 : -after, true)
    k = after
    if (system) {
      k = skipSpace(k)
      if (k >= n) return emit(-1, true)
      return html.charCodeAt(k) === GT ? emit(k + 1) : bogus(k)
    }
    system = true
  }
}

import { legacyReferences, namedReferences } from './entities.ts'
import { EQ, SEMI, isAlnum } from './scan.ts'

/**
 * Thrown where the fast tokenizer cannot be sure it reads the input as the HTML standard does
 * (a NUL, a character reference it does not know, CDATA in SVG): the caller tokenizes the page
 * again with parse5's own tokenizer.
 */
export class NeedsFullTokenizer extends Error {}

// Numeric references to C1 controls mean the windows-1252 characters at those bytes.
const c1 = [
  0x20ac, 0, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0, 0x17d, 0, 0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,
  0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0, 0x17e, 0x178,
]
function fromCodePoint(cp: number): string {
  if (cp === 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return '\ufffd'
  if (cp >= 0x80 && cp <= 0x9f) return String.fromCharCode(c1[cp - 0x80] || cp)
  return String.fromCodePoint(cp)
}
const longestLegacy = Math.max(...[...legacyReferences].map((n) => n.length))

/** A decoded reference and the offset after it. */
export interface Reference {
  value: string
  end: number
}

/**
 * The character reference at `html[at] === '&'` into `out`; false when the `&` is just an
 * ampersand. Throws NeedsFullTokenizer for a name ending in `;` that is not in the table here.
 */
export function readReference(html: string, at: number, inAttribute: boolean, out: Reference): boolean {
  let k = at + 1
  if (html.charCodeAt(k) === 0x23) {
    k++
    const hex = (html.charCodeAt(k) | 0x20) === 0x78
    if (hex) k++
    const digits = k
    let cp = 0
    for (; k < html.length; k++) {
      const c = html.charCodeAt(k)
      let d: number
      if (c >= 0x30 && c <= 0x39) d = c - 0x30
      else if (hex && (c | 0x20) >= 0x61 && (c | 0x20) <= 0x66) d = (c | 0x20) - 0x57
      else break
      cp = Math.min(cp * (hex ? 16 : 10) + d, 0x110000)
    }
    if (k === digits) return false
    if (html.charCodeAt(k) === SEMI) k++
    out.value = fromCodePoint(cp)
    out.end = k
    return true
  }
  while (k < html.length && isAlnum(html.charCodeAt(k))) k++
  if (k === at + 1) return false
  const name = html.slice(at + 1, k)
  if (html.charCodeAt(k) === SEMI) {
    // The whole name is the longest match: no name goes on past a semicolon.
    const value = namedReferences.get(name)
    if (value === undefined) throw new NeedsFullTokenizer(`&${name};`)
    out.value = value
    out.end = k + 1
    return true
  }
  // Without a semicolon only the legacy names count, the longest that starts the name.
  for (let len = Math.min(name.length, longestLegacy); len >= 2; len--) {
    const legacy = name.slice(0, len)
    if (!legacyReferences.has(legacy)) continue
    const next = html.charCodeAt(at + 1 + len)
    // In an attribute `&copy=1` is part of a URL, not ©.
    if (inAttribute && (next === EQ || isAlnum(next))) return false
    out.value = namedReferences.get(legacy)!
    out.end = at + 1 + len
    return true
  }
  return false
}

import type { Token } from 'parse5'

export const LF = 0x0a
export const CR = 0x0d
export const QUOTE = 0x22
export const AMP = 0x26
export const APOS = 0x27
export const SLASH = 0x2f
export const SEMI = 0x3b
export const LT = 0x3c
export const EQ = 0x3d
export const GT = 0x3e

// The tokenizer's white space: a CR is read as LF before it gets here.
export function isSpace(c: number): boolean {
  return c === 0x20 || c === LF || c === 0x09 || c === 0x0c || c === CR
}
export function isLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)
}
export function isAlnum(c: number): boolean {
  return isLetter(c) || (c >= 0x30 && c <= 0x39)
}

/** Tag and attribute names fold ASCII only: `<İ>` stays `İ`. */
export function asciiLower(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c >= 0x41 && c <= 0x5a) return s.replace(/[A-Z]+/g, (m) => m.toLowerCase())
  }
  return s
}

export function normalizeNewlines(s: string): string {
  return s.indexOf('\r') === -1 ? s : s.replace(/\r\n?/g, '\n')
}

/** Whether `word` (lower case) is at `at`, in any case. */
export function startsWithLower(html: string, word: string, at: number): boolean {
  if (at + word.length > html.length) return false
  for (let i = 0; i < word.length; i++) if ((html.charCodeAt(at + i) | 0x20) !== word.charCodeAt(i)) return false
  return true
}

/** Offsets as parse5 gives them; nothing here reads lines and columns, so they are left 0. */
export function location(startOffset: number, endOffset: number): Token.Location {
  return { startLine: 0, startCol: 0, startOffset, endLine: 0, endCol: 0, endOffset }
}

// What JavaScript's `\s` and `trim()` count as white space.
function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d)
  if (c < 0xa0) return false
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
}

/** `t.trim().length` without making the trimmed string. */
export function trimmedLength(t: string): number {
  let i = 0
  let j = t.length
  while (i < j && isSpace(t.charCodeAt(i))) i++
  while (j > i && isSpace(t.charCodeAt(j - 1))) j--
  return j - i
}

/**
 * Runs of white space as one space; the text itself when it has none other than single plain
 * spaces, which is most text. What is copied is the stretches between the runs that change: a
 * paragraph of figures parted by single spaces stays one string, not a piece per figure.
 */
export function collapseSpace(t: string): string {
  const n = t.length
  let out = ''
  // Where the stretch not yet copied starts.
  let from = 0
  for (let i = 0; i < n; ) {
    const c = t.charCodeAt(i)
    if (!isSpace(c)) {
      i++
      continue
    }
    let j = i + 1
    while (j < n && isSpace(t.charCodeAt(j))) j++
    if (c !== 0x20 || j > i + 1) {
      out += `${t.slice(from, i)} `
      from = j
    }
    i = j
  }
  return from === 0 ? t : out + t.slice(from)
}

// A tag between two of these is no word break: 商业</p><p>企业 reads 商业企业.
function isCjk(c: number): boolean {
  return (c >= 0x3400 && c <= 0x9fff) || (c >= 0xff00 && c <= 0xffef) || c === 0x3001 || c === 0x3002 || c === 0x201c || c === 0x201d
}

// A narrower set for spaces the text itself holds: 三、 一 reads 三、一, but a space before a
// full-width digit or after a closing quote stays.
function isTight(c: number): boolean {
  return (c >= 0x3400 && c <= 0x9fff) || c === 0xff08 || c === 0xff09 || c === 0x3001 || c === 0xff0c || c === 0x3002 || c === 0xff1a || c === 0xff1b
}

/**
 * Text pieces joined as a reader sees them, one piece at a time so a walk needs no list of them:
 * white space collapsed, a block boundary as one space, no space kept between two CJK characters,
 * and the source range from the first piece with text to the last.
 */
export class TextJoiner {
  // The pieces so far, none empty, joined only by take(): looking at the end of one growing string
  // would flatten it on every piece, which costs the length of the paragraph each time.
  #parts: string[] = []
  /** Start offset of the first piece with text, -1 while there is none. */
  start = -1
  /** End offset of the last piece with text. */
  end = 0

  /** The character `k` (0 or 1) from the end of what is joined so far, NaN past its start. */
  #fromEnd(k: number): number {
    const parts = this.#parts
    for (let p = parts.length - 1; p >= 0; p--) {
      const part = parts[p]!
      if (k < part.length) return part.charCodeAt(part.length - 1 - k)
      k -= part.length
    }
    return NaN
  }

  /** A boundary between blocks, or a piece of nothing but white space. */
  space(): void {
    if (this.#parts.length > 0 && this.#fromEnd(0) !== 0x20) this.#parts.push(' ')
  }

  /** A piece of text from `start` to `end` in the source. */
  text(raw: string, start: number, end: number): void {
    const t = collapseSpace(raw)
    if (t === '' || t === ' ') {
      this.space()
      return
    }
    if (this.start < 0) this.start = start
    this.end = end
    const parts = this.#parts
    const lead = t.charCodeAt(0) === 0x20
    if (this.#fromEnd(0) === 0x20 && isCjk(this.#fromEnd(1)) && isCjk(t.charCodeAt(lead ? 1 : 0))) {
      // The space between two CJK characters goes: it is the last character of the last piece.
      const last = parts.pop()!
      if (last.length > 1) parts.push(last.slice(0, -1))
    }
    parts.push(parts.length === 0 && lead ? t.slice(1) : t)
  }

  /** The joined text; the joiner is empty again afterwards. */
  take(): string {
    const out = this.#parts.join('')
    this.#parts = []
    this.start = -1
    this.end = 0
    return own(out.indexOf(' ') === -1 ? out : tighten(out).trim())
  }
}

function tighten(out: string): string {
  let text = ''
  let from = 0
  for (let i = out.indexOf(' '); i !== -1; i = out.indexOf(' ', i + 1)) {
    if (i > 0 && i + 1 < out.length && isTight(out.charCodeAt(i - 1)) && isTight(out.charCodeAt(i + 1))) {
      text += out.slice(from, i)
      from = i + 1
    }
  }
  return from === 0 ? out : text + out.slice(from)
}

// Text cut from the page shares the page's buffer in V8 (a slice of 13 characters or more is a view
// into it), and a report that kept one cell's text would keep the whole page alive; a copy does not.
function own(text: string): string {
  return text.length < 13 ? text : ` ${text}`.slice(1)
}

/**
 * Text normalisation shared by every reader: labels are matched on normalised text, never by
 * position alone, and values are read from cells however the report wrote them.
 */
import { grown } from './typed.ts'

/**
 * Whether a UTF-16 code is space as `String.prototype.trim` and the regex `\s` have it
 * (Unicode white space and line terminators).
 */
export function isSpaceCode(c: number): boolean {
  // Ideographs and printable ASCII, most of any report, are answered by the first two tests.
  if (c > 0x3000) return c === 0xfeff
  if (c > 32 && c < 0xa0) return false
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x3000 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f
}

/** Whether a text is a plain figure: 1 to 15 ASCII digits and nothing else (as `/^\d{1,15}$/`). */
export function plainDigits(raw: string): boolean {
  if (raw.length === 0 || raw.length > 15) return false
  for (let k = 0; k < raw.length; k++) {
    const c = raw.charCodeAt(k)
    if (c < 48 || c > 57) return false
  }
  return true
}

/** Whether a space between these two characters is no separator. */
function joins(prev: number, next: number): boolean {
  return isCjkCode(next) && (isCjkCode(prev) || prev === 44 || prev === 58 || prev === 59)
}

/** Characters between which a space is no separator: CJK, their punctuation, quotes, brackets. */
function isCjkCode(c: number): boolean {
  return (
    (c >= 0x2e80 && c <= 0x9fff) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xff00 && c <= 0xffef) ||
    c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019 ||
    c === 34 || c === 39 || c === 40 || c === 41
  )
}

const specials: Record<string, string> = {
  '“': '',
  '”': '',
  '‘': '',
  '’': '',
  '"': '',
  "'": '',
  '，': ',',
  '：': ':',
  '\u00a0': ' ',
  '\u3000': ' ',
}
const cache = new Map<string, string>()

/** Full-width to half-width (NFKC) plus the typographic variants NFKC leaves alone. */
export function normalizeChar(ch: string): string {
  const code = ch.charCodeAt(0)
  // ASCII and the CJK ideographs are their own normal form: the common case, kept cheap.
  if ((code < 0x80 && ch !== '"' && ch !== "'") || (code >= 0x4e00 && code <= 0x9fff)) return ch
  let n = cache.get(ch)
  if (n === undefined) {
    n = specials[ch] ?? ch.normalize('NFKC')
    n = specials[n] ?? n
    cache.set(ch, n)
  }
  return n
}

// Whether each BMP character is its own normal form (1) or not (2), learnt when first met (0):
// most characters past ASCII and the ideographs (、。《》（ and the like) are, and text made of
// them is copied a run at a time rather than looked up a character at a time.
const selfNormalCodes = new Uint8Array(0x10000)

/** Whether the character with this UTF-16 code (not a surrogate) is its own normal form. */
function selfNormal(code: number): boolean {
  let k = selfNormalCodes[code]!
  if (k === 0) {
    const ch = String.fromCharCode(code)
    k = code >= 0xd800 && code <= 0xdfff ? 2 : normalizeChar(ch) === ch ? 1 : 2
    selfNormalCodes[code] = k
  }
  return k === 1
}

const isSpace = (c: string) => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f' || c === '\v'

/**
 * Normalise a string and keep, for every character of the result, the index of the character of
 * the input it came from, so that a match in normalised text maps back to a source position.
 * Whitespace between two CJK characters is dropped (labels broken over lines or padded with
 * spaces), as is whitespace after a comma, colon or semicolon before a CJK character (`区分处理的,
 * 只计这一情形` is one label); other whitespace runs become one space, because between digits it
 * separates cells.
 */
export function normalizeWithMap(input: string): { text: string; map: ArrayLike<number> } {
  const n = input.length
  const out = new Output(n)
  let pendingSpace = -1
  let prev = -1
  for (let i = 0; i < n; i++) {
    const code = input.charCodeAt(i)
    const ascii = code < 0x80
    const white = code === 32 || (code >= 9 && code <= 13)
    if ((code >= 0x4e00 && code <= 0x9fff) || (ascii ? !white && code !== 34 && code !== 39 : selfNormal(code))) {
      if (pendingSpace >= 0) {
        if (prev >= 0 && !joins(prev, code)) out.push(32, pendingSpace)
        pendingSpace = -1
      }
      out.push(code, i)
      prev = code
      continue
    }
    if (ascii) {
      // Whitespace separates; quotes are dropped.
      if (white && pendingSpace < 0) pendingSpace = i
      continue
    }
    // Surrogate pairs stay together; everything else goes through NFKC and the table above.
    const width = code >= 0xd800 && code <= 0xdbff && i + 1 < n ? 2 : 1
    const ch = normalizeChar(input.slice(i, i + width))
    i += width - 1
    if (ch === '') continue
    if (isSpace(ch)) {
      if (pendingSpace < 0) pendingSpace = i - width + 1
      continue
    }
    if (pendingSpace >= 0) {
      if (prev >= 0 && !joins(prev, ch.charCodeAt(0))) out.push(32, pendingSpace)
      pendingSpace = -1
    }
    // NFKC may give several characters for one (㈠ is `(一)`): room for them and the rest.
    out.reserve(ch.length + n - i)
    for (let k = 0; k < ch.length; k++) out.push(ch.charCodeAt(k), i - width + 1)
    prev = ch.charCodeAt(ch.length - 1)
  }
  return out.finish(n)
}

const scratchUnits = new Uint16Array(2048)
const scratchMap = new Int32Array(2048)

/**
 * The normalised text being written, a UTF-16 code and its input index at a time, into typed
 * arrays. Built by concatenation, the text of a long cell was millions of string pieces that
 * lived until the end of the read, and every young-generation collection meanwhile copied them;
 * typed arrays hold their data outside the collected heap.
 */
class Output {
  units: Uint16Array
  map: Int32Array
  length = 0

  /** Whether the arrays are the shared scratch ones, which the result must not keep. */
  shared: boolean

  // One character out per character in, but for NFKC's expansions (see reserve) and the end.
  // Most cells are short: those are written into arrays shared from call to call, since
  // allocating two typed arrays costs more than the whole of a short cell's normalisation.
  constructor(inputLength: number) {
    this.shared = inputLength < scratchUnits.length
    this.units = this.shared ? scratchUnits : new Uint16Array(inputLength + 1)
    this.map = this.shared ? scratchMap : new Int32Array(inputLength + 1)
  }

  push(code: number, from: number): void {
    this.units[this.length] = code
    this.map[this.length++] = from
  }

  /** Room for `count` more characters and the end. */
  reserve(count: number): void {
    if (this.length + count + 1 <= this.units.length) return
    const size = this.length + count + 1
    this.units = grown(this.units, size)
    this.map = grown(this.map, size)
    this.shared = false
  }

  /** The text, and its map with the input's length for the end of the text. */
  finish(end: number): { text: string; map: ArrayLike<number> } {
    this.map[this.length] = end
    return { text: codesToString(this.units, this.length), map: this.shared ? copyOut(this.map, this.length + 1) : this.map.subarray(0, this.length + 1) }
  }
}

// A short map leaves the scratch array as a plain array: a typed array of its own would be
// allocated outside the heap, the dearest part of a short cell's normalisation.
function copyOut(map: Int32Array, length: number): number[] {
  const out = new Array<number>(length)
  for (let k = 0; k < length; k++) out[k] = map[k]!
  return out
}

// Codes turned into a string a chunk at a time: an argument list has a bounded length.
const chunk = 8192

function codesToString(units: Uint16Array, length: number): string {
  if (length <= chunk) return String.fromCharCode.apply(null, units.subarray(0, length) as unknown as number[])
  const parts: string[] = []
  for (let k = 0; k < length; k += chunk) parts.push(String.fromCharCode.apply(null, units.subarray(k, Math.min(length, k + chunk)) as unknown as number[]))
  return parts.join('')
}

/** The normalised form labels are compared in: no whitespace, no quotes, half-width forms. */
export function normalizeLabel(input: string): string {
  let out = ''
  // Characters that are their own normal form are copied a run at a time (the whole input, when
  // it is already normal); only the rest go through the table.
  let run = 0
  for (let i = 0; i < input.length; i++) {
    const code = input.charCodeAt(i)
    if ((code >= 0x4e00 && code <= 0x9fff) || (code < 0x80 ? code > 32 && code !== 34 && code !== 39 : selfNormal(code))) continue
    if (i > run) out += input.slice(run, i)
    const next = input.charCodeAt(i + 1)
    const width = code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? 2 : 1
    const n = normalizeChar(input.slice(i, i + width))
    i += width - 1
    run = i + 1
    if (n === '' || isSpace(n)) continue
    out += n
  }
  return run === 0 ? input : out + input.slice(run)
}

/** Numbering in front of a label: `一、`, `(三)`, `1.`, `3、`, or combinations like `三、(一)`. */
export const markerPattern = /^(?:[一二三四五六七八九十]+[、.]|\([一二三四五六七八九十]+\)|\d{1,2}[.、)]|\(\d{1,2}\))+/

export function stripMarker(label: string): string {
  return label.replace(markerPattern, '')
}

export type ParsedValue =
  | { kind: 'number'; value: number; unit?: string }
  | { kind: 'blank' }
  | { kind: 'empty' }
  | { kind: 'text' }

const blankMarkers = new Set(['/', '-', '—', '——', '–', '−', '无', '不适用', '/', '\\', '.', '…', '——', '-', '--', '空', '暂无'])
const numberPattern = /^([+-]?)(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\s*(万元|元|件|条|个|项|次|人|份)?$/

/**
 * A reading. Every reading has the same three fields (undefined where they do not apply), in one
 * order, and is frozen: readings of one shape keep the reader's many `kind` checks fast, and a
 * shared reading cannot be changed by one reader for all.
 */
function reading(kind: ParsedValue['kind'], value?: number, unit?: string): ParsedValue {
  return Object.freeze({ kind, value, unit }) as ParsedValue
}

const empty = reading('empty')
const blank = reading('blank')
/** The reading of text that is no value. */
export const textValue = reading('text')

// Short cells repeat endlessly (0, 1, /, 无): their reading is shared.
const valueCache = new Map<string, ParsedValue>()

// The readings of the figures 0–999 written plainly, made when first met: most cells of a
// report are such figures, and their reading needs no lookup by text.
const smallNumbers: ParsedValue[] = []

/** Read one cell's text: a number (with its unit), an explicit blank marker, empty, or text. */
export function parseValue(raw: string): ParsedValue {
  if (raw === '') return empty
  if (raw.length <= 3) {
    let n = 0
    let k = 0
    for (; k < raw.length; k++) {
      const c = raw.charCodeAt(k)
      if (c < 48 || c > 57) break
      n = n * 10 + c - 48
    }
    if (k === raw.length) return (smallNumbers[n] ??= reading('number', n))
  }
  if (raw.length > 8) return readValue(raw)
  let v = valueCache.get(raw)
  if (v === undefined) {
    v = readValue(raw)
    if (valueCache.size >= 4096) valueCache.clear()
    valueCache.set(raw, v)
  }
  return v
}

function readValue(raw: string): ParsedValue {
  // Most cells are plain digits: answer those without normalising.
  if (plainDigits(raw)) return reading('number', Number(raw))
  // A value is short; long text is never one, however it is normalised. Text that starts with a
  // Chinese character is a value only as a blank marker (无, 不适用, 空, 暂无).
  if (raw.length > 40) return textValue
  const first = raw.charCodeAt(0)
  if (first >= 0x4e00 && first <= 0x9fff && first !== 0x65e0 && first !== 0x4e0d && first !== 0x7a7a && first !== 0x6682) return textValue
  // Nor does a value open with a parenthesis (（一）予以公开, (本列数据…)).
  if ((first === 0x28 || first === 0xff08) && raw.length > 3) return textValue
  const t = normalizeLabel(raw).replace(/[−–]/g, '-')
  if (t === '') return empty
  if (blankMarkers.has(t) || /^[-—–]+$/.test(t)) return blank
  const m = numberPattern.exec(t)
  if (!m) return textValue
  const value = Number(`${m[1]}${m[2]!.replace(/,/g, '')}${m[3] ?? ''}`)
  if (!Number.isFinite(value)) return textValue
  return reading('number', value, m[4])
}

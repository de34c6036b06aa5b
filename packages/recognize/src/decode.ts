import iconv from 'iconv-lite'
import type { Diagnostic, Locale } from '@gai/model'
import { readGb18030Pieces, readUtf8Pieces } from './damage.ts'

export interface Decoded {
  text: string
  /** The encoding used: `utf-8`, `utf-16le`, `utf-16be`, `gb18030` or the caller's. */
  encoding: string
  diagnostics: Diagnostic[]
}

/** What a byte stream that is not text looks like, by its magic number. */
export function sniffBinary(bytes: Uint8Array): 'pdf' | 'docx' | 'doc' | 'binary' | undefined {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b)
  // A byte order mark says text, whatever the NUL bytes of UTF-16 suggest.
  if (starts(0xff, 0xfe) || starts(0xfe, 0xff) || starts(0xef, 0xbb, 0xbf)) return undefined
  if (starts(0x25, 0x50, 0x44, 0x46, 0x2d)) return 'pdf'
  if (starts(0x50, 0x4b, 0x03, 0x04)) return 'docx'
  if (starts(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) return 'doc'
  // Text has almost no NUL or control bytes; UTF-16 without a BOM is the exception checked first.
  let control = 0
  const n = Math.min(bytes.length, 4096)
  let i = 0
  // Four bytes at a time where the bytes are aligned for it: a word with no byte below 8 (the
  // usual word of text) is passed over with one test.
  if (bytes.byteOffset % 4 === 0 && n >= 4) {
    const words = new Uint32Array(bytes.buffer, bytes.byteOffset, n >> 2)
    for (let w = 0; w < words.length; w++) {
      const x = words[w]!
      if (((x - 0x08080808) & ~x & 0x80808080) === 0) continue
      for (let k = w * 4; k < w * 4 + 4; k++) if (bytes[k]! < 8) control++
    }
    i = words.length * 4
  }
  for (; i < n; i++) if (bytes[i]! < 8) control++
  // UTF-16 without a BOM has a zero byte in every ASCII character: text, told apart by where.
  return n > 0 && control / n > 0.1 && !sniffUtf16(bytes) ? 'binary' : undefined
}

/**
 * UTF-16 without a byte order mark, told by where its zero bytes fall: the ASCII characters of a
 * report (digits, tabs, line breaks) have a zero high byte, at odd offsets in UTF-16LE and even
 * ones in UTF-16BE, and its Chinese characters none. Other bytes with zeros (images, archives)
 * have them at both.
 */
export function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length, 4096) & ~1
  let even = 0
  let odd = 0
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++
    if (bytes[i + 1] === 0) odd++
  }
  // A text of few ASCII characters still has a line break or a digit in every few dozen. Some
  // Chinese characters have a zero byte too (一 is U+4E00): a few on the other side, not many.
  const enough = Math.max(4, n / 2 / 50)
  if (odd >= enough && even * 3 <= odd) return 'utf-16le'
  if (even >= enough && odd * 3 <= even) return 'utf-16be'
  return undefined
}

/**
 * Bytes in a named encoding to text. The WHATWG TextDecoder (browsers, and Node with its full
 * ICU) covers GBK, GB18030, Big5 and UTF-16; iconv-lite covers the labels it does not know.
 * GBK and GB2312 are read as GB18030, their superset.
 */
export function decodeBytes(bytes: Uint8Array, encoding: string): string {
  const enc = encoding.trim().toLowerCase()
  const name = /^(gbk|gb2312|x-gbk|cp936|gb18030|gb_2312-80|csgb2312|chinese)$/.test(enc) ? 'gb18030' : enc === 'utf8' ? 'utf-8' : enc
  try {
    return new TextDecoder(name).decode(bytes)
  } catch (e) {
    if (!(e instanceof RangeError)) throw e
  }
  if (!iconv.encodingExists(name)) throw new RangeError(`Unknown encoding \`${encoding}\``)
  return iconv.decode(bytes as Buffer, name)
}

const decodeWith = decodeBytes

const strictUtf8 = new TextDecoder('utf-8', { fatal: true })
const lenientUtf8 = new TextDecoder('utf-8')

/** The bytes as UTF-8 text, or undefined when they are not valid UTF-8. */
export function decodeUtf8(b: Uint8Array): string | undefined {
  // The lenient decoder is faster, and its text without U+FFFD proves the bytes valid (every
  // invalid sequence becomes one); only text with U+FFFD needs the strict answer.
  const text = lenientUtf8.decode(b)
  if (!text.includes('\ufffd')) return text
  try {
    return strictUtf8.decode(b)
  } catch {
    return undefined
  }
}

const gbFamily = /^(gbk|gb2312|x-gbk|cp936|gb18030|gb_2312-80|csgb2312|chinese)$/

/**
 * Bytes to text: BOM (UTF-8, UTF-16LE/BE) first, then the caller's encoding, then UTF-8 when the
 * bytes are valid UTF-8, then UTF-16 told by its zero bytes (see sniffUtf16; Chinese text in
 * UTF-16 is never valid UTF-8), then UTF-8 with a few damaged places or stretches of GBK text
 * (readUtf8Pieces), else GB18030, which covers GBK and GB2312, with a few damaged places. Damage
 * and mixed encodings are said in the diagnostics (`bytes-damaged`, `encoding-mixed`); text
 * wrong throughout is decoded as before, for misDecoding to refuse.
 */
export function decodeInput(
  input: string | Uint8Array,
  options: { encoding?: string; locale?: Locale; source?: string; reporter?: string } = {},
): Decoded {
  const diagnostics: Diagnostic[] = []
  if (typeof input === 'string') return { text: input.replace(/^\ufeff/, ''), encoding: 'utf-16', diagnostics }
  const b = input
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return readUtf8(b.subarray(3), options)
  if (b[0] === 0xff && b[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(b.subarray(2)), encoding: 'utf-16le', diagnostics }
  if (b[0] === 0xfe && b[1] === 0xff) return { text: decodeWith(b.subarray(2), 'utf-16be'), encoding: 'utf-16be', diagnostics }
  if (options.encoding) {
    const enc = options.encoding.trim().toLowerCase()
    if (enc === 'utf-8' || enc === 'utf8') return readUtf8(b, options)
    if (gbFamily.test(enc)) return readGb18030(b, options)
    return { text: decodeWith(b, options.encoding), encoding: options.encoding, diagnostics }
  }
  const utf8 = decodeUtf8(b)
  if (utf8 !== undefined) return { text: utf8, encoding: 'utf-8', diagnostics }
  const utf16 = sniffUtf16(b)
  if (utf16) return { text: decodeWith(b, utf16), encoding: utf16, diagnostics }
  return readUtf8Pieces(b, options) ?? readGb18030(b, options)
}

/**
 * UTF-8 bytes: valid, or with a few damaged places read around, or else decoded leniently (every
 * invalid byte a U+FFFD) for misDecoding to judge.
 */
export function readUtf8(b: Uint8Array, options: { locale?: Locale; source?: string; reporter?: string } = {}): Decoded {
  const utf8 = decodeUtf8(b)
  if (utf8 !== undefined) return { text: utf8, encoding: 'utf-8', diagnostics: [] }
  return readUtf8Pieces(b, options) ?? { text: lenientUtf8.decode(b), encoding: 'utf-8', diagnostics: [] }
}

/** GB18030 (GBK, GB2312) bytes, a few damaged places read around; else decoded leniently. */
export function readGb18030(b: Uint8Array, options: { locale?: Locale; source?: string; reporter?: string } = {}): Decoded {
  return readGb18030Pieces(b, options) ?? { text: decodeWith(b, 'gb18030'), encoding: 'gb18030', diagnostics: [] }
}

// Characters that GBK text read as UTF-8 (or the reverse) produces in bulk and real reports
// almost never hold: the signature of mojibake.
const mojibake = /[锛銆鍙鏈鐨涓鏀鍏浠绋璇瀹緗鈥閮娌鎴姹鈺锟斤拷]|Ã|Â|æ[\u0080-\u00bf]|ç[\u0080-\u00bf]|å[\u0080-\u00bf]/g

/**
 * Text that was decoded with the wrong encoding: replacement characters inside lines (one at the
 * very end of a line is a truncated character, common in extracted text, and is not counted),
 * or mojibake where a report's usual words are missing.
 */
export function misDecoding(text: string): { replacement: number; mojibake: number; ratio: number } | undefined {
  // The common case, answered without a pass over every character.
  if (!text.includes('\ufffd') && text.includes('政府信息公开')) return undefined
  let replacement = 0
  let cjk = 1
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c >= 0x4e00 && c <= 0x9fff) cjk++
    else if (c === 0xfffd) {
      const next = text.charCodeAt(i + 1)
      if (i + 1 < text.length && next !== 10 && next !== 13) replacement++
    }
  }
  if (replacement === 0 && text.includes('政府信息公开')) return undefined
  const moji = (text.match(mojibake) ?? []).length
  const ratio = (replacement + moji) / cjk
  if (/政府信息公开/.test(text) && replacement < 20 && moji / cjk < 0.2) return undefined
  if (replacement >= 20 || ratio > 0.1) return { replacement, mojibake: moji, ratio }
  return undefined
}

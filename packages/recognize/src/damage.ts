import type { Diagnostic, Locale } from '@gai/model'
import { Reporter } from './diagnostics.ts'
import { LineIndex } from './position.ts'

/** A stretch of the input's bytes, `[start, end)`, and how it was read. */
export interface Piece {
  start: number
  end: number
  as: 'utf-8' | 'gb18030' | 'damaged'
}

/** Bytes read piece by piece: the text, and what was said about the pieces not read as the rest. */
export interface PieceReading {
  text: string
  /** The encoding most of the bytes were read in. */
  encoding: 'utf-8' | 'gb18030'
  diagnostics: Diagnostic[]
}

export interface PieceOptions {
  source?: string
  locale?: Locale
  reporter?: string
}

/**
 * Invalid bytes closer than this are one damaged place: 16 random bytes dropped into a file make
 * several invalid runs with stray ASCII or accidental valid sequences between them, and a person
 * sees one damaged place, not five.
 */
const gap = 16

/**
 * What counts as local damage: at most this many damaged places, covering at most 1% of the
 * bytes (and never less than `floorBytes` allowed, for short files). More is text read in the
 * wrong encoding throughout, which the caller refuses as before.
 */
const maxPlaces = 16
const floorBytes = 256
/** Valid Chinese characters (3-byte UTF-8 sequences) wanted outside the damage per damaged place. */
const utf8Evidence = 16

/** The length of the valid UTF-8 sequence at `i` (the WHATWG ranges), or 0 when byte `i` starts none. */
function utf8Length(b: Uint8Array, i: number): number {
  const c = b[i]!
  if (c < 0x80) return 1
  const cont = (k: number, lo = 0x80, hi = 0xbf) => {
    const x = b[i + k]
    return x !== undefined && x >= lo && x <= hi
  }
  if (c >= 0xc2 && c <= 0xdf) return cont(1) ? 2 : 0
  if (c >= 0xe0 && c <= 0xef) {
    const lo = c === 0xe0 ? 0xa0 : 0x80
    const hi = c === 0xed ? 0x9f : 0xbf
    return cont(1, lo, hi) && cont(2) ? 3 : 0
  }
  if (c >= 0xf0 && c <= 0xf4) {
    const lo = c === 0xf0 ? 0x90 : 0x80
    const hi = c === 0xf4 ? 0x8f : 0xbf
    return cont(1, lo, hi) && cont(2) && cont(3) ? 4 : 0
  }
  return 0
}

/** The length of the valid GB18030 sequence at `i` (one, two or four bytes), or 0. */
function gb18030Length(b: Uint8Array, i: number): number {
  const c = b[i]!
  if (c <= 0x80) return 1 // 0x80 is the euro sign in the WHATWG decoder
  if (c === 0xff) return 0
  const t = b[i + 1]
  if (t === undefined) return 0
  if ((t >= 0x40 && t <= 0x7e) || (t >= 0x80 && t <= 0xfe)) return 2
  if (t >= 0x30 && t <= 0x39) {
    const u = b[i + 2]
    const v = b[i + 3]
    return u !== undefined && v !== undefined && u >= 0x81 && u <= 0xfe && v >= 0x30 && v <= 0x39 ? 4 : 0
  }
  return 0
}

/**
 * The places where the bytes are not valid in an encoding: runs of invalid bytes, merged when
 * fewer than `gap` bytes apart. One linear pass; ASCII bytes, the bulk of any report's markup and
 * digits, are passed over without a call.
 */
export function invalidRegions(b: Uint8Array, encoding: 'utf-8' | 'gb18030'): Array<[number, number]> {
  const length = encoding === 'utf-8' ? utf8Length : gb18030Length
  const regions: Array<[number, number]> = []
  let last: [number, number] | undefined
  for (let i = 0; i < b.length; ) {
    if (b[i]! < 0x80) {
      i++
      continue
    }
    const n = length(b, i)
    if (n > 0) {
      i += n
      continue
    }
    if (last && i - last[1] < gap) last[1] = i + 1
    else regions.push((last = [i, i + 1]))
    i++
  }
  return regions
}

/**
 * Bytes that read as GBK text: every non-ASCII byte in a two-byte GBK character, nearly all of
 * them in the GB2312 range (A1–F7 lead, A1–FE trail) that Chinese prose is written in. Random
 * bytes almost never do; a region of a few characters that does is text in GBK.
 */
function gbkText(b: Uint8Array, start: number, end: number): number {
  let chars = 0
  let common = 0
  for (let i = start; i < end; ) {
    const c = b[i]!
    if (c < 0x80) {
      i++
      continue
    }
    const t = b[i + 1]
    if (i + 1 >= end || t === undefined || c === 0x80 || c === 0xff || !((t >= 0x40 && t <= 0x7e) || (t >= 0x80 && t <= 0xfe))) return 0
    chars++
    if (c >= 0xa1 && c <= 0xf7 && t >= 0xa1) common++
    i += 2
  }
  return common * 10 >= chars * 9 ? chars : 0
}

/**
 * Widen `[start, end)` over the GBK characters around it that happen to be valid UTF-8: the scan
 * took those for two-byte UTF-8 sequences (Latin or Cyrillic letters, which Chinese reports
 * hardly hold), while UTF-8 Chinese, three bytes a character, stays outside.
 */
function widen(b: Uint8Array, start: number, end: number, floor: number, ceiling: number): [number, number] {
  const two = (i: number) => b[i]! >= 0xc2 && b[i]! <= 0xdf && b[i + 1]! >= 0x80 && b[i + 1]! <= 0xbf
  let s = start
  let e = end
  while (s - 2 >= floor && two(s - 2)) s -= 2
  while (e + 2 <= ceiling && two(e)) e += 2
  return [s, e]
}

/**
 * The bytes as pieces: valid stretches in `base`, the invalid regions either GBK text (when
 * `base` is UTF-8 and the region reads as GBK) or damage.
 */
function pieces(b: Uint8Array, base: 'utf-8' | 'gb18030', regions: Array<[number, number]>): Piece[] {
  // Each region widened over the non-ASCII bytes around it, and how many GBK characters it reads as.
  const wide = regions.map(([s, e], k) => {
    if (base !== 'utf-8') return { span: [s, e] as [number, number], chars: 0 }
    const span = widen(b, s, e, regions[k - 1]?.[1] ?? 0, regions[k + 1]?.[0] ?? b.length)
    return { span, chars: gbkText(b, span[0], span[1]) }
  })
  // A region of one or two GBK-shaped characters is GBK only where the file has GBK text of
  // some length; alone, it is as likely a few random bytes.
  const gbk = wide.reduce((n, w) => n + w.chars, 0) >= 4
  const out: Piece[] = []
  let at = 0
  regions.forEach(([s, e], k) => {
    const w = wide[k]!
    const [ps, pe] = gbk && w.chars > 0 ? [Math.max(at, w.span[0]), w.span[1]] : [s, e]
    if (ps > at) out.push({ start: at, end: ps, as: base })
    out.push({ start: ps, end: pe, as: gbk && w.chars > 0 ? 'gb18030' : 'damaged' })
    at = pe
  })
  if (at < b.length) out.push({ start: at, end: b.length, as: base })
  return out
}

/** Whether the damage is local: few places, few bytes. */
function local(list: Piece[], size: number): boolean {
  let places = 0
  let bytes = 0
  for (const p of list) if (p.as === 'damaged') (places++, (bytes += p.end - p.start))
  return places <= maxPlaces && bytes <= Math.max(floorBytes, size / 100)
}

/** The text of the pieces, and where each piece's text starts. */
function textOf(b: Uint8Array, list: Piece[]): { text: string; starts: number[] } {
  const decoders = { 'utf-8': new TextDecoder('utf-8'), gb18030: new TextDecoder('gb18030') }
  const parts: string[] = []
  const starts: number[] = []
  let offset = 0
  for (const p of list) {
    starts.push(offset)
    let t: string
    if (p.as === 'damaged') {
      // One replacement character per damaged place; its line breaks stay, so the lines around
      // keep their numbers and a damaged place never joins two rows.
      t = ''
      let run = false
      for (let i = p.start; i < p.end; i++) {
        if (b[i] === 0x0a) (t += run ? '\ufffd\n' : '\n', (run = false))
        else run = true
      }
      if (run) t += '\ufffd'
    } else t = decoders[p.as].decode(b.subarray(p.start, p.end))
    parts.push(t)
    offset += t.length
  }
  return { text: parts.join(''), starts }
}

const range = (p: Piece) => (p.end - p.start === 1 ? `第 ${p.start} 字节` : `第 ${p.start}–${p.end - 1} 字节`)
const rangeEn = (p: Piece) => (p.end - p.start === 1 ? `byte ${p.start}` : `bytes ${p.start}–${p.end - 1}`)
const name = (e: string) => (e === 'utf-8' ? 'UTF-8' : 'GB18030')

/** Say where the pieces read otherwise than the rest are, in text positions and byte offsets. */
function report(text: string, starts: number[], list: Piece[], b: Uint8Array, main: 'utf-8' | 'gb18030', options: PieceOptions): Diagnostic[] {
  const reporter = new Reporter(options.source ?? 'input', options.locale ?? 'zh', options.reporter ?? '@gai/recognize')
  const lines = new LineIndex(text)
  const mixed = list.some((p) => p.as === 'gb18030') && list.some((p) => p.as === 'utf-8')
  const neither = mixed ? '既不是有效的 UTF-8 也不是 GBK 文字' : `不是有效的 ${name(main)}`
  const neitherEn = mixed ? 'are neither valid UTF-8 nor GBK text' : `are not valid ${name(main)}`
  // The stretches in the other encoding than most of the bytes: those with text of their own.
  const other: Array<{ piece: Piece; at: number; end: number }> = []
  list.forEach((p, k) => {
    const at = starts[k]!
    const end = starts[k + 1] ?? text.length
    if (mixed && p.as !== 'damaged' && p.as !== main && b.subarray(p.start, p.end).some((x) => x >= 0x80)) other.push({ piece: p, at, end })
    if (p.as !== 'damaged') return
    reporter.add(
      'bytes-damaged',
      {
        zh: `${range(p)}（共 ${p.end - p.start} 字节）${neither}，已替换为 U+FFFD；其余照常读取`,
        en: `${rangeEn(p)} (${p.end - p.start} bytes) ${neitherEn} and were replaced by U+FFFD; the rest was read as usual`,
      },
      { place: lines.position(at, end), data: { byteOffset: p.start, byteLength: p.end - p.start, encoding: main } },
    )
  })
  if (other.length > 0) {
    const first = other[0]!
    const last = other[other.length - 1]!
    const bytes = other.reduce((n, o) => n + o.piece.end - o.piece.start, 0)
    const minor = main === 'utf-8' ? 'gb18030' : 'utf-8'
    const [mz, nz] = main === 'utf-8' ? ['UTF-8', 'GBK'] : ['GBK', 'UTF-8']
    reporter.add(
      'encoding-mixed',
      {
        zh: `文件编码不一：主要为 ${mz}，其中 ${other.length} 段（共 ${bytes} 字节，第 ${first.piece.start}–${last.piece.end - 1} 字节之间）为 ${nz} 文字，已按 ${name(minor)} 读取`,
        en: `The file mixes encodings: mostly ${mz}, with ${other.length} stretch(es) of ${nz} text (${bytes} bytes, between bytes ${first.piece.start} and ${last.piece.end - 1}) read as ${name(minor)}`,
      },
      {
        place: lines.position(first.at, first.end),
        data: {
          encoding: main,
          stretches: other.slice(0, 20).map((o) => ({ byteOffset: o.piece.start, byteLength: o.piece.end - o.piece.start, encoding: minor })),
          count: other.length,
        },
      },
    )
  }
  return reporter.diagnostics
}

/**
 * Bytes that are UTF-8 but for a few local places: read as UTF-8, each damaged place replaced by
 * U+FFFD and reported where it is, and stretches of GBK text (a fragment pasted from a GBK page)
 * read as GB18030 and reported. Undefined when the bytes are not UTF-8 with local exceptions: too
 * little valid UTF-8 Chinese outside the invalid places (`utf8Evidence` characters for each), or
 * damage that is not local (see `local`).
 */
export function readUtf8Pieces(b: Uint8Array, options: PieceOptions = {}): PieceReading | undefined {
  const regions = invalidRegions(b, 'utf-8')
  if (regions.length === 0) return undefined
  const list = pieces(b, 'utf-8', regions)
  let evidence = 0
  let places = 0
  let utf8Bytes = 0
  for (const p of list) {
    if (p.as === 'damaged') places++
    if (p.as !== 'utf-8') continue
    utf8Bytes += p.end - p.start
    for (let i = p.start; i < p.end; i++) if (b[i]! >= 0xe0 && b[i]! <= 0xef) evidence++
  }
  if (evidence < utf8Evidence * Math.max(1, places) || !local(list, b.length)) return undefined
  const { text, starts } = textOf(b, list)
  const encoding = utf8Bytes * 2 >= b.length ? 'utf-8' : 'gb18030'
  return { text, encoding, diagnostics: report(text, starts, list, b, encoding, options) }
}

/**
 * GB18030 (GBK) bytes with a few local places that are no GB18030: read, each place replaced by
 * U+FFFD and reported. Undefined when the damage is not local (text in another encoding).
 */
export function readGb18030Pieces(b: Uint8Array, options: PieceOptions = {}): PieceReading | undefined {
  const regions = invalidRegions(b, 'gb18030')
  const list = pieces(b, 'gb18030', regions)
  if (!local(list, b.length)) return undefined
  const { text, starts } = textOf(b, list)
  return { text, encoding: 'gb18030', diagnostics: regions.length === 0 ? [] : report(text, starts, list, b, 'gb18030', options) }
}

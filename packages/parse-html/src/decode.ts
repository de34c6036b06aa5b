import { decodeBytes, readGb18030, readUtf8, readUtf8Pieces } from '@gai/recognize'
import { createDiagnostic } from '@gai/model'
import type { Diagnostic, Locale } from '@gai/model'

export interface DecodedHtml {
  text: string
  /** The encoding the text was decoded with. */
  encoding: string
  /** The encoding the page declared (`<meta charset>`), if any. */
  declared?: string
  diagnostics: Diagnostic[]
}

const gbFamily = /^(gbk|gb2312|gb_2312-80|x-gbk|cp936|gb18030|csgb2312|chinese)$/

/** An encoding label as the WHATWG Encoding standard groups them, for decoding. */
function canonical(label: string): string {
  const l = label.trim().toLowerCase()
  if (gbFamily.test(l)) return 'gb18030'
  if (l === 'utf8' || l === 'unicode-1-1-utf-8') return 'utf-8'
  if (l === 'big5-hkscs' || l === 'x-x-big5' || l === 'cn-big5') return 'big5'
  return l
}

// Shared with the text reader, so both decode a label the same way, in Node and in browsers.
const decodeAs = decodeBytes

function validUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return undefined
  }
}

/** The `<meta charset>` or `http-equiv` declaration in the first 1024 bytes, as the HTML prescan finds it. */
export function prescanCharset(bytes: Uint8Array): string | undefined {
  let head = ''
  for (let i = 0; i < Math.min(bytes.length, 1024); i++) head += String.fromCharCode(bytes[i]!)
  const m = /<meta[^>]*?charset\s*=\s*["']?\s*([a-zA-Z0-9_:.-]+)/i.exec(head)
  return m ? m[1] : undefined
}

/**
 * Bytes to text in the HTML standard's order: BOM, the caller's encoding (e.g. from HTTP
 * `Content-Type`), the page's `<meta charset>`, then UTF-8 when valid, else GB18030. A page that
 * declares one encoding but is written in another is decoded right and reported. A page with a
 * few damaged bytes, or UTF-8 with stretches of GBK text, is read piece by piece as
 * `readUtf8Pieces` and `readGb18030` of @gai/recognize do, and each piece reported.
 */
export function decodeHtml(input: string | Uint8Array, options: { encoding?: string; locale?: Locale; source?: string; reporter?: string } = {}): DecodedHtml {
  const diagnostics: Diagnostic[] = []
  if (typeof input === 'string') return { text: input.replace(/^\ufeff/, ''), encoding: 'utf-16', diagnostics }
  const b = input
  const pieceOptions = { ...options, reporter: options.reporter ?? '@gai/parse-html' }
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return readUtf8(b.subarray(3), pieceOptions)
  if (b[0] === 0xff && b[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(b.subarray(2)), encoding: 'utf-16le', diagnostics }
  if (b[0] === 0xfe && b[1] === 0xff) return { text: decodeAs(b.subarray(2), 'utf-16be'), encoding: 'utf-16be', diagnostics }
  if (options.encoding) return decodeDeclared(b, canonical(options.encoding), pieceOptions)
  const declaredLabel = prescanCharset(b)
  const declared = declaredLabel ? canonical(declaredLabel) : undefined
  const withDeclared = (r: { text: string; encoding: string; diagnostics: Diagnostic[] }): DecodedHtml => ({
    text: r.text,
    encoding: r.encoding,
    ...(declaredLabel ? { declared: declaredLabel } : {}),
    diagnostics: [...diagnostics, ...r.diagnostics],
  })
  const utf8 = validUtf8(b)
  const warn = (zh: string, en: string) =>
    diagnostics.push(
      createDiagnostic({
        ruleId: 'encoding-mismatch',
        source: '@gai/parse-html',
        severity: 'warning',
        reason: options.locale === 'en' ? en : zh,
        file: options.source ?? 'input',
        data: declaredLabel ? { declared: declaredLabel } : undefined,
      }),
    )
  // Bytes that are UTF-8 but for a few damaged places or stretches of GBK text.
  const pieces = utf8 === undefined ? readUtf8Pieces(b, pieceOptions) : undefined
  if (declared && declared !== 'utf-8') {
    // Valid UTF-8 with multi-byte characters is almost never GBK text by chance.
    if (utf8 !== undefined && /[^\x00-\x7f]/.test(utf8)) {
      warn(`网页声明编码为 ${declaredLabel}，实际为 UTF-8，已按 UTF-8 解码`, `The page declares ${declaredLabel} but is written in UTF-8; decoded as UTF-8`)
      return { text: utf8, encoding: 'utf-8', declared: declaredLabel!, diagnostics }
    }
    if (pieces) {
      if (pieces.encoding !== declared) warn(`网页声明编码为 ${declaredLabel}，实际主要为 UTF-8，已按 UTF-8 解码`, `The page declares ${declaredLabel} but is mostly written in UTF-8; decoded as UTF-8`)
      return withDeclared(pieces)
    }
    try {
      return withDeclared(decodeDeclared(b, declared, pieceOptions))
    } catch {
      warn(`网页声明了未知编码 ${declaredLabel}`, `The page declares an unknown encoding ${declaredLabel}`)
    }
  }
  if (utf8 !== undefined) return { text: utf8, encoding: 'utf-8', ...(declaredLabel ? { declared: declaredLabel } : {}), diagnostics }
  if (pieces) return withDeclared(pieces)
  if (declared === 'utf-8') {
    warn(`网页声明编码为 ${declaredLabel}，但内容不是有效的 UTF-8，已按 GB18030 解码`, `The page declares ${declaredLabel} but is not valid UTF-8; decoded as GB18030`)
  }
  return withDeclared(readGb18030(b, pieceOptions))
}

/** Bytes in the encoding the caller or the page names; UTF-8 and GB18030 read around damaged places. */
function decodeDeclared(b: Uint8Array, enc: string, options: { locale?: Locale; source?: string; reporter?: string }): DecodedHtml {
  if (enc === 'utf-8') return readUtf8(b, options)
  if (enc === 'gb18030') return readGb18030(b, options)
  return { text: decodeAs(b, enc), encoding: enc, diagnostics: [] }
}

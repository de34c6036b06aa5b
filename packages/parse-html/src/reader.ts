import { sniffBinary } from '@gai/recognize'
import type { Reader } from '@gai/recognize'
import { htmlDiagnostics } from './catalogue.ts'
import { parseHtml } from './parse.ts'

const head = /^<(?:!doctype\s+html|html|head|body|meta|table|div|p|title|!--)/i
const tags = /<\/?(?:table|tr|td|p|div|span|br)\b/gi

/**
 * How sure the head of the bytes makes it that they are a web page: sure when they open as one
 * (a doctype, `<html>`, `<meta>` …), fairly sure when they hold a handful of table and block tags
 * (a fragment saved from a page), not at all otherwise. Read as Latin-1: tags are ASCII in every
 * encoding a page is written in, and no decoding is needed to see them.
 */
export function sniffHtml(bytes: Uint8Array): number {
  if (sniffBinary(bytes)) return 0
  let start = 0
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3
  const text = new TextDecoder('latin1').decode(bytes.subarray(start, start + 2048)).trimStart()
  if (head.test(text)) return 0.9
  return (text.match(tags)?.length ?? 0) >= 5 ? 0.6 : 0
}

/** Web pages as a reader of the registry. */
export const htmlReader: Reader = {
  name: '@gai/parse-html',
  format: 'html',
  extensions: ['.html', '.htm', '.xhtml', '.shtml'],
  mediaTypes: ['text/html', 'application/xhtml+xml'],
  sniff: sniffHtml,
  read: parseHtml,
  diagnostics: htmlDiagnostics,
}

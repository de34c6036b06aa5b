import { sniffBinary } from '@gai/recognize'
import type { Reader } from '@gai/recognize'
import { htmlDiagnostics } from './catalogue.ts'
import { parseHtml } from './parse.ts'

// The elements a page or a fragment of one opens with; `<某某区>` at the start of a text is none.
const opening =
  /^<(?:!doctype|!--|(?:html|head|body|meta|link|title|style|script|base|table|div|p|span|font|center|article|section|main|header|footer|nav|aside|h[1-6]|ul|ol|li|dl|pre|blockquote|form|b|strong|em|i|a|img|br|hr)(?=[\s>/]))/i
const tags = /<\/?(?:table|tr|td|p|div|span|br|h[1-6]|section|article|li)\b/gi

/**
 * How sure the head of the bytes makes it that they are a web page: sure when they open with an
 * element (a doctype, `<html>`, `<article>` cut from a page: text never opens with one), fairly
 * sure when they hold a handful of table and block tags (a fragment after a line of text), not at
 * all otherwise. Counting tags alone would miss a fragment whose first paragraph is longer than
 * the head. Read as Latin-1: tags are ASCII in every encoding a page is written in.
 */
export function sniffHtml(bytes: Uint8Array): number {
  if (sniffBinary(bytes)) return 0
  let start = 0
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3
  const head = new TextDecoder('latin1').decode(bytes.subarray(start, start + 2048)).trimStart()
  if (opening.test(head)) return 0.9
  return (head.match(tags)?.length ?? 0) >= 5 ? 0.6 : 0
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

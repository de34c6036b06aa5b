/** Which reader a file needs, judged by its content (the name can lie: `.htm` saved as text). */
export type InputKind = 'json' | 'html' | 'text'

export function detectKind(bytes: Uint8Array): InputKind {
  // Enough of the head to see past a BOM, a doctype or leading blank lines.
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 2048)).replace(/^\ufeff/, '').trimStart()
  if (/^[{[]/.test(head)) return 'json'
  // Text never opens with an element: a page or a fragment does, whatever element it opens with
  // (`<article>` from a renderer, `<section>` cut from a page). Counting tags in the head alone
  // fails a fragment whose first paragraph is longer than the head.
  if (/^<(?:!doctype\s+html|!--|[a-z][a-z0-9]*(?=[\s>/]))/i.test(head) && htmlElement.test(head)) return 'html'
  const tags = head.match(/<\/?(?:table|tr|td|p|div|span|br|h[1-6]|section|article|li)\b/gi)?.length ?? 0
  return tags >= 5 ? 'html' : 'text'
}

// The elements a page or a fragment of one opens with; `<foo>` in a text file is not one of them.
const htmlElement = /^<(?:!doctype|!--|(?:html|head|body|meta|link|title|style|script|base|table|div|p|span|font|center|article|section|main|header|footer|nav|aside|h[1-6]|ul|ol|li|dl|pre|blockquote|form|b|strong|em|i|a|img|br|hr)(?=[\s>/]))/i

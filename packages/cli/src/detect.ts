/** Which reader a file needs, judged by its content (the name can lie: `.htm` saved as text). */
export type InputKind = 'json' | 'html' | 'text'

export function detectKind(bytes: Uint8Array): InputKind {
  // Enough of the head to see past a BOM, a doctype or leading blank lines.
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 2048)).replace(/^\ufeff/, '').trimStart()
  if (/^[{[]/.test(head)) return 'json'
  if (/^<(?:!doctype\s+html|html|head|body|meta|table|div|p|title|!--)/i.test(head)) return 'html'
  const tags = head.match(/<\/?(?:table|tr|td|p|div|span|br)\b/gi)?.length ?? 0
  return tags >= 5 ? 'html' : 'text'
}

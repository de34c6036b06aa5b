import { docReader, docxReader } from '@gai/parse-docx'
import { htmlReader } from '@gai/parse-html'
import { pdfReader } from '@gai/parse-pdf'
import { textReader } from '@gai/parse-text'
import { chooseReader } from '@gai/recognize'
import type { Reader } from '@gai/recognize'

/** The readers `gai` chooses from, by what each file's bytes are (the name can lie). */
export const readers: readonly Reader[] = [pdfReader, docxReader, docReader, htmlReader, textReader]

/** Which reader a file needs, judged by its content: a model in JSON, or a reader's format. */
export type InputKind = 'json' | 'text' | 'html' | 'pdf' | 'docx' | 'doc'

export const inputKinds: readonly InputKind[] = ['json', ...(readers.map((r) => r.format) as InputKind[])]

export function detectKind(bytes: Uint8Array): InputKind {
  // Enough of the head to see past a BOM or leading blank lines.
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 2048)).replace(/^\ufeff/, '').trimStart()
  if (/^[{[]/.test(head)) return 'json'
  // No reader wants unknown binary bytes: the text reader then says what they are.
  return (chooseReader(readers, bytes)?.format ?? 'text') as InputKind
}

/** The reader of a kind (any but json). */
export function readerOf(kind: Exclude<InputKind, 'json'>): Reader {
  return readers.find((r) => r.format === kind) ?? textReader
}

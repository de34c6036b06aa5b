import { sniffBinary } from '@gai/recognize'
import type { Reader } from '@gai/recognize'
import { textDiagnostics } from './catalogue.ts'
import { parseText } from './parse.ts'

/**
 * Text as a reader of the registry: the catch-all, sure of any bytes that are no binary format
 * but never more than a little, so that a reader of a format with a signature wins.
 */
export const textReader: Reader = {
  name: '@gai/parse-text',
  format: 'text',
  extensions: ['.txt', '.text', '.md', '.markdown', '.csv', '.tsv'],
  mediaTypes: ['text/plain', 'text/markdown', 'text/csv', 'text/tab-separated-values'],
  sniff: (bytes) => (sniffBinary(bytes) ? 0 : 0.1),
  read: parseText,
  diagnostics: textDiagnostics,
}

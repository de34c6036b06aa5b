import type { Reader } from '@gai/recognize'
import { pdfDiagnostics } from './catalogue.ts'
import { hasPdfHeader, parsePdf } from './parse.ts'

/** The PDF reader as `gai` and other tools find it: sure of bytes that carry a PDF header. */
export const pdfReader: Reader = {
  name: '@gai/parse-pdf',
  format: 'pdf',
  extensions: ['.pdf'],
  mediaTypes: ['application/pdf'],
  sniff: (bytes) => (hasPdfHeader(bytes) ? 1 : 0),
  read: parsePdf,
  diagnostics: pdfDiagnostics,
}

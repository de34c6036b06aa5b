export { parsePdf, hasPdfHeader } from './parse.ts'
export { pdfReader } from './reader.ts'
export { pdfDiagnostics } from './catalogue.ts'
export type { PdfDiagnosticId } from './catalogue.ts'
// The result every parse function gives, so a caller need not depend on @gai/recognize for its type.
export type { ParseOptions, ParseResult } from '@gai/recognize'

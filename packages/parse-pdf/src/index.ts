export { parsePdf, hasPdfHeader } from './parse.ts'
export { pdfReader } from './reader.ts'
export { pdfDiagnostics } from './catalogue.ts'
export type { PdfDiagnosticId } from './catalogue.ts'

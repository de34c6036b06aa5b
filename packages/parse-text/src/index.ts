export { parseText } from './parse.ts'
export { textToDocument } from './layout.ts'
export { textDiagnostics } from './catalogue.ts'
export type { TextDiagnosticId } from './catalogue.ts'

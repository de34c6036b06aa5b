export { parseText } from './parse.ts'
export { textToDocument } from './layout.ts'
export { textDiagnostics } from './catalogue.ts'
export type { TextDiagnosticId } from './catalogue.ts'
export { textReader } from './reader.ts'
// The result every parse function gives, so a caller need not depend on @gai/recognize for its type.
export type { ParseOptions, ParseResult } from '@gai/recognize'

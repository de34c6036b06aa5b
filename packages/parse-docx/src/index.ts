export { parseDoc, parseDocx } from './parse.ts'
export { docReader, docxReader } from './reader.ts'
export { wordDiagnostics } from './catalogue.ts'
export type { WordDiagnosticId } from './catalogue.ts'
export { spanRows } from './spans.ts'
export type { SpannedCell, WordCell, WordRow } from './spans.ts'
// The result every parse function gives, so a caller need not depend on @gai/recognize for its type.
export type { ParseOptions, ParseResult } from '@gai/recognize'

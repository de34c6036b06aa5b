// @gai/render: the canonical model out to Markdown, HTML, CSV, text and JSON, and diagnostics
// out for people and programs. Named exports only; each output lives in its own module.
export { toMdast, toMarkdown, mdastHandlers } from './mdast.ts'
export type { MarkdownOptions, MdastHandlers, MdastState } from './mdast.ts'
export { toHast, toHtml, hastHandlers } from './hast.ts'
export type { HastHandlers, HastState, HtmlOptions } from './hast.ts'
export { toCsv, csvField, wideColumns } from './csv.ts'
export type { CsvOptions } from './csv.ts'
export { toText } from './text.ts'
export { toJson } from './json.ts'
export { formatDiagnostics } from './diagnostics.ts'
export type { DiagnosticsOptions } from './diagnostics.ts'
// The pieces the renderers are built from, for a renderer of one's own.
export { tableLayout, flatRows, columnHeading } from './layout.ts'
export type { LayoutCell, TableLayout } from './layout.ts'
export { modelLayout } from './model-layout.ts'
export { formatNumber } from './number.ts'
export { documentParts, titleOf } from './document.ts'
export type { DocumentPart } from './document.ts'

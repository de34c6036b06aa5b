import type { Root, RootContent, TableCell, TableRow } from 'mdast'
import remarkGfm from 'remark-gfm'
import remarkStringify from 'remark-stringify'
import { unified } from 'unified'
import type { Plugin, Processor } from 'unified'
import { VFile } from 'vfile'
import type { Report } from '@gai/model'
import { documentParts, titleOf } from './document.ts'
import { reportOf } from './source.ts'
import type { ReportSourceOptions } from './source.ts'
import type { DocumentPart } from './document.ts'
import { flatRows, tableLayout } from './layout.ts'
import type { LayoutCell, TableLayout } from './layout.ts'
import { modelLayout } from './model-layout.ts'

/** What every handler gets: the report, the options, and the handlers in force (to recurse with). */
export interface MdastState {
  report: Report
  options: MarkdownOptions
  handlers: MdastHandlers
}

/**
 * One function per kind of node, in the spirit of mdast-util-to-hast's handlers: override any of
 * them in `options.handlers` and the others call yours (they recurse through `state.handlers`).
 * Block handlers return a list so that one may drop its node (`[]`) or add some.
 */
export interface MdastHandlers {
  title(state: MdastState, title: string): RootContent[]
  section(state: MdastState, part: DocumentPart): RootContent[]
  heading(state: MdastState, part: DocumentPart): RootContent[]
  paragraph(state: MdastState, text: string, part: DocumentPart): RootContent[]
  table(state: MdastState, layout: TableLayout): RootContent[]
  row(state: MdastState, row: LayoutCell[], index: number, layout: TableLayout): TableRow
  cell(state: MdastState, cell: LayoutCell, layout: TableLayout): TableCell
}

// mdast text nodes hold the text itself: mdast-util-to-markdown escapes what would read as
// markup (`|` in a cell, `*`, a leading `#`), so no handler escapes by hand.
const text = (value: string) => ({ type: 'text' as const, value })

export const mdastHandlers: MdastHandlers = {
  title: (_, t) => [{ type: 'heading', depth: 1, children: [text(t)] }],
  section: (state, part) => {
    const { handlers, report } = state
    const out = [...handlers.heading(state, part), ...part.paragraphs.flatMap((p) => handlers.paragraph(state, p, part))]
    if (part.table) {
      const layout = state.options.layout === 'official' ? tableLayout(report, part.table) : modelLayout(report, part.table)
      out.push(...handlers.table(state, layout))
    }
    return out
  },
  heading: (_, part) => [{ type: 'heading', depth: 2, children: [text(part.heading)] }],
  paragraph: (_, t) => [{ type: 'paragraph', children: [text(t)] }],
  table: (state, layout) => {
    // GFM has no spans: the official layout is flattened, a spanned label in its first slot.
    const rows = layout.rows.some((r) => r.some((c) => c.colSpan > 1 || c.rowSpan > 1)) ? flatRows(layout) : layout.rows
    return [
      { type: 'paragraph', children: [{ type: 'strong', children: [text(layout.title)] }] },
      { type: 'table', children: rows.map((row, i) => state.handlers.row(state, row, i, layout)) },
    ]
  },
  row: (state, row, _, layout) => ({ type: 'tableRow', children: row.map((c) => state.handlers.cell(state, c, layout)) }),
  // A blank cell is an empty cell, never 0 (the layout wrote the number plainly already).
  cell: (_, c) => ({ type: 'tableCell', children: c.text ? [text(c.text)] : [] }),
}

export interface MarkdownOptions {
  /**
   * `model` (default): each table shaped like the model, one line per row, group in the label.
   * `official`: the printed layout flattened, as Word's text export gives it.
   */
  layout?: 'model' | 'official'
  handlers?: Partial<MdastHandlers>
}

/** The report as an mdast tree: `# title`, then each section's heading, prose and GFM table. */
export function toMdast(report: Report, options: MarkdownOptions = {}): Root {
  const state: MdastState = { report, options, handlers: { ...mdastHandlers, ...options.handlers } }
  const children: RootContent[] = []
  const title = titleOf(report)
  if (title) children.push(...state.handlers.title(state, title))
  for (const part of documentParts(report)) children.push(...state.handlers.section(state, part))
  return { type: 'root', children }
}

export type GaiRemarkOptions = MarkdownOptions & ReportSourceOptions

/**
 * unified parser plugin: the report of the file (`file.data.report`, or report JSON as the file's
 * value) as an mdast tree with GFM tables, for `remark-stringify` (with `remark-gfm`, which
 * writes the tables) or any remark plugin. A file with no report gives an empty root.
 */
export const gaiRemark: Plugin<[(GaiRemarkOptions | null | undefined)?], string, Root> = function (options) {
  const settings = options ?? {}
  ;(this as unknown as Processor<Root>).parser = (document, file) => {
    const report = reportOf(file, document, settings)
    return report ? toMdast(report, settings) : { type: 'root', children: [] }
  }
}

// Built once: rendering with the default options is what nearly every call does. Tables are
// written as they are laid out, without padding cells to align the pipes.
const defaultMarkdown = unified().use(gaiRemark).use(remarkGfm, { tablePipeAlign: false }).use(remarkStringify).freeze()

/** Markdown text, through `unified().use(gaiRemark).use(remarkGfm).use(remarkStringify)`. */
export function toMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const processor = Object.keys(options).length > 0 ? unified().use(gaiRemark, options).use(remarkGfm, { tablePipeAlign: false }).use(remarkStringify) : defaultMarkdown
  return String(processor.processSync(new VFile({ data: { report } })))
}

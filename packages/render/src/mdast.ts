import type { Root, RootContent, TableCell, TableRow } from 'mdast'
import { gfmToMarkdown } from 'mdast-util-gfm'
import { toMarkdown as mdastToMarkdown } from 'mdast-util-to-markdown'
import type { Report } from '@gai/model'
import { documentParts, titleOf } from './document.ts'
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

/** Markdown text, through mdast-util-to-markdown with the GFM table extension. */
export function toMarkdown(report: Report, options: MarkdownOptions = {}): string {
  return mdastToMarkdown(toMdast(report, options), { extensions: [gfmToMarkdown({ tablePipeAlign: false })] })
}

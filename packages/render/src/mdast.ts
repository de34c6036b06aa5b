import type { PhrasingContent, Root, RootContent, Table, TableCell, TableRow } from 'mdast'
import { gfmToMarkdown } from 'mdast-util-gfm'
import { toMarkdown as mdastToMarkdown } from 'mdast-util-to-markdown'
import type { Report } from '@gai/model'
import { documentParts, titleOf } from './document.ts'
import type { DocumentPart } from './document.ts'
import { flatRows, tableLayout } from './layout.ts'
import type { LayoutCell, TableLayout } from './layout.ts'

const text = (value: string): PhrasingContent => ({ type: 'text', value })

export interface MdastHandlers {
  title(title: string): RootContent
  heading(part: DocumentPart): RootContent
  paragraph(text: string): RootContent
  table(layout: TableLayout, handlers: MdastHandlers): RootContent[]
  cell(cell: LayoutCell): TableCell
}

export const mdastHandlers: MdastHandlers = {
  title: (t) => ({ type: 'heading', depth: 1, children: [text(t)] }),
  heading: (p) => ({ type: 'heading', depth: 2, children: [text(p.heading)] }),
  paragraph: (t) => ({ type: 'paragraph', children: [text(t)] }),
  table: (layout, handlers) => {
    // GFM tables have no spans: a spanned label stands in its first slot, the others stay empty.
    const rows: TableRow[] = flatRows(layout).map((row) => ({ type: 'tableRow', children: row.map((c) => handlers.cell(c)) }))
    const table: Table = { type: 'table', children: rows }
    return [{ type: 'paragraph', children: [{ type: 'strong', children: [text(layout.title)] }] }, table]
  },
  cell: (c) => ({ type: 'tableCell', children: c.text ? [text(c.text)] : [] }),
}

export interface MarkdownOptions {
  handlers?: Partial<MdastHandlers>
}

/** The report as an mdast tree (GFM tables). */
export function toMdast(report: Report, options: MarkdownOptions = {}): Root {
  const handlers = { ...mdastHandlers, ...options.handlers }
  const children: RootContent[] = []
  const title = titleOf(report)
  if (title) children.push(handlers.title(title))
  for (const part of documentParts(report)) {
    children.push(handlers.heading(part))
    for (const p of part.paragraphs) children.push(handlers.paragraph(p))
    if (part.table) children.push(...handlers.table(tableLayout(report, part.table), handlers))
  }
  return { type: 'root', children }
}

/** Markdown text, through mdast-util-to-markdown with the GFM table extension. */
export function toMarkdown(report: Report, options: MarkdownOptions = {}): string {
  return mdastToMarkdown(toMdast(report, options), { extensions: [gfmToMarkdown({ tablePipeAlign: false })] })
}

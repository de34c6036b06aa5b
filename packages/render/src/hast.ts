import type { Element, ElementContent, Root, RootContent } from 'hast'
import rehypeStringify from 'rehype-stringify'
import { unified } from 'unified'
import type { Plugin, Processor } from 'unified'
import { VFile } from 'vfile'
import type { Report } from '@gai/model'
import { documentParts, titleOf } from './document.ts'
import { reportOf } from './source.ts'
import type { ReportSourceOptions } from './source.ts'
import type { DocumentPart } from './document.ts'
import { tableLayout } from './layout.ts'
import type { LayoutCell, TableLayout } from './layout.ts'

// Every string goes into a text node or a property value, and hast-util-to-html escapes both:
// an organ named `<script>` prints as text. No handler builds HTML as a string.
const h = (tagName: string, properties: Element['properties'], children: ElementContent[] = []): Element => ({ type: 'element', tagName, properties, children })
const text = (value: string): ElementContent => ({ type: 'text', value })

/** What every handler gets: the report, the options, and the handlers in force (to recurse with). */
export interface HastState {
  report: Report
  options: HtmlOptions
  handlers: HastHandlers
}

/**
 * One function per kind of node, in the spirit of mdast-util-to-hast's handlers: override any of
 * them in `options.handlers` and the others call yours (they recurse through `state.handlers`).
 * Block handlers return a list so that one may drop its node (`[]`) or add some.
 */
export interface HastHandlers {
  title(state: HastState, title: string): ElementContent[]
  section(state: HastState, part: DocumentPart): ElementContent[]
  heading(state: HastState, part: DocumentPart): ElementContent[]
  paragraph(state: HastState, text: string, part: DocumentPart): ElementContent[]
  table(state: HastState, layout: TableLayout): ElementContent[]
  row(state: HastState, row: LayoutCell[], index: number, layout: TableLayout): Element
  cell(state: HastState, cell: LayoutCell, header: boolean, layout: TableLayout): Element
}

export const hastHandlers: HastHandlers = {
  title: (_, t) => [h('h1', {}, [text(t)])],
  section: (state, part) => {
    const { handlers } = state
    const out = [...handlers.heading(state, part), ...part.paragraphs.flatMap((p) => handlers.paragraph(state, p, part))]
    if (part.table) out.push(...handlers.table(state, tableLayout(state.report, part.table)))
    return [h('section', { dataSection: part.section }, out)]
  },
  heading: (_, p) => [h('h2', { id: p.section }, [text(p.heading)])],
  paragraph: (_, t) => [h('p', {}, [text(t)])],
  // The official layout, spans and all; header rows in <thead> so that a browser repeats them
  // across printed pages.
  table: (state, layout) => {
    const rows = layout.rows.map((row, i) => state.handlers.row(state, row, i, layout))
    const body: Element[] = []
    if (layout.headerRows > 0) body.push(h('thead', {}, rows.slice(0, layout.headerRows)))
    body.push(h('tbody', {}, rows.slice(layout.headerRows)))
    return [h('table', { className: ['gai-table'], dataTable: layout.id }, [h('caption', {}, [text(layout.title)]), ...body])]
  },
  row: (state, row, index, layout) => h('tr', {}, row.map((c) => state.handlers.cell(state, c, index < layout.headerRows, layout))),
  cell: (_, c, header) => {
    const props: Element['properties'] = {}
    if (c.colSpan > 1) props.colSpan = c.colSpan
    if (c.rowSpan > 1) props.rowSpan = c.rowSpan
    // The cell's canonical key, so that scripts, tests and CSS find a value without counting.
    if (c.key) props.dataCell = c.key
    if (c.cell?.unit) props.dataUnit = c.cell.unit
    return h(header || c.kind === 'label' ? 'th' : 'td', props, c.text ? [text(c.text)] : [])
  },
}

export interface HtmlOptions {
  /** A whole `<!doctype html>` document (charset, title) rather than a fragment. */
  document?: boolean
  handlers?: Partial<HastHandlers>
}

/** The report as a hast tree: title, sections with prose, tables in the official layout with their spans. */
export function toHast(report: Report, options: HtmlOptions = {}): Root {
  const state: HastState = { report, options, handlers: { ...hastHandlers, ...options.handlers } }
  const body: ElementContent[] = []
  const title = titleOf(report)
  if (title) body.push(...state.handlers.title(state, title))
  for (const part of documentParts(report)) body.push(...state.handlers.section(state, part))
  const article = h('article', { className: ['gai-report'], dataFormat: report.format }, body)
  if (!options.document) return { type: 'root', children: [article] }
  const children: RootContent[] = [
    { type: 'doctype' },
    h('html', { lang: 'zh-CN' }, [
      h('head', {}, [h('meta', { charSet: 'utf-8' }), h('title', {}, [text(title ?? '政府信息公开工作年度报告')])]),
      h('body', {}, [article]),
    ]),
  ]
  return { type: 'root', children }
}

export type GaiRehypeOptions = HtmlOptions & ReportSourceOptions

/**
 * unified parser plugin: the report of the file (`file.data.report`, or report JSON as the file's
 * value) as a hast tree, the official layout with its spans, for `rehype-stringify` or any rehype
 * plugin. A file with no report gives an empty root.
 */
export const gaiRehype: Plugin<[(GaiRehypeOptions | null | undefined)?], string, Root> = function (options) {
  const settings = options ?? {}
  ;(this as unknown as Processor<Root>).parser = (document, file) => {
    const report = reportOf(file, document, settings)
    return report ? toHast(report, settings) : { type: 'root', children: [] }
  }
}

// Built once: rendering with the default options is what nearly every call does.
const defaultHtml = unified().use(gaiRehype).use(rehypeStringify).freeze()

/** HTML text, through `unified().use(gaiRehype).use(rehypeStringify)`; every string is escaped. */
export function toHtml(report: Report, options: HtmlOptions = {}): string {
  const processor = Object.keys(options).length > 0 ? unified().use(gaiRehype, options).use(rehypeStringify) : defaultHtml
  return String(processor.processSync(new VFile({ data: { report } })))
}


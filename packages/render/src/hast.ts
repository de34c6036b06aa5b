import type { Element, ElementContent, Root } from 'hast'
import { toHtml as hastToHtml } from 'hast-util-to-html'
import type { Report } from '@gai/model'
import { documentParts, titleOf } from './document.ts'
import type { DocumentPart } from './document.ts'
import { tableLayout } from './layout.ts'
import type { LayoutCell, TableLayout } from './layout.ts'

const h = (tagName: string, properties: Element['properties'], children: ElementContent[] = []): Element => ({ type: 'element', tagName, properties, children })
const text = (value: string): ElementContent => ({ type: 'text', value })

/** One function per kind of node; pass your own in `handlers` to change how any of them renders. */
export interface HastHandlers {
  title(title: string): Element
  heading(part: DocumentPart): Element
  paragraph(text: string): Element
  table(layout: TableLayout, handlers: HastHandlers): Element
  cell(cell: LayoutCell, header: boolean): Element
}

export const hastHandlers: HastHandlers = {
  title: (t) => h('h1', {}, [text(t)]),
  heading: (p) => h('h2', { id: p.section }, [text(p.heading)]),
  paragraph: (t) => h('p', {}, [text(t)]),
  table: (layout, handlers) =>
    h('table', { className: ['gai-table'], dataTable: layout.id }, [
      h('caption', {}, [text(layout.title)]),
      h('thead', {}, layout.rows.slice(0, layout.headerRows).map((row) => h('tr', {}, row.map((c) => handlers.cell(c, true))))),
      h('tbody', {}, layout.rows.slice(layout.headerRows).map((row) => h('tr', {}, row.map((c) => handlers.cell(c, false))))),
    ]),
  cell: (c, header) => {
    const props: Element['properties'] = {}
    if (c.colSpan > 1) props.colSpan = c.colSpan
    if (c.rowSpan > 1) props.rowSpan = c.rowSpan
    if (c.key) props.dataCell = c.key
    if (c.cell?.unit) props.dataUnit = c.cell.unit
    return h(header || c.kind === 'label' ? 'th' : 'td', props, c.text ? [text(c.text)] : [])
  },
}

export interface HtmlOptions {
  /** A whole HTML document rather than a fragment. */
  document?: boolean
  handlers?: Partial<HastHandlers>
}

/** The report as a hast tree: title, sections with prose, tables in the official layout with their spans. */
export function toHast(report: Report, options: HtmlOptions = {}): Root {
  const handlers = { ...hastHandlers, ...options.handlers }
  const body: ElementContent[] = []
  const title = titleOf(report)
  if (title) body.push(handlers.title(title))
  for (const part of documentParts(report)) {
    body.push(handlers.heading(part))
    for (const p of part.paragraphs) body.push(handlers.paragraph(p))
    if (part.table) body.push(handlers.table(tableLayout(report, part.table), handlers))
  }
  const article = h('article', { className: ['gai-report'], dataFormat: report.format }, body)
  if (!options.document) return { type: 'root', children: [article] }
  return {
    type: 'root',
    children: [
      { type: 'doctype' },
      h('html', { lang: 'zh-CN' }, [
        h('head', {}, [h('meta', { charSet: 'utf-8' }), h('title', {}, [text(title ?? '政府信息公开工作年度报告')])]),
        h('body', {}, [article]),
      ]),
    ],
  }
}

/** HTML text; every string of the report is escaped, so `<script>` in a name renders as text. */
export function toHtml(report: Report, options: HtmlOptions = {}): string {
  return hastToHtml(toHast(report, options))
}

import type { Root } from 'mdast'
import { LineIndex, diagnosticUrl, readDocument } from '@gai/recognize'
import type { Plugin } from 'unified'
import { mdastToDocument } from './mdast-document.ts'
import type { ReadOptions } from './options.ts'
import { sourceOf } from './options.ts'

/**
 * unified transformer plugin: reads the report from the mdast tree (after `remark-parse` and
 * `remark-gfm`) with @gai/recognize's core, the core every reader feeds: headings and paragraphs
 * line by line, GFM tables row by row (the first row, the table's header, as a row like the
 * others: the core finds the headings by what they say), code blocks and raw HTML as lines of
 * text. Puts the report in `file.data.report` (`null` when the file holds none) and what could
 * not be read or placed on the file as messages; a table row whose cells GFM dropped (more cells
 * than its header row) is a warning. Positions are the mdast nodes' offsets into the file's value.
 */
export const remarkGai: Plugin<[(ReadOptions | null | undefined)?], Root> = function (options) {
  const settings = options ?? {}
  return (tree, file) => {
    const source = sourceOf(file, settings)
    const text = String(file)
    const doc = mdastToDocument(tree, { text, source })
    const result = readDocument(doc, { source, reporter: '@gai/unified', ...(settings.locale ? { locale: settings.locale } : {}) })
    file.data.report = result.report
    // One by one: a spread of a very long list overflows the stack.
    for (const d of result.diagnostics) file.messages.push(d)
    const index = LineIndex.of(text)
    for (const row of doc.cut) {
      const reason =
        settings.locale === 'en'
          ? `This table row has ${row.cells} cells but its table's first row ${row.kept}: GFM drops the last ${row.cells - row.kept}, which were not read`
          : `此表格行有 ${row.cells} 个单元格，而表格首行只有 ${row.kept} 个：GFM 丢弃了后 ${row.cells - row.kept} 个，未能读取`
      const message = file.message(reason, { ruleId: 'table-cells-dropped', source: '@gai/unified', place: index.position(row.start, row.end) })
      message.fatal = false
      message.url = diagnosticUrl('table-cells-dropped')
    }
  }
}

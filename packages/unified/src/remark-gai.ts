import type { Root } from 'mdast'
import { createDiagnostic } from '@gai/model'
import type { Diagnostic } from '@gai/model'
import { LineIndex, applySeverities, diagnosticUrl, readDocument } from '@gai/recognize'
import type { Plugin } from 'unified'
import { unifiedDiagnostics } from './catalogue.ts'
import { mdastToDocument } from './mdast-document.ts'
import type { CutRow } from './mdast-document.ts'
import { readOptionsOf, settingsOf } from './options.ts'
import type { ReadOptions } from './options.ts'

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
  const settings = settingsOf(options, 'remarkGai')
  return (tree, file) => {
    const read = readOptionsOf(file, settings)
    const text = String(file)
    const doc = mdastToDocument(tree, { text, source: read.source })
    const result = readDocument(doc, read)
    file.data.report = result.report
    const index = doc.cut.length > 0 ? new LineIndex(text) : undefined
    const dropped = applySeverities(doc.cut.map((row) => droppedCells(row, index!, read.source, settings.locale === 'en')), settings.severity)
    // One by one: a spread of a very long list overflows the stack.
    for (const d of result.diagnostics) file.messages.push(d)
    for (const d of dropped) file.messages.push(d)
  }
}

/** The warning for a table row whose last cells GFM dropped. */
function droppedCells(row: CutRow, index: LineIndex, source: string, english: boolean): Diagnostic {
  const lost = row.cells - row.kept
  return createDiagnostic({
    ruleId: 'table-cells-dropped',
    source: '@gai/unified',
    severity: unifiedDiagnostics['table-cells-dropped'].severity,
    reason: english
      ? `This table row has ${row.cells} cells but its table's first row ${row.kept}: GFM drops the last ${lost}, which were not read`
      : `此表格行有 ${row.cells} 个单元格，而表格首行只有 ${row.kept} 个：GFM 丢弃了后 ${lost} 个，未能读取`,
    file: source,
    place: index.position(row.start, row.end),
    url: diagnosticUrl('table-cells-dropped'),
  })
}

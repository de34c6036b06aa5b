// An adapter turns an input format into a SourceDocument (lines of cells with positions);
// `readDocument` from @gai/recognize does the rest, as for text and HTML. Here: a report kept in
// a spreadsheet and exported as CSV, one table row per line.
import { readFileSync } from 'node:fs'
import { LineIndex, readDocument } from '@gai/recognize'

/** CSV text (RFC 4180, quotes allowed) to a SourceDocument. */
export function csvToDocument(text, source = 'input') {
  const index = new LineIndex(text)
  const lines = []
  let cells = []
  let start = 0
  let lineStart = 0
  let i = 0
  const push = (end, value) => cells.push({ text: value.trim(), position: index.position(start, end) })
  while (i <= text.length) {
    if (text[i] === '"') {
      let value = ''
      i++
      const from = i
      while (i < text.length && !(text[i] === '"' && text[i + 1] !== '"')) value += text[i] === '"' ? (i++, '"') : text[i], i++
      start = from
      push(i, value)
      i++
      while (i < text.length && text[i] !== ',' && text[i] !== '\n') i++
    } else {
      start = i
      while (i < text.length && text[i] !== ',' && text[i] !== '\n') i++
      push(i, text.slice(start, i).replace(/\r$/, ''))
    }
    if (i >= text.length || text[i] === '\n') {
      if (cells.some((c) => c.text !== '')) lines.push({ cells, position: index.position(lineStart, i) })
      cells = []
      lineStart = i + 1
    }
    i++
  }
  return { source, text, lines }
}

export function parseCsvReport(text, options = {}) {
  return readDocument(csvToDocument(text, options.source), options)
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = process.argv[2] ?? 'report.csv'
  const { report, diagnostics } = parseCsvReport(readFileSync(file, 'utf8'), { source: file })
  console.log(JSON.stringify(report.tables.applications.rows.newReceived))
  for (const d of diagnostics) console.log(`${d.severity} ${d.ruleId}: ${d.reason}`)
}

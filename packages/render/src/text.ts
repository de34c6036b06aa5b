import type { Report } from '@gai/model'
import { documentParts, titleOf } from './document.ts'
import { flatRows, tableLayout } from './layout.ts'

/** Plain text as Word copies it: prose one paragraph a line, tables as tab-separated cells. */
export function toText(report: Report): string {
  const lines: string[] = []
  const title = titleOf(report)
  if (title) lines.push(title, '')
  for (const part of documentParts(report)) {
    lines.push(part.heading)
    for (const p of part.paragraphs) lines.push(p)
    if (part.table) {
      const layout = tableLayout(report, part.table)
      for (const row of flatRows(layout)) lines.push(row.map((c) => c.text.replace(/[\t\n]/g, ' ')).join('\t'))
    }
    lines.push('')
  }
  return `${lines.join('\n')}\n`
}

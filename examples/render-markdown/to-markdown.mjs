// A report to Markdown. Renderers are built from one handler per kind of node; this one replaces
// the paragraph under each table title with a level-3 heading.
import { readFileSync } from 'node:fs'
import { parseText } from '@gai/parse-text'
import { mdastHandlers, toMarkdown } from '@gai/render'

const file = process.argv[2] ?? '../reports/tab-separated-2024.txt'
const { report } = parseText(readFileSync(file), { source: file })
const markdown = toMarkdown(report, {
  handlers: {
    table: (state, layout) => {
      const [, table] = mdastHandlers.table(state, layout)
      return [{ type: 'heading', depth: 3, children: [{ type: 'text', value: `表：${layout.title}` }] }, table]
    },
  },
})
process.stdout.write(markdown)

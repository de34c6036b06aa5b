// Read one report (text or HTML), check it, and print the diagnostics as `gai check` does.
import { readFileSync } from 'node:fs'
import { checkReport } from '@gai/model'
import { parseHtml } from '@gai/parse-html'
import { parseText } from '@gai/parse-text'
import { formatDiagnostics } from '@gai/render'

const file = process.argv[2] ?? '../reports/tab-separated-2024.txt'
const bytes = readFileSync(file)
const read = /\.html?$/.test(file) ? parseHtml : parseText
const { report, diagnostics } = read(bytes, { source: file })
if (!report) {
  console.error(diagnostics.map((d) => d.reason).join('\n'))
  process.exit(2)
}
const found = checkReport(report, { locale: 'en', infos: false })
console.log(`${report.meta.organ ?? file}, ${report.meta.year}: ${found.length} findings`)
process.stdout.write(formatDiagnostics(found, { sources: { [file]: bytes.toString('utf8') } }))
process.exitCode = found.some((d) => d.severity === 'error') ? 1 : 0

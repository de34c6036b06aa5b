// Every page of a folder into one tidy CSV on standard output, one file at a time so memory stays
// flat; what could not be read goes to standard error with the reason. (`gai parse DIR --to csv`
// does the same on all cores.)
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { parseHtml } from '@gai/parse-html'
import { toCsv } from '@gai/render'

const dir = process.argv[2] ?? 'pages'
let header = true
let failed = 0
for (const name of readdirSync(dir).sort()) {
  if (!/\.html?$/.test(name)) continue
  const { report, diagnostics } = parseHtml(readFileSync(join(dir, name)), { source: name })
  if (!report) {
    failed++
    console.error(`${name}: ${diagnostics.map((d) => d.reason).join('; ')}`)
    continue
  }
  const csv = toCsv(report)
  process.stdout.write(header ? csv : csv.slice(csv.indexOf('\r\n') + 2))
  header = false
}
process.exitCode = failed ? 2 : 0

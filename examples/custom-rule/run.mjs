// Check a report with the built-in rules plus the house rule.
import { readFileSync } from 'node:fs'
import { checkReport } from '@gai/model'
import { parseText } from '@gai/parse-text'
import { feesReported } from './fees-reported.mjs'

const file = process.argv[2] ?? '../reports/tab-separated-2024.txt'
const { report } = parseText(readFileSync(file), { source: file })
for (const d of checkReport(report, { plugins: [feesReported], locale: 'en', infos: false })) {
  console.log(`${d.severity} ${d.ruleId}: ${d.reason}`)
}

// Rules per second: every built-in rule over one report, and the cross-year rules over a pair.
import { checkReport, checkReports, readReportJson, reportToJson, sampleReport } from '../dist/index.js'

const report = sampleReport('2021', 2023)
const pair = [sampleReport('2021', 2022), sampleReport('2021', 2023)]
const json = reportToJson(report)

export const cases = [
  { name: 'checkReport (all rules)', items: 1, run: () => checkReport(report) },
  { name: 'checkReports (two years)', items: 2, run: () => checkReports(pair) },
  { name: 'readReportJson', bytes: new TextEncoder().encode(json).length, items: 1, run: () => readReportJson(json) },
  { name: 'reportToJson', items: 1, run: () => reportToJson(report) },
]

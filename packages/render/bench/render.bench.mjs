// Reports rendered per second, for each output.
import { sampleReport } from '../../model/dist/index.js'
import { toCsv, toHtml, toJson, toMarkdown, toText } from '../dist/index.js'

const report = sampleReport('2021', 2023)
export const cases = [
  { name: 'toMarkdown', items: 1, run: () => toMarkdown(report) },
  { name: 'toHtml', items: 1, run: () => toHtml(report) },
  { name: 'toCsv tidy', items: 1, run: () => toCsv(report) },
  { name: 'toCsv wide', items: 1, run: () => toCsv(report, { shape: 'wide' }) },
  { name: 'toText', items: 1, run: () => toText(report) },
  { name: 'toJson', items: 1, run: () => toJson(report) },
]

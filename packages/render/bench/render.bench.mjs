// Reports rendered per second, for each output. Imports the built packages: run `pnpm build`.
import { emptyReport, formatCellKeys, setCell } from '../../model/dist/index.js'
import { toCsv, toHtml, toJson, toMarkdown, toText } from '../dist/index.js'

// A 2021 report as a real one looks: every cell filled (a few blank), a decimal 万元 amount,
// and some prose in each section.
function benchReport() {
  const r = emptyReport('2021')
  r.meta = { organ: '示例市人民政府办公室', year: 2023, title: '示例市人民政府办公室2023年政府信息公开工作年度报告' }
  r.source = 'bench.txt'
  formatCellKeys('2021').forEach((key, i) => {
    if (i % 17 === 5) return
    const value = key === 'active/fees/amount' ? 24252.311082 : (i * 7) % 50
    setCell(r, key, { value, raw: String(value) })
  })
  const prose = '本年度认真贯彻落实《中华人民共和国政府信息公开条例》，推进政务公开工作。'.repeat(4)
  for (const id of ['overview', 'active', 'applications', 'reviewLitigation', 'problems', 'other']) {
    r.sections[id] = { id, heading: '', text: `${prose}\n${prose}` }
  }
  return r
}

const report = benchReport()
export const cases = [
  { name: 'toMarkdown', items: 1, run: () => toMarkdown(report) },
  { name: 'toHtml', items: 1, run: () => toHtml(report) },
  { name: 'toHtml document', items: 1, run: () => toHtml(report, { document: true }) },
  { name: 'toCsv tidy', items: 1, run: () => toCsv(report) },
  { name: 'toCsv wide', items: 1, run: () => toCsv(report, { shape: 'wide' }) },
  { name: 'toText', items: 1, run: () => toText(report) },
  { name: 'toJson', items: 1, run: () => toJson(report) },
]

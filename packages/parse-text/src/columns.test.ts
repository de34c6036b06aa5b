import { describe, expect, it } from 'vitest'
import { tableTemplate } from '@gai/model'
import { parseText } from './index.ts'

// Table 三 written by hand from the template's labels: every cell a figure of its own
// (row number × 10 + column number), so a column read as another shows.
const template = tableTemplate('applications', '2021')
const keys = template.columns.map((c) => c.key)
const figure = (row: number, column: string) => (row + 1) * 10 + keys.indexOf(column) + 1
const unknownColumn = '个体工商户'

type Separator = '\t' | '|' | ',' | '  '

function table(order: string[], separator: Separator): string {
  const heading = (k: string) => (k === 'extra' ? unknownColumn : template.columns.find((c) => c.key === k)!.label)
  const cells = [['', ...order.map(heading)]]
  template.rows.forEach((r, i) => cells.push([`${r.marker ?? ''}${r.label}`, ...order.map((k) => String(k === 'extra' ? 9999 : figure(i, k)))]))
  const lines = cells.map((c) => (separator === '|' ? `| ${c.join(' | ')} |` : c.join(separator)))
  if (separator === '|') lines.splice(1, 0, `|${order.map(() => ' - |').join('')} - |`)
  return ['某某区人民政府办公室2023年政府信息公开工作年度报告', '三、收到和处理政府信息公开申请情况', ...lines, '四、政府信息公开行政复议、行政诉讼情况', ''].join('\n')
}

function read(order: string[], separator: Separator) {
  const { report, diagnostics } = parseText(table(order, separator))
  const cells = template.rows.flatMap((r) => keys.map((k) => [r.key, k, report!.tables.applications.rows[r.key]![k]!.value] as const))
  return { cells, diagnostics }
}

describe.each([
  ['tabs', '\t' as const],
  ['pipes', '|' as const],
  ['CSV', ',' as const],
  ['space-aligned columns', '  ' as const],
])('table 三 in %s read by its header', (_, separator) => {
  it('columns moved (总计 first, 自然人 last, header with them) read as their headings say', () => {
    const order = ['total', 'commercial', 'research', 'nonprofit', 'legalService', 'otherOrg', 'naturalPerson']
    const { cells } = read(order, separator)
    expect(cells.filter(([r, k, v]) => v !== figure(template.rows.findIndex((x) => x.key === r), k))).toEqual([])
  })

  it('a column neither header nor rows hold: its cells blank, one message naming it, the rest read', () => {
    const order = keys.filter((k) => k !== 'research')
    const { cells, diagnostics } = read(order, separator)
    expect(cells.filter(([, k, v]) => k !== 'research' && v === null)).toEqual([])
    expect(cells.filter(([r, k, v]) => k !== 'research' && v !== figure(template.rows.findIndex((x) => x.key === r), k))).toEqual([])
    expect(cells.filter(([, k, v]) => k === 'research' && v !== null)).toEqual([])
    const missing = diagnostics.filter((d) => d.ruleId === 'column-missing')
    expect(missing).toHaveLength(1)
    expect(missing[0]!.reason).toContain('科研机构')
    expect(missing[0]!.cells).toHaveLength(template.rows.length)
    expect(diagnostics.filter((d) => d.ruleId === 'cell-without-value')).toEqual([])
  })

  it('a column the template has not: reported once, its figures placed nowhere', () => {
    const order = [...keys.slice(0, 3), 'extra', ...keys.slice(3)]
    const { cells, diagnostics } = read(order, separator)
    expect(cells.filter(([r, k, v]) => v !== figure(template.rows.findIndex((x) => x.key === r), k))).toEqual([])
    expect(cells.some(([, , v]) => v === 9999)).toBe(false)
    const unknown = diagnostics.filter((d) => d.ruleId === 'column-unknown')
    expect(unknown).toHaveLength(1)
    expect(unknown[0]!.reason).toContain(unknownColumn)
  })

  it('two columns headed 总计: not guessed, reported', () => {
    const order = ['total', 'commercial', 'research', 'nonprofit', 'legalService', 'otherOrg', 'total']
    const { cells, diagnostics } = read(order, separator)
    expect(cells.filter(([, , v]) => v !== null)).toEqual([])
    expect(diagnostics.filter((d) => d.ruleId === 'column-ambiguous')).toHaveLength(1)
  })
})

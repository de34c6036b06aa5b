import { describe, expect, it } from 'vitest'
import { getCell, setCell } from '@gai/model'
import { filledReport } from '../test/fixture.ts'
import { toMarkdown, toMdast } from './mdast.ts'

const lineOf = (md: string, start: string) => md.split('\n').find((l) => l.startsWith(start))

describe('toMarkdown', () => {
  const r = filledReport('2021', ['applications/denied.stateSecret/research', 'reviewLitigation/review/pending'])
  r.meta.title = '示例县人民政府办公室2023年政府信息公开工作年度报告'
  const md = toMarkdown(r)

  it('writes the title, the six headings in template order and the prose a paragraph a line', () => {
    const headings = md.split('\n').filter((l) => l.startsWith('#'))
    expect(headings).toEqual([
      '# 示例县人民政府办公室2023年政府信息公开工作年度报告',
      '## 一、总体情况',
      '## 二、主动公开政府信息情况',
      '## 三、收到和处理政府信息公开申请情况',
      '## 四、政府信息公开行政复议、行政诉讼情况',
      '## 五、存在的主要问题及改进情况',
      '## 六、其他需要报告的事项',
    ])
    expect(md).toContain('## 一、总体情况\n\n本年度主动公开政府信息 120 条。\n\n（一）主动公开\n\n## 二')
  })

  it('puts each table after its section prose', () => {
    const at = (s: string) => md.indexOf(s)
    expect(at('详见下表。')).toBeLessThan(at('| 第二十条第（一）项'))
    expect(at('| 第二十条第（一）项')).toBeLessThan(at('## 三、'))
    expect(at('## 三、')).toBeLessThan(at('| 一、本年新收政府信息公开申请数量'))
    expect(at('## 四、')).toBeLessThan(at('| 行政复议 |'))
    expect(at('| 行政复议 |')).toBeLessThan(at('## 五、'))
  })

  it('lays table 二 out block by block, each with its own header row', () => {
    expect(lineOf(md, '| 第二十条第（一）项')).toBe('| 第二十条第（一）项 | 本年制发件数 | 本年废止件数 | 现行有效件数 |')
    expect(lineOf(md, '| 规章 ')).toBe('| 规章 | 1 | 2 | 3 |')
    expect(lineOf(md, '| 第二十条第（八）项')).toBe('| 第二十条第（八）项 | 本年收费金额（单位：万元） | | |')
    expect(lineOf(md, '| 行政事业性收费')).toBe('| 行政事业性收费 | 10 | | |')
  })

  it('writes table 三 rows with their group in the label, seven columns, blanks empty', () => {
    expect(lineOf(md, '| |')).toBe('| | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |')
    expect(lineOf(md, '| 一、本年新收')).toBe('| 一、本年新收政府信息公开申请数量 | 11 | 12 | 13 | 14 | 15 | 16 | 17 |')
    // denied.stateSecret/research was left blank: an empty cell, not 0.
    expect(lineOf(md, '| （三）不予公开 1.属于国家秘密')).toBe('| （三）不予公开 1.属于国家秘密 | 39 | 40 | | 42 | 43 | 44 | 45 |')
    expect(lineOf(md, '| （六）其他处理 3.其他')).toMatch(/^\| （六）其他处理 3\.其他( \| \d+){7} \|$/)
    expect(md.match(/^\| （[一二三四五六七]）/gm)).toHaveLength(22)
  })

  it('writes table 四 as three rows of five columns', () => {
    expect(lineOf(md, '| | 结果维持')).toBe('| | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |')
    expect(lineOf(md, '| 行政复议')).toBe('| 行政复议 | 186 | 187 | 188 | | 190 |')
    expect(lineOf(md, '| 行政诉讼 未经复议直接起诉')).toBe('| 行政诉讼 未经复议直接起诉 | 191 | 192 | 193 | 194 | 195 |')
    expect(lineOf(md, '| 行政诉讼 复议后起诉')).toBe('| 行政诉讼 复议后起诉 | 196 | 197 | 198 | 199 | 200 |')
  })

  it('writes decimals plainly and uses the heading the report wrote', () => {
    const x = filledReport('2021')
    setCell(x, 'active/fees/amount', { value: 24252.311082, raw: '24252.311082万元', unit: '万元' })
    x.sections.applications = { id: 'applications', heading: '3、收到和处理政府信息公开申请情况', text: '' }
    const out = toMarkdown(x)
    expect(lineOf(out, '| 行政事业性收费')).toBe('| 行政事业性收费 | 24252.311082 | | |')
    expect(out).toContain('\n## 3、收到和处理政府信息公开申请情况\n')
  })

  it('can print the official layout flattened instead', () => {
    const out = toMarkdown(r, { layout: 'official' })
    expect(lineOf(out, '| 行政复议')).toBe('| 行政复议 | | | | | 行政诉讼 | | | | | | | | | |')
    expect(out).toContain('| | （三）不予公开 | 1.属于国家秘密 | 39 | 40 | | 42 | 43 | 44 | 45 |')
  })

  it('builds from handlers the caller can override, and escapes pipes in cells', () => {
    const out = toMarkdown(r, {
      handlers: {
        paragraph: () => [],
        cell: (_, c) => ({ type: 'tableCell', children: [{ type: 'text', value: c.key ? `${c.text}|${c.key}` : c.text }] }),
      },
    })
    expect(out).not.toContain('详见下表。')
    expect(out).toContain('| 规章 | 1\\|active/regulations/issued |')
    // The default handlers still run for the rest.
    expect(out).toContain('## 一、总体情况')
  })

  it('gives an mdast tree with one GFM table per statistical table', () => {
    const tree = toMdast(r)
    const tables = tree.children.filter((n) => n.type === 'table')
    expect(tables).toHaveLength(3)
    expect(tables.map((t) => (t.type === 'table' ? t.children.length : 0))).toEqual([6 + 4, 1 + 25, 1 + 3])
    expect(getCell(r, 'applications/newReceived/total')?.value).toBe(17)
  })
})

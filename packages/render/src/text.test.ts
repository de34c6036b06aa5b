import { describe, expect, it } from 'vitest'
import { filledReport } from '../test/fixture.ts'
import { toJson } from './json.ts'
import { toText } from './text.ts'

describe('toText', () => {
  const r = filledReport('2021', ['applications/newReceived/research', 'reviewLitigation/review/upheld'])
  const lines = toText(r).split('\n')

  it('writes the title, the headings and a paragraph a line', () => {
    expect(lines[0]).toBe('示例县人民政府办公室2023年政府信息公开工作年度报告')
    expect(lines.slice(2, 5)).toEqual(['一、总体情况', '本年度主动公开政府信息 120 条。', '（一）主动公开'])
    for (const h of ['二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项']) expect(lines).toContain(h)
  })

  it('writes tables as tab-separated lines, label cells then values, a blank an empty field', () => {
    expect(lines).toContain('信息内容\t本年制发件数\t本年废止件数\t现行有效件数')
    expect(lines).toContain('规章\t1\t2\t3')
    expect(lines).toContain('一、本年新收政府信息公开申请数量\t\t\t11\t12\t\t14\t15\t16\t17')
    expect(lines).toContain('\t（三）不予公开\t1.属于国家秘密\t39\t40\t41\t42\t43\t44\t45')
    // Table 四's data row: fifteen values, the blank 行政复议 结果维持 first.
    expect(lines).toContain(['', ...Array.from({ length: 14 }, (_, i) => 187 + i)].join('\t'))
    // Every line of a table is as wide as its grid.
    const start = lines.indexOf('四、政府信息公开行政复议、行政诉讼情况')
    expect(lines.slice(start + 1, start + 5).map((l) => l.split('\t').length)).toEqual([15, 15, 15, 15])
  })
})

describe('toJson', () => {
  it('is the model as indented JSON with a final newline', () => {
    const r = filledReport('2019')
    const json = toJson(r)
    expect(json.endsWith('}\n')).toBe(true)
    expect(JSON.parse(json)).toEqual(r)
    expect(json).toBe(`${JSON.stringify(JSON.parse(json), null, 2)}\n`)
  })
})

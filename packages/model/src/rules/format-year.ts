import { tableIds } from '../templates/formats.ts'
import { tableNumber } from './relations.ts'
import { defineRule } from './types.ts'

/** The 2021 format applies to reports for 2021 onward; the 2019 trial format to 2019 and 2020. */
export const formatYear = defineRule({
  id: 'format-year',
  scope: 'report',
  severity: 'warning',
  description: {
    zh: '表格版本与报告年度相符：2021 年及以后用 2021 版格式，2019、2020 年用 2019 版（试行）格式',
    en: 'Table format matches the report year: 2021 format from 2021 on, the 2019 trial format for 2019 and 2020',
  },
  check(report, context) {
    const year = report.meta.year
    if (year === undefined) return
    const expected = year >= 2021 ? '2021' : '2019'
    for (const id of tableIds) {
      const table = report.tables[id]
      // Table 四 is the same in both versions, so its version says nothing about the year.
      if (id === 'reviewLitigation' || table.format === expected) continue
      context.report({
        reason: {
          zh: `${year} 年度报告的表${tableNumber(id)}使用了 ${table.format} 版格式，应为 ${expected} 版`,
          en: `Table ${id} of a ${year} report follows the ${table.format} format; expected ${expected}`,
        },
        cells: [],
        ...(table.origin ? { place: table.origin.position } : {}),
        data: { table: id, format: table.format, expected, year },
      })
    }
  },
  examples: {
    ok: [
      {
        title: { zh: '2023 年报告用 2021 版', en: 'A 2023 report in the 2021 format' },
        text: `示例市示例局2023年政府信息公开工作年度报告

二、主动公开政府信息情况

| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |
| 规章 | 1 | 0 | 5 |
| 行政规范性文件 | 2 | 1 | 9 |
`,
      },
    ],
    notOk: [
      {
        title: { zh: '2023 年报告用 2019 版', en: 'A 2023 report in the 2019 format' },
        text: `示例市示例局2023年政府信息公开工作年度报告

二、主动公开政府信息情况

| 信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 |
| 规章 | 1 | 1 | 5 |
| 规范性文件 | 2 | 2 | 9 |
`,
        messages: {
          zh: [
            '5:3  2023 年度报告的表二使用了 2019 版格式，应为 2021 版  format-year',
          ],
          en: [
            '5:3  Table active of a 2023 report follows the 2019 format; expected 2021  format-year',
          ],
        },
      },
    ],
  },
})

import { defineRule } from './types.ts'
import { extractStatements } from './narrative/extract.ts'
import { sectionName, wordsPlace } from './narrative/context.ts'


/** R8: a total stated in words and the parts listed after it. */
export const narrativePartsSum = defineRule({
  id: 'narrative-parts-sum',
  code: 'R8',
  scope: 'report',
  severity: 'warning',
  description: {
    zh: '正文所列分项之和与所述总数一致（“共 N 条，其中 a 条、b 条……”）：分项之和不得超过总数；“分别为”列出的分项之和应等于总数',
    en: 'Parts listed after a stated total add up: never more than the total, and exactly the total when announced as the breakdown (分别为)',
  },
  check(report, context) {
    for (const s of extractStatements(report)) {
      if (s.kind !== 'parts') continue
      const sum = s.parts.reduce((a, p) => a + p.value, 0)
      if (sum === s.value || (!s.exhaustive && sum < s.value)) continue
      context.report({
        reason: {
          zh: `${sectionName(s)}“${s.quote.slice(0, 40)}${s.quote.length > 40 ? '…' : ''}”：分项之和 ${sum}${s.unit}，${s.exhaustive ? '不等于' : '超过'}总数 ${s.value}${s.unit}`,
          en: `section ${s.section}: the parts add up to ${sum}, ${s.exhaustive ? 'not' : 'more than'} the stated total ${s.value}`,
        },
        cells: [],
        actual: sum,
        expected: s.value,
        ...wordsPlace(report, s),
      })
    }
  },
  examples: {
    ok: [
      {
        title: { zh: '分项之和等于总数', en: 'Parts add up' },
        text: `示例市示例局2023年政府信息公开工作年度报告

二、主动公开政府信息情况

全年主动公开政府信息 70 条，其中政策文件 39 条、工作动态 31 条。

| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |
| 规章 | 1 | 0 | 5 |
| 行政规范性文件 | 2 | 1 | 9 |
`,
      },
      {
        title: { zh: '“其中”只列部分分项', en: 'A selection of parts' },
        text: `示例市示例局2023年政府信息公开工作年度报告

二、主动公开政府信息情况

全年主动公开政府信息 70 条，其中政策文件 39 条。

| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |
| 规章 | 1 | 0 | 5 |
| 行政规范性文件 | 2 | 1 | 9 |
`,
      },
    ],
    notOk: [
      {
        title: { zh: '分项之和超过总数', en: 'Parts exceed the total' },
        text: `示例市示例局2023年政府信息公开工作年度报告

二、主动公开政府信息情况

全年累计发布信息 70 条，其中动态类 39 条，政务信息 35 条。

| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |
| 规章 | 1 | 0 | 5 |
| 行政规范性文件 | 2 | 1 | 9 |
`,
        messages: {
          zh: [
            '3:1  第二部分“全年累计发布信息 70 条，其中动态类 39 条，政务信息 35 条”：分项之和 74条，超过总数 70条  narrative-parts-sum',
          ],
          en: [
            '3:1  section active: the parts add up to 74, more than the stated total 70  narrative-parts-sum',
          ],
        },
      },
      {
        title: { zh: '“分别为”的分项之和少于总数', en: 'A breakdown short of the total' },
        text: `示例市示例局2023年政府信息公开工作年度报告

二、主动公开政府信息情况

共发布信息七十条，分别为文件 39 条、动态 12 条。

| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |
| 规章 | 1 | 0 | 5 |
| 行政规范性文件 | 2 | 1 | 9 |
`,
        messages: {
          zh: [
            '3:1  第二部分“共发布信息七十条，分别为文件 39 条、动态 12 条”：分项之和 51条，不等于总数 70条  narrative-parts-sum',
          ],
          en: [
            '3:1  section active: the parts add up to 51, not the stated total 70  narrative-parts-sum',
          ],
        },
      },
    ],
  },
})

import { defineRule } from './types.ts'
import { extractStatements } from './narrative/extract.ts'
import { cellsOf, sectionName, wordsPlace } from './narrative/context.ts'


/** R8: “未发生行政复议” beside a table that counts one. */
export const narrativeNoneContradiction = defineRule({
  id: 'narrative-none-contradiction',
  code: 'R8',
  scope: 'report',
  severity: 'warning',
  description: {
    zh: '正文称“未收到申请”“未发生行政复议、行政诉讼”时，表中对应的数不为 0 即为矛盾',
    en: 'A statement that nothing happened (未收到申请, 未发生行政复议) contradicts a non-zero cell',
  },
  check(report, context) {
    for (const s of extractStatements(report)) {
      if (s.kind !== 'none') continue
      const { cells, sum } = cellsOf(report, s.cells)
      if (sum === null || sum === 0) continue
      context.report({
        reason: {
          zh: `${sectionName(s)}称“${s.quote}”，但表中${s.subject.zh}为 ${sum}`,
          en: `section ${s.section} states “${s.quote}” (no ${s.subject.en}), the table holds ${sum}`,
        },
        cells,
        actual: sum,
        expected: 0,
        ...wordsPlace(report, s),
      })
    }
  },
  examples: {
    ok: [
      {
        title: { zh: '未发生行政诉讼，表四为 0', en: 'No lawsuits, none in table 四' },
        text: `示例市示例局2023年政府信息公开工作年度报告

四、政府信息公开行政复议、行政诉讼情况

本年度未发生政府信息公开行政诉讼案件。

| 行政复议 | | | | | 行政诉讼 | | | | | | | | | |
| | | | | | 未经复议直接起诉 | | | | | 复议后起诉 | | | | |
| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |
| 1 | 0 | 0 | 1 | 2 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
`,
      },
    ],
    notOk: [
      {
        title: { zh: '称未发生行政复议，表四有 2 件', en: 'No reviews said, two in table 四' },
        text: `示例市示例局2023年政府信息公开工作年度报告

四、政府信息公开行政复议、行政诉讼情况

本年度未发生政府信息公开行政复议案件。

| 行政复议 | | | | | 行政诉讼 | | | | | | | | | |
| | | | | | 未经复议直接起诉 | | | | | 复议后起诉 | | | | |
| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |
| 1 | 0 | 0 | 1 | 2 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
`,
        messages: {
          zh: [
            '3:1  第四部分称“未发生政府信息公开行政复议”，但表中行政复议为 2  narrative-none-contradiction',
          ],
          en: [
            '3:1  section reviewLitigation states “未发生政府信息公开行政复议” (no administrative reviews), the table holds 2  narrative-none-contradiction',
          ],
        },
      },
      {
        title: { zh: '称未收到申请，表三有申请', en: 'No applications said, some in table 三' },
        text: `示例市示例局2023年政府信息公开工作年度报告

一、总体情况

本年度未收到政府信息公开申请。

三、收到和处理政府信息公开申请情况

| 申请人情况 | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |
| 一、本年新收政府信息公开申请数量 | 3 | 1 | 0 | 0 | 0 | 0 | 4 |
`,
        messages: {
          zh: [
            '3:1  第一部分称“未收到政府信息公开申请”，但表中政府信息公开申请为 4  narrative-none-contradiction',
          ],
          en: [
            '3:1  section overview states “未收到政府信息公开申请” (no applications), the table holds 4  narrative-none-contradiction',
          ],
        },
      },
    ],
  },
})

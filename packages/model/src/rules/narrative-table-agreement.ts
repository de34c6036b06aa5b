import { defineRule } from './types.ts'
import { extractStatements } from './narrative/extract.ts'
import { cellsOf, sectionName, wordsPlace } from './narrative/context.ts'


/** R8: a count stated in words and the table cell (or cells) it names. */
export const narrativeTableAgreement = defineRule({
  id: 'narrative-table-agreement',
  code: 'R8',
  scope: 'report',
  severity: 'warning',
  description: {
    zh: '正文所述申请数、办理结果数、行政复议和行政诉讼数与表三、表四中对应的单元格一致',
    en: 'Application, outcome, review and lawsuit counts stated in the prose agree with the cells of tables 三 and 四 they name',
  },
  check(report, context) {
    for (const s of extractStatements(report)) {
      if (s.kind !== 'table') continue
      const { cells, sum } = cellsOf(report, s.cells)
      // A blank cell cannot be compared; the table's own rules already say it is blank.
      if (sum === null || sum === s.value) continue
      // `受理申请 5 件` with 4 new and 1 carried over counts both: no contradiction.
      if (s.alternatives.some((keys) => cellsOf(report, keys).sum === s.value)) continue
      context.report({
        reason: {
          zh: `${sectionName(s)}称“${s.quote}”，但表中${s.subject.zh}为 ${sum}`,
          en: `section ${s.section} states “${s.quote}” (${s.value} ${s.subject.en}), the table holds ${sum}`,
        },
        cells,
        actual: s.value,
        expected: sum,
        ...wordsPlace(report, s),
      })
    }
  },
  examples: {
    ok: [
      {
        title: { zh: '正文与表三一致', en: 'Prose agrees with table 三' },
        text: `示例市示例局2023年政府信息公开工作年度报告

一、总体情况

本年度共收到政府信息公开申请 4 件，上年结转 1 件。

三、收到和处理政府信息公开申请情况

| 申请人情况 | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |
| 一、本年新收政府信息公开申请数量 | 3 | 1 | 0 | 0 | 0 | 0 | 4 |
| 二、上年结转政府信息公开申请数量 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |
`,
      },
      {
        title: { zh: '受理数含上年结转', en: 'Accepted count includes those carried over' },
        text: `示例市示例局2023年政府信息公开工作年度报告

一、总体情况

本年度共受理政府信息公开申请5件（含上年结转1件），其中自然人申请4件，法人或其他组织申请1件。

三、收到和处理政府信息公开申请情况

| 申请人情况 | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |
| 一、本年新收政府信息公开申请数量 | 3 | 1 | 0 | 0 | 0 | 0 | 4 |
| 二、上年结转政府信息公开申请数量 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |
`,
      },
    ],
    notOk: [
      {
        title: { zh: '收到申请数与表三不符', en: 'Received count differs from table 三' },
        text: `示例市示例局2023年政府信息公开工作年度报告

一、总体情况

本年度共收到政府信息公开申请七十五件。

三、收到和处理政府信息公开申请情况

| 申请人情况 | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |
| 一、本年新收政府信息公开申请数量 | 3 | 1 | 0 | 0 | 0 | 0 | 4 |
| 二、上年结转政府信息公开申请数量 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |
`,
        messages: {
          zh: [
            '3:1  第一部分称“收到政府信息公开申请七十五件”，但表中本年新收申请为 4  narrative-table-agreement',
          ],
          en: [
            '3:1  section overview states “收到政府信息公开申请七十五件” (75 applications received), the table holds 4  narrative-table-agreement',
          ],
        },
      },
      {
        title: { zh: '新收申请数不含上年结转', en: 'Newly received excludes those carried over' },
        text: `示例市示例局2023年政府信息公开工作年度报告

一、总体情况

本年度新收政府信息公开申请5件。

三、收到和处理政府信息公开申请情况

| 申请人情况 | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |
| 一、本年新收政府信息公开申请数量 | 3 | 1 | 0 | 0 | 0 | 0 | 4 |
| 二、上年结转政府信息公开申请数量 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |
`,
        messages: {
          zh: [
            '3:1  第一部分称“新收政府信息公开申请5件”，但表中本年新收申请为 4  narrative-table-agreement',
          ],
          en: [
            '3:1  section overview states “新收政府信息公开申请5件” (5 applications received), the table holds 4  narrative-table-agreement',
          ],
        },
      },
      {
        title: { zh: '行政复议数与表四不符', en: 'Review count differs from table 四' },
        text: `示例市示例局2023年政府信息公开工作年度报告

一、总体情况

全年发生行政复议 3 件。

四、政府信息公开行政复议、行政诉讼情况

| 行政复议 | | | | | 行政诉讼 | | | | | | | | | |
| | | | | | 未经复议直接起诉 | | | | | 复议后起诉 | | | | |
| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |
| 1 | 0 | 0 | 1 | 2 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
`,
        messages: {
          zh: [
            '3:1  第一部分称“行政复议 3 件”，但表中行政复议为 2  narrative-table-agreement',
          ],
          en: [
            '3:1  section overview states “行政复议 3 件” (3 administrative reviews), the table holds 2  narrative-table-agreement',
          ],
        },
      },
    ],
  },
})

import { cellKey } from '../cells.ts'
import { describeCell } from '../templates/labels.ts'
import { tableIds, tableTemplate } from '../templates/formats.ts'
import { defineRule } from './types.ts'

/** R7: what a cell may hold follows from its column's kind in the template. */
export const domain = defineRule({
  id: 'domain',
  code: 'R7',
  scope: 'report',
  severity: 'error',
  description: {
    zh: '件数为不小于 0 的整数；金额不小于 0；只有 2019 版“本年增/减”可为负数',
    en: 'Counts are integers ≥ 0; amounts ≥ 0; only the 2019 `change` column may be negative',
  },
  check(report, context) {
    for (const id of tableIds) {
      const table = report.tables[id]
      const template = tableTemplate(id, table.format)
      for (const row of template.rows) {
        for (const column of row.columns) {
          const cell = table.rows[row.key]?.[column]
          if (!cell || cell.value === null) continue
          const kind = template.columns.find((c) => c.key === column)?.kind ?? 'count'
          const v = cell.value
          const problem = !Number.isFinite(v)
            ? { zh: '不是有限数值', en: 'is not a finite number' }
            : kind === 'amount'
              ? v < 0
                ? { zh: '金额不能为负数', en: 'an amount cannot be negative' }
                : undefined
              : !Number.isInteger(v)
                ? { zh: '件数应为整数', en: 'a count must be an integer' }
                : kind === 'count' && v < 0
                  ? { zh: '件数不能为负数', en: 'a count cannot be negative' }
                  : undefined
          if (!problem) continue
          const key = cellKey(id, row.key, column)
          const label = describeCell(key, table.format)
          context.report({
            reason: { zh: `${label.zh}为 ${v}：${problem.zh}`, en: `${key} is ${v}: ${problem.en}` },
            cells: [{ key, value: v, ...(cell.origin ? { origin: cell.origin } : {}) }],
            actual: v,
            ...(cell.origin ? { place: cell.origin.position } : {}),
          })
        }
      }
    }
  },
  examples: {
    ok: [
      {
        title: { zh: '整数件数', en: 'Whole counts' },
        text: `示例市示例局2023年政府信息公开工作年度报告

二、主动公开政府信息情况

| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |
| 规章 | 1 | 0 | 5 |
| 行政规范性文件 | 2 | 1 | 9 |
`,
      },
      {
        title: { zh: '2019 版本年增/减为负数', en: 'A negative 2019 change' },
        text: `示例市示例局2020年政府信息公开工作年度报告

二、主动公开政府信息情况

| 信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 |
| 规章 | 1 | 1 | 5 |
| 规范性文件 | 2 | 2 | 9 |
| 信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 |
| 行政许可 | 12 | -3 | 40 |
`,
      },
    ],
    notOk: [
      {
        title: { zh: '负的件数', en: 'A negative count' },
        text: `示例市示例局2023年政府信息公开工作年度报告

二、主动公开政府信息情况

| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |
| 规章 | -1 | 0 | 5 |
| 行政规范性文件 | 2 | 1 | 9 |
`,
        messages: {
          zh: [
            '6:8  表二“规章”行“本年制发件数”列为 -1：件数不能为负数  domain',
          ],
          en: [
            '6:8  active/regulations/issued is -1: a count cannot be negative  domain',
          ],
        },
      },
      {
        title: { zh: '小数件数', en: 'A fractional count' },
        text: `示例市示例局2023年政府信息公开工作年度报告

三、收到和处理政府信息公开申请情况

| 申请人情况 | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |
| 三、本年度办理结果 | （一）予以公开 | 2 | 0 | 1.5 | 0 | 0 | 0 | 3.5 |
`,
        messages: {
          zh: [
            '6:33  表三“（一）予以公开”行“科研机构”列为 1.5：件数应为整数  domain',
            '6:51  表三“（一）予以公开”行“总计”列为 3.5：件数应为整数  domain',
          ],
          en: [
            '6:33  applications/granted/research is 1.5: a count must be an integer  domain',
            '6:51  applications/granted/total is 3.5: a count must be an integer  domain',
          ],
        },
      },
    ],
  },
})

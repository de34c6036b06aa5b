import { checkRelations } from './relations.ts'
import { defineRule } from './types.ts'

/** R4 over the three groups of table 四. */
export const reviewLitigationSum = defineRule({
  id: 'review-litigation-sum',
  code: 'R4',
  scope: 'report',
  severity: 'error',
  description: {
    zh: '表四每一组：总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结',
    en: 'Per group of table 四: total = upheld + corrected + other + pending',
  },
  check: (report, context) => checkRelations(report, 'reviewLitigation', 'review-litigation-sum', context),
  examples: {
    ok: [
      {
        title: { zh: '复议总计正确', en: 'Review totals right' },
        text: `示例市示例局2023年政府信息公开工作年度报告

四、政府信息公开行政复议、行政诉讼情况

| 行政复议 | | | | | 行政诉讼 | | | | | | | | | |
| | | | | | 未经复议直接起诉 | | | | | 复议后起诉 | | | | |
| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |
| 1 | 0 | 0 | 1 | 2 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
`,
      },
    ],
    notOk: [
      {
        title: { zh: '行政复议总计多 1', en: 'Review total one too many' },
        text: `示例市示例局2023年政府信息公开工作年度报告

四、政府信息公开行政复议、行政诉讼情况

| 行政复议 | | | | | 行政诉讼 | | | | | | | | | |
| | | | | | 未经复议直接起诉 | | | | | 复议后起诉 | | | | |
| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |
| 1 | 0 | 0 | 1 | 3 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
`,
        messages: {
          zh: [
            '8:19  表四“行政复议”行“总计”列为 3，不等于维持、纠正、其他、尚未审结之和 2  review-litigation-sum',
          ],
          en: [
            '8:19  review-litigation-sum/review: total is 3, upheld + corrected + other + pending is 2  review-litigation-sum',
          ],
        },
      },
    ],
  },
})

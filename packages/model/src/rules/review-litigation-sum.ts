import { bump } from './example-helpers.ts'
import { checkRelations } from './relations.ts'
import { sampleReport } from './sample.ts'
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
    ok: [{ title: { zh: '复议总计正确', en: 'Review totals right' }, reports: () => [sampleReport()] }],
    notOk: [
      {
        title: { zh: '行政复议总计多 1', en: 'Review total one too many' },
        messages: [
          {
            severity: 'error',
            zh: '表四“行政复议”行“总计”列为 3，不等于维持、纠正、其他、尚未审结之和 2',
            en: 'review-litigation-sum/review: total is 3, upheld + corrected + other + pending is 2',
          },
        ],
        reports: () => [bump(sampleReport(), 'reviewLitigation/review/total', 1)],
      },
    ],
  },
})

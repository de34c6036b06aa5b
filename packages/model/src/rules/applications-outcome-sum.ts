import { bump } from './example-helpers.ts'
import { checkRelations } from './relations.ts'
import { sampleReport } from './sample.ts'
import { defineRule } from './types.ts'

/** R2: can fail while R1 holds (a real report: outcome rows add to 26 against a 总计 of 20). */
export const applicationsOutcomeSum = defineRule({
  id: 'applications-outcome-sum',
  code: 'R2',
  scope: 'report',
  severity: 'error',
  description: {
    zh: '表三每一列：（七）总计 = （一）至（六）各项办理结果之和',
    en: 'Per column of table 三: totalHandled = the sum of every outcome row',
  },
  check: (report, context) => checkRelations(report, 'applications', 'applications-outcome-sum', context),
  examples: {
    ok: [{ title: { zh: '办理结果与总计一致', en: 'Outcomes add up to the total' }, reports: () => [sampleReport()] }],
    notOk: [
      {
        title: { zh: '予以公开多计 1 件而总计未变', en: 'One more granted, total unchanged' },
        messages: [
          {
            severity: 'error',
            zh: '表三“（七）总计”行“自然人”列为 3，不等于各项办理结果之和 4',
            en: 'applications-outcome-sum/naturalPerson: totalHandled is 3, the outcome rows add up to 4',
          },
          {
            severity: 'error',
            zh: '表三“（七）总计”行“总计”列为 4，不等于各项办理结果之和 5',
            en: 'applications-outcome-sum/total: totalHandled is 4, the outcome rows add up to 5',
          },
        ],
        reports: () => [bump(bump(sampleReport(), 'applications/granted/naturalPerson', 1), 'applications/granted/total', 1)],
      },
    ],
  },
})

import { bump } from './example-helpers.ts'
import { checkRelations } from './relations.ts'
import { sampleReport } from './sample.ts'
import { defineRule } from './types.ts'

/** R3: real 2019 reports often leave the 总计 column blank; those rows are not assessable. */
export const applicationsApplicantSum = defineRule({
  id: 'applications-applicant-sum',
  code: 'R3',
  scope: 'report',
  severity: 'error',
  description: {
    zh: '表三每一行：总计 = 自然人 + 法人或其他组织五类之和',
    en: 'Per row of table 三: total = the six applicant columns',
  },
  check: (report, context) => checkRelations(report, 'applications', 'applications-applicant-sum', context),
  examples: {
    ok: [{ title: { zh: '各行总计正确', en: 'Every row total is right' }, reports: () => [sampleReport()] }],
    notOk: [
      {
        title: { zh: '予以公开行总计少 1', en: 'The granted row total one short' },
        messages: [
          {
            severity: 'error',
            zh: '表三“（一）予以公开”行“总计”列为 2，不等于各类申请人之和 3',
            en: 'applications-applicant-sum/granted: total is 2, the six applicant columns add up to 3',
          },
        ],
        reports: () => [bump(sampleReport(), 'applications/granted/total', -1)],
      },
    ],
  },
})

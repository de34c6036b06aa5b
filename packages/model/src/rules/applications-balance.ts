import { bump, withCells } from './example-helpers.ts'
import { checkRelations } from './relations.ts'
import { sampleReport } from './sample.ts'
import { defineRule } from './types.ts'

/** R1, the one relation the template itself prints in table 三's corner cell. */
export const applicationsBalance = defineRule({
  id: 'applications-balance',
  code: 'R1',
  scope: 'report',
  severity: 'error',
  description: {
    zh: '表三每一列：本年新收 + 上年结转 = （七）总计 + 结转下年度继续办理',
    en: 'Per column of table 三: newReceived + carriedOver = totalHandled + carriedForward',
  },
  check: (report, context) => checkRelations(report, 'applications', 'applications-balance', context),
  examples: {
    ok: [{ title: { zh: '收支平衡的报告', en: 'A balanced report' }, reports: () => [sampleReport()] }],
    notOk: [
      {
        title: { zh: '本年新收多填 1 件', en: 'newReceived one too many' },
        reports: () => [bump(bump(sampleReport(), 'applications/newReceived/naturalPerson', 1), 'applications/newReceived/total', 1)],
      },
      {
        title: { zh: '结转下年度漏填为 0', en: 'carriedForward written as 0' },
        reports: () => [withCells(sampleReport(), { 'applications/carriedForward/naturalPerson': 0, 'applications/carriedForward/total': 0 })],
      },
    ],
  },
})

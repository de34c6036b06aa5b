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
        messages: [
          {
            severity: 'error',
            zh: '表三“自然人”列：总计加结转下年度 4，不等于本年新收加上年结转 5',
            en: 'applications-balance/naturalPerson: totalHandled + carriedForward is 4, newReceived + carriedOver is 5',
          },
          {
            severity: 'error',
            zh: '表三“总计”列：总计加结转下年度 5，不等于本年新收加上年结转 6',
            en: 'applications-balance/total: totalHandled + carriedForward is 5, newReceived + carriedOver is 6',
          },
        ],
        reports: () => [bump(bump(sampleReport(), 'applications/newReceived/naturalPerson', 1), 'applications/newReceived/total', 1)],
      },
      {
        title: { zh: '结转下年度漏填为 0', en: 'carriedForward written as 0' },
        messages: [
          {
            severity: 'error',
            zh: '表三“自然人”列：总计加结转下年度 3，不等于本年新收加上年结转 4',
            en: 'applications-balance/naturalPerson: totalHandled + carriedForward is 3, newReceived + carriedOver is 4',
          },
          {
            severity: 'error',
            zh: '表三“总计”列：总计加结转下年度 4，不等于本年新收加上年结转 5',
            en: 'applications-balance/total: totalHandled + carriedForward is 4, newReceived + carriedOver is 5',
          },
        ],
        reports: () => [withCells(sampleReport(), { 'applications/carriedForward/naturalPerson': 0, 'applications/carriedForward/total': 0 })],
      },
    ],
  },
})

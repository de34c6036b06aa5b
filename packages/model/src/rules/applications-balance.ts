import { checkRelations } from './relations.ts'
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
    ok: [
      {
        title: { zh: '收支平衡的报告', en: 'A balanced report' },
        text: `示例市示例局2023年政府信息公开工作年度报告

三、收到和处理政府信息公开申请情况

| 申请人情况 | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |
| 一、本年新收政府信息公开申请数量 | 3 | 1 | 0 | 0 | 0 | 0 | 4 |
| 二、上年结转政府信息公开申请数量 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |
| （七）总计 | 3 | 1 | 0 | 0 | 0 | 0 | 4 |
| 四、结转下年度继续办理 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |
`,
      },
    ],
    notOk: [
      {
        title: { zh: '本年新收多填 1 件', en: 'newReceived one too many' },
        text: `示例市示例局2023年政府信息公开工作年度报告

三、收到和处理政府信息公开申请情况

| 申请人情况 | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |
| 一、本年新收政府信息公开申请数量 | 4 | 1 | 0 | 0 | 0 | 0 | 5 |
| 二、上年结转政府信息公开申请数量 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |
| （七）总计 | 3 | 1 | 0 | 0 | 0 | 0 | 4 |
| 四、结转下年度继续办理 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |
`,
        messages: {
          zh: [
            '8:11  表三“自然人”列：总计加结转下年度 4，不等于本年新收加上年结转 5  applications-balance',
            '8:35  表三“总计”列：总计加结转下年度 5，不等于本年新收加上年结转 6  applications-balance',
          ],
          en: [
            '8:11  applications-balance/naturalPerson: totalHandled + carriedForward is 4, newReceived + carriedOver is 5  applications-balance',
            '8:35  applications-balance/total: totalHandled + carriedForward is 5, newReceived + carriedOver is 6  applications-balance',
          ],
        },
      },
      {
        title: { zh: '结转下年度漏填为 0', en: 'carriedForward written as 0' },
        text: `示例市示例局2023年政府信息公开工作年度报告

三、收到和处理政府信息公开申请情况

| 申请人情况 | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |
| 一、本年新收政府信息公开申请数量 | 3 | 1 | 0 | 0 | 0 | 0 | 4 |
| 二、上年结转政府信息公开申请数量 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |
| （七）总计 | 3 | 1 | 0 | 0 | 0 | 0 | 4 |
| 四、结转下年度继续办理 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
`,
        messages: {
          zh: [
            '8:11  表三“自然人”列：总计加结转下年度 3，不等于本年新收加上年结转 4  applications-balance',
            '8:35  表三“总计”列：总计加结转下年度 4，不等于本年新收加上年结转 5  applications-balance',
          ],
          en: [
            '8:11  applications-balance/naturalPerson: totalHandled + carriedForward is 3, newReceived + carriedOver is 4  applications-balance',
            '8:35  applications-balance/total: totalHandled + carriedForward is 4, newReceived + carriedOver is 5  applications-balance',
          ],
        },
      },
    ],
  },
})

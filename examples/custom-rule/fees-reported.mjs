// A house rule: in the 2021 format, section 六 must say whether fees (信息处理费) were charged.
import { defineRule } from '@gai/model'

// A report as it is published, cut down to what the rule looks at: the title, one table (so
// that it reads as a 2021-format report) and section 六.
const report = (other) => `示例市示例局2023年政府信息公开工作年度报告

二、主动公开政府信息情况

| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |
| 规章 | 1 | 0 | 5 |

六、其他需要报告的事项

${other}
`

export const feesReported = defineRule({
  id: 'fees-reported',
  scope: 'report',
  severity: 'warning',
  description: { zh: '2021 版报告第六部分应说明信息处理费收取情况', en: 'Section 六 of a 2021-format report says whether fees were charged' },
  check(report, context) {
    if (report.format !== '2021') return
    const other = report.sections.other
    if (other && /处理费/.test(other.text)) return
    context.report({
      reason: { zh: '第六部分未说明信息处理费收取情况', en: 'Section 六 does not say whether fees were charged' },
      cells: [],
      ...(other?.origin ? { place: other.origin.position } : {}),
    })
  },
  examples: {
    ok: [{ title: { zh: '说明了未收费', en: 'Says no fees' }, text: report('本年度未收取信息处理费。') }],
    notOk: [
      {
        title: { zh: '未提及收费', en: 'Fees not mentioned' },
        text: report('无。'),
        // What the rule must say, written down from the text as `line:column  reason  ruleId`
        // (line 8 is the heading of section 六): the test compares it with what the rule reports.
        messages: {
          zh: ['8:1  第六部分未说明信息处理费收取情况  fees-reported'],
          en: ['8:1  Section 六 does not say whether fees were charged  fees-reported'],
        },
      },
    ],
  },
})

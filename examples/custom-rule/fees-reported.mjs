// A house rule: in the 2021 format, section 六 must say whether fees (信息处理费) were charged.
import { defineRule, sampleReport } from '@gai/model'

const withOther = (text) => {
  const r = sampleReport('2021', 2023)
  r.sections.other = { id: 'other', heading: '六、其他需要报告的事项', text }
  return r
}

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
    ok: [{ title: { zh: '说明了未收费', en: 'Says no fees' }, reports: () => [withOther('本年度未收取信息处理费。')] }],
    notOk: [
      {
        title: { zh: '未提及收费', en: 'Fees not mentioned' },
        reports: () => [withOther('无。')],
        // What the rule must say, written down: a test compares it with what the rule reports.
        messages: [{ severity: 'warning', zh: '第六部分未说明信息处理费收取情况', en: 'Section 六 does not say whether fees were charged' }],
      },
    ],
  },
})

import { defineRule } from './types.ts'
import { extractStatements } from './narrative/extract.ts'
import type { FeeStatement } from './narrative/extract.ts'
import { sectionName, wordsPlace } from './narrative/context.ts'


/** R8: the fees section 六 reports (2021 format) against fees mentioned elsewhere. */
export const narrativeFees = defineRule({
  id: 'narrative-fees',
  code: 'R8',
  scope: 'report',
  severity: 'warning',
  description: {
    zh: '第六部分所报信息处理费收取情况与正文其他部分的说法一致',
    en: 'Fees for handling applications reported in section 六 agree with what the prose says elsewhere',
  },
  check(report, context) {
    const fees = extractStatements(report).filter((s): s is FeeStatement => s.kind === 'fee')
    const inOther = fees.filter((s) => s.section === 'other')
    const elsewhere = fees.filter((s) => s.section !== 'other')
    for (const a of inOther) {
      for (const b of elsewhere) {
        if (a.value === b.value) continue
        context.report({
          reason: {
            zh: `第六部分称“${a.quote}”（${a.value} 元），${sectionName(b)}却称“${b.quote}”（${b.value} 元）`,
            en: `section other states “${a.quote}” (${a.value} yuan), section ${b.section} states “${b.quote}” (${b.value} yuan)`,
          },
          cells: [],
          actual: b.value,
          expected: a.value,
          ...wordsPlace(report, b),
        })
      }
    }
  },
  examples: {
    ok: [
      {
        title: { zh: '两处均称未收费', en: 'No fees, both places' },
        text: `示例市示例局2023年政府信息公开工作年度报告

一、总体情况

本年度未收取信息处理费。

六、其他需要报告的事项

本年度未收取信息处理费。
`,
      },
    ],
    notOk: [
      {
        title: { zh: '第六部分称未收费，总体情况称收费', en: 'None in 六, some in 一' },
        text: `示例市示例局2023年政府信息公开工作年度报告

一、总体情况

本年度收取信息处理费 200 元。

六、其他需要报告的事项

本年度未收取信息处理费。
`,
        messages: {
          zh: [
            '3:1  第六部分称“未收取信息处理费”（0 元），第一部分却称“信息处理费 200 元”（200 元）  narrative-fees',
          ],
          en: [
            '3:1  section other states “未收取信息处理费” (0 yuan), section overview states “信息处理费 200 元” (200 yuan)  narrative-fees',
          ],
        },
      },
    ],
  },
})

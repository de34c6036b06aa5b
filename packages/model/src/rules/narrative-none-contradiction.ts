import { defineRule } from './types.ts'
import { sampleReport } from './sample.ts'
import { withCells, withSection } from './example-helpers.ts'
import { extractStatements } from './narrative/extract.ts'
import { cellsOf, sectionName, wordsPlace } from './narrative/context.ts'

const withReview = (text: string) => withSection(sampleReport(), 'reviewLitigation', text)

/** R8: “未发生行政复议” beside a table that counts one. */
export const narrativeNoneContradiction = defineRule({
  id: 'narrative-none-contradiction',
  code: 'R8',
  scope: 'report',
  severity: 'warning',
  description: {
    zh: '正文称“未收到申请”“未发生行政复议、行政诉讼”时，表中对应的数不为 0 即为矛盾',
    en: 'A statement that nothing happened (未收到申请, 未发生行政复议) contradicts a non-zero cell',
  },
  check(report, context) {
    for (const s of extractStatements(report)) {
      if (s.kind !== 'none') continue
      const { cells, sum } = cellsOf(report, s.cells)
      if (sum === null || sum === 0) continue
      context.report({
        reason: {
          zh: `${sectionName(s)}称“${s.quote}”，但表中${s.subject.zh}为 ${sum}`,
          en: `section ${s.section} states “${s.quote}” (no ${s.subject.en}), the table holds ${sum}`,
        },
        cells,
        actual: sum,
        expected: 0,
        ...wordsPlace(report, s),
      })
    }
  },
  examples: {
    ok: [
      {
        title: { zh: '未发生行政诉讼，表四为 0', en: 'No lawsuits, none in table 四' },
        reports: () => [withReview('本年度未发生政府信息公开行政诉讼案件。')],
      },
    ],
    notOk: [
      {
        title: { zh: '称未发生行政复议，表四有 2 件', en: 'No reviews said, two in table 四' },
        messages: [
          {
            severity: 'warning',
            zh: '第四部分称“未发生政府信息公开行政复议”，但表中行政复议为 2',
            en: 'section reviewLitigation states “未发生政府信息公开行政复议” (no administrative reviews), the table holds 2',
          },
        ],
        reports: () => [withReview('本年度未发生政府信息公开行政复议案件。')],
      },
      {
        title: { zh: '称未收到申请，表三有申请', en: 'No applications said, some in table 三' },
        messages: [
          {
            severity: 'warning',
            zh: '第四部分称“未收到政府信息公开申请”，但表中政府信息公开申请为 4',
            en: 'section reviewLitigation states “未收到政府信息公开申请” (no applications), the table holds 4',
          },
        ],
        reports: () => [withCells(withReview('本年度未收到政府信息公开申请。'), {})],
      },
    ],
  },
})

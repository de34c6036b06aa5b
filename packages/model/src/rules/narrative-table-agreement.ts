import { defineRule } from './types.ts'
import { sampleReport } from './sample.ts'
import { withSection } from './example-helpers.ts'
import { extractStatements } from './narrative/extract.ts'
import { cellsOf, sectionName, wordsPlace } from './narrative/context.ts'

const withOverview = (text: string) => withSection(sampleReport(), 'overview', text)

/** R8: a count stated in words and the table cell (or cells) it names. */
export const narrativeTableAgreement = defineRule({
  id: 'narrative-table-agreement',
  code: 'R8',
  scope: 'report',
  severity: 'warning',
  description: {
    zh: '正文所述申请数、办理结果数、行政复议和行政诉讼数与表三、表四中对应的单元格一致',
    en: 'Application, outcome, review and lawsuit counts stated in the prose agree with the cells of tables 三 and 四 they name',
  },
  check(report, context) {
    for (const s of extractStatements(report)) {
      if (s.kind !== 'table') continue
      const { cells, sum } = cellsOf(report, s.cells)
      // A blank cell cannot be compared; the table's own rules already say it is blank.
      if (sum === null || sum === s.value) continue
      // `受理申请 5 件` with 4 new and 1 carried over counts both: no contradiction.
      if (s.alternatives.some((keys) => cellsOf(report, keys).sum === s.value)) continue
      context.report({
        reason: {
          zh: `${sectionName(s)}称“${s.quote}”，但表中${s.subject.zh}为 ${sum}`,
          en: `section ${s.section} states “${s.quote}” (${s.value} ${s.subject.en}), the table holds ${sum}`,
        },
        cells,
        actual: s.value,
        expected: sum,
        ...wordsPlace(report, s),
      })
    }
  },
  examples: {
    ok: [
      {
        title: { zh: '正文与表三一致', en: 'Prose agrees with table 三' },
        reports: () => [withOverview('本年度共收到政府信息公开申请 4 件，上年结转 1 件。')],
      },
      {
        title: { zh: '受理数含上年结转', en: 'Accepted count includes those carried over' },
        reports: () => [withOverview('本年度共受理政府信息公开申请5件（含上年结转1件），其中自然人申请4件，法人或其他组织申请1件。')],
      },
    ],
    notOk: [
      {
        title: { zh: '收到申请数与表三不符', en: 'Received count differs from table 三' },
        messages: [
          {
            severity: 'warning',
            zh: '第一部分称“收到政府信息公开申请七十五件”，但表中本年新收申请为 4',
            en: 'section overview states “收到政府信息公开申请七十五件” (75 applications received), the table holds 4',
          },
        ],
        reports: () => [withOverview('本年度共收到政府信息公开申请七十五件。')],
      },
      {
        title: { zh: '新收申请数不含上年结转', en: 'Newly received excludes those carried over' },
        messages: [
          {
            severity: 'warning',
            zh: '第一部分称“新收政府信息公开申请5件”，但表中本年新收申请为 4',
            en: 'section overview states “新收政府信息公开申请5件” (5 applications received), the table holds 4',
          },
        ],
        reports: () => [withOverview('本年度新收政府信息公开申请5件。')],
      },
      {
        title: { zh: '行政复议数与表四不符', en: 'Review count differs from table 四' },
        messages: [
          {
            severity: 'warning',
            zh: '第一部分称“行政复议 3 件”，但表中行政复议为 2',
            en: 'section overview states “行政复议 3 件” (3 administrative reviews), the table holds 2',
          },
        ],
        reports: () => [withOverview('全年发生行政复议 3 件。')],
      },
    ],
  },
})

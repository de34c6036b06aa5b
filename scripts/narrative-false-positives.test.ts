import { describe, expect, it } from 'vitest'
import { checkReport, extractStatements } from '@gai/model'
import { parseText } from '@gai/parse-text'

// Wording real reports use that the prose rules once took, or could take, for a contradiction.
// Each case is the sentence as the report prints it, beside the rows of table 三 it speaks of
// (hand-read values of that report where it is one of the corpus's), read as text; every prose
// rule runs on it and none may object. Each also checks the sentence was read as a statement,
// so the test fails if the rules stop looking at it rather than passing for nothing.

const proseRules = ['narrative-table-agreement', 'narrative-parts-sum', 'narrative-none-contradiction', 'narrative-fees']

function report(sentence: string, rows: { newReceived: number[]; carriedOver: number[] }): string {
  const row = (label: string, values: number[]) => `| ${label} | ${values.join(' | ')} |`
  return `示例市示例局2023年政府信息公开工作年度报告

一、总体情况

${sentence}

三、收到和处理政府信息公开申请情况

| 申请人情况 | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |
${row('一、本年新收政府信息公开申请数量', rows.newReceived)}
${row('二、上年结转政府信息公开申请数量', rows.carriedOver)}
`
}

function proseMessages(text: string): { quotes: string[]; messages: string[] } {
  const { report: r } = parseText(text, { source: 'case.txt' })
  if (!r) throw new Error('the case is not read as a report')
  const messages = checkReport(r, { preset: 'all-off', rules: Object.fromEntries(proseRules.map((id) => [id, 'warning'])) })
  return { quotes: extractStatements(r).map((s) => s.quote), messages: messages.map((d) => `${d.ruleId}: ${d.reason}`) }
}

const cases: { title: string; sentence: string; quote: string; rows: { newReceived: number[]; carriedOver: number[] } }[] = [
  {
    title: 'applications accepted counted with those carried over, the applicant split likewise',
    sentence: '本年度共受理政府信息公开申请5件（含上年结转1件），其中自然人申请4件，法人或其他组织申请1件。',
    quote: '受理政府信息公开申请5件',
    // New: 3 natural persons and 1 company; carried over: 1 natural person. 4 + 1 = 5 natural
    // persons and companies together, as the sentence counts them.
    rows: { newReceived: [3, 1, 0, 0, 0, 0, 4], carriedOver: [1, 0, 0, 0, 0, 0, 1] },
  },
  {
    title: 'applications received counted with those carried over, the applicant split likewise',
    sentence: '本年度共收到政府信息公开申请5件（含上年结转1件），其中自然人申请4件，法人或其他组织申请1件。',
    quote: '收到政府信息公开申请5件',
    rows: { newReceived: [3, 1, 0, 0, 0, 0, 4], carriedOver: [1, 0, 0, 0, 0, 0, 1] },
  },
  {
    // 03-shanghai-kewei-2024: the sentence runs over a line break, as the PDF's text gives it.
    title: 'received and carried over stated apart, across a line break',
    sentence: '全年收到政府信息公开申请 34 件，上年结转政府信息公开\n申请 2 件，所有申请均已按要求办理完成。',
    quote: '收到政府信息公开申请 34 件',
    rows: { newReceived: [32, 2, 0, 0, 0, 0, 34], carriedOver: [2, 0, 0, 0, 0, 0, 2] },
  },
  {
    // 08-pingtan-2021.
    title: 'received, concluded and carried forward in one sentence',
    sentence: '本年度全区共收到70件申请，及时依法依规办结69件，1件结转下年度继续办理。',
    quote: '收到70件申请',
    rows: { newReceived: [64, 0, 0, 2, 0, 4, 70], carriedOver: [0, 0, 0, 0, 0, 0, 0] },
  },
  {
    // 17-pingtan-jtj-2022: the parts are channels (online, by letter), not applicants.
    title: 'received, split by how the applications came',
    sentence: '全年我局共收到政府信息公开申请11件，其中网络申请5件，信函申请6件，申请内容涉及物业管理、工程验收、城市建设和征地拆迁等。',
    quote: '收到政府信息公开申请11件',
    rows: { newReceived: [11, 0, 0, 0, 0, 0, 11], carriedOver: [0, 0, 0, 0, 0, 0, 0] },
  },
]

describe('prose that real reports write is not a contradiction', () => {
  for (const c of cases) {
    it(c.title, () => {
      const { quotes, messages } = proseMessages(report(c.sentence, c.rows))
      expect(quotes.some((q) => q.replace(/\s+/g, ' ').includes(c.quote))).toBe(true)
      expect(messages).toEqual([])
    })
  }
})

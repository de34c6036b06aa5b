import iconv from 'iconv-lite'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseText } from './parse.ts'

const report2024 = [
  '示例局2024年政府信息公开工作年度报告',
  '一、总体情况',
  '本年度我局认真贯彻条例。',
  '二、主动公开政府信息情况',
  '第二十条第（一）项',
  '信息内容\t本年制发件数\t本年废止件数\t现行有效件数',
  '规章\t1\t0\t５',
  '三、收到和处理政府信息公开申请情况',
  '一、本年新收政府信息公开申请数量\t\t3\t0\t0\t0\t0\t0\t3',
  '四、政府信息公开行政复议、行政诉讼情况',
  '五、存在的主要问题及改进情况',
  '无。',
  '六、其他需要报告的事项',
  '无。',
].join('\n')

const errorOf = (r: ReturnType<typeof parseText>) => r.diagnostics.filter((d) => d.severity === 'error').map((d) => d.ruleId)

describe('parseText', () => {
  it('reads a small report with full-width digits and keeps the cells it could not find blank', () => {
    const { report, diagnostics } = parseText(report2024, { source: 'a.txt' })
    expect(report!.meta).toMatchObject({ year: 2024, organ: '示例局' })
    expect(report!.tables.active.rows.regulations).toMatchObject({ issued: { value: 1 }, repealed: { value: 0 }, inForce: { value: 5, raw: '５' } })
    expect(report!.tables.applications.rows.newReceived!.total).toMatchObject({ value: 3 })
    expect(report!.tables.applications.rows.granted!.total).toEqual({ value: null, raw: '' })
    expect(diagnostics.some((d) => d.ruleId === 'cell-without-value')).toBe(true)
    expect(diagnostics.find((d) => d.ruleId === 'table-not-found')?.reason).toContain('表四')
    expect(Object.keys(report!.sections)).toEqual(['overview', 'active', 'applications', 'reviewLitigation', 'problems', 'other'])
  })

  it('reads GB18030 bytes, UTF-16 with or without a BOM, and UTF-8 with a BOM alike', () => {
    const want = parseText(report2024).report!.tables.active.rows.regulations
    for (const bytes of [
      new Uint8Array(iconv.encode(report2024, 'gb18030')),
      new Uint8Array(iconv.encode(report2024, 'utf-16le', { addBOM: true })),
      new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(report2024)]),
      // UTF-16 without a BOM, told by its zero bytes.
      new Uint8Array(iconv.encode(report2024, 'utf-16le')),
      new Uint8Array(iconv.encode(report2024, 'utf-16be')),
    ]) {
      expect(parseText(bytes).report!.tables.active.rows.regulations).toMatchObject({
        issued: { value: want!.issued!.value },
        inForce: { value: 5 },
      })
    }
  })

  it('honours an explicit encoding', () => {
    const bytes = new Uint8Array(iconv.encode(report2024, 'gbk'))
    expect(parseText(bytes, { encoding: 'gbk' }).report!.meta.year).toBe(2024)
  })

  it('refuses mis-decoded text instead of reading garbage', () => {
    const mojibake = iconv.decode(Buffer.from(report2024.repeat(3), 'utf8'), 'gbk')
    const r = parseText(mojibake)
    expect(r.report).toBeNull()
    expect(errorOf(r)).toEqual(['mis-decoded'])
  })

  it.each([
    ['a PDF', new TextEncoder().encode('%PDF-1.7\n%âãÏÓ\n1 0 obj'), 'not-text', 'PDF'],
    ['a DOCX', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]), 'not-text', 'DOCX'],
    ['an empty file', new Uint8Array(), 'empty-input', '为空'],
    ['unrelated text', new TextEncoder().encode('今天天气很好，我们去公园散步。\n明天可能下雨。'), 'not-a-report', '不是'],
  ])('says %s is no report, with one error', (_, bytes, ruleId, words) => {
    const r = parseText(bytes)
    expect(r.report).toBeNull()
    expect(errorOf(r)).toEqual([ruleId])
    expect(r.diagnostics[0]!.reason).toContain(words)
  })

  it('refuses a report for 2018, which follows no template', () => {
    const r = parseText(report2024.replace('2024年', '2018年'), { locale: 'en' })
    expect(r.report).toBeNull()
    expect(errorOf(r)).toEqual(['report-too-old'])
    expect(r.diagnostics[0]!.reason).toContain('2018')
  })

  it('does not take the table row 四、结转下年度继续办理 for section 四', () => {
    const text = report2024.replace('四、政府信息公开行政复议', '四、结转下年度继续办理\t\t0\t0\t0\t0\t0\t0\t0\n四、政府信息公开行政复议')
    const r = parseText(text).report!
    expect(r.sections.reviewLitigation!.heading).toBe('四、政府信息公开行政复议、行政诉讼情况')
    expect(r.tables.applications.rows.carriedForward!.total!.value).toBe(0)
  })

  it('leaves cells blank and lists the candidates when digits split several ways', () => {
    const text = report2024.replace('规章\t1\t0\t５', '规章1077')
    const r = parseText(text)
    expect(r.report!.tables.active.rows.regulations!.issued!.value).toBeNull()
    const d = r.diagnostics.find((x) => x.ruleId === 'ambiguous-digits')!
    expect(d.data).toMatchObject({ candidates: ['1,0,77', '10,7,7'] })
    expect(d.place!.start.line).toBe(7)
  })
})

describe('column headings', () => {
  const tabs = readFileSync(new URL('../../../examples/reports/tab-separated-2024.txt', import.meta.url), 'utf8')
  const notes = (text: string) => parseText(text).diagnostics.filter((d) => d.ruleId === 'columns-by-order')

  it('says nothing when the header names every column', () => {
    expect(notes(tabs)).toEqual([])
  })

  it('notes that values went by the template order where header names were lost', () => {
    const garbled = tabs.replace('商业企业\t科研机构', '商业企\t科研机')
    const [note, ...more] = notes(garbled)
    expect(more).toEqual([])
    expect(note!.severity).toBe('info')
    expect(note!.data).toEqual({ missing: ['commercial', 'research'] })
    // The values are still placed by order, the same as with the header intact.
    const values = (text: string) => Object.values(parseText(text).report!.tables.applications.rows.newReceived!).map((c) => c.value)
    expect(values(garbled)).toEqual(values(tabs))
    expect(values(tabs)).toHaveLength(7)
  })
})

describe('labels broken over lines', () => {
  const tabs = readFileSync(new URL('../../../examples/reports/tab-separated-2024.txt', import.meta.url), 'utf8')
  const lines = tabs.split('\n')
  const at = (label: string) => lines.findIndex((l) => l.includes(label))
  const row = (text: string, key: string) => Object.values(parseText(text).report!.tables.applications.rows[key]!).map((c) => c.value)

  it('joins a label wrapped inside its cell and gives it the figures after it', () => {
    const i = at('6.属于四类过程性信息')
    const wrapped = [...lines.slice(0, i), '6.属于四类过', '程性信息', '0\t0\t0\t0\t0\t0\t2', ...lines.slice(i + 1)].join('\n')
    expect(row(wrapped, 'denied.processInformation')).toEqual([0, 0, 0, 0, 0, 0, 2])
  })

  it('leaves figures unplaced when labels came out as a column of their own', () => {
    // Two labels in a row, the second broken over lines, then one row of figures: which row the
    // figures are is not known (a PDF extracted the label column apart from the figures).
    const i = at('5.属于三类内部事务信息')
    const j = at('6.属于四类过程性信息')
    const column = [...lines.slice(0, i), '5.属于三类内部事', '务信息', '6.属于四类过', '程性信息', '| 1 | 0 | 0 | 0 | 0 | 0 | 1 |', ...lines.slice(j + 1)].join('\n')
    const result = parseText(column)
    expect(row(column, 'denied.internalAffairs')).toEqual(Array(7).fill(null))
    expect(row(column, 'denied.processInformation')).toEqual(Array(7).fill(null))
    expect(result.diagnostics.filter((d) => d.ruleId === 'value-without-cell').length).toBeGreaterThan(0)
  })

  it('gives a label printed above and below its figures those figures, after a blank row', () => {
    // `pdftotext -layout` of a Writer PDF: row 5 printed blank, row 6's label in two pieces with
    // its figures between them. The figures stand inside row 6's label, so they are its own.
    const i = at('5.属于三类内部事务信息')
    const j = at('6.属于四类过程性信息')
    const stacked = [
      ...lines.slice(0, i),
      '      5.属于三类内部',
      '         事务信息',
      '',
      '      6.属于四类过程',
      '               1    0   0    0   0   0   1',
      '         性信息',
      ...lines.slice(j + 1),
    ].join('\n')
    expect(row(stacked, 'denied.internalAffairs')).toEqual(Array(7).fill(null))
    expect(row(stacked, 'denied.processInformation')).toEqual([1, 0, 0, 0, 0, 0, 1])
  })
})

describe('a table saved as CSV', () => {
  it('reads as the same report in tabs does', () => {
    const tabs = readFileSync(new URL('../../../examples/reports/tab-separated-2024.txt', import.meta.url), 'utf8')
    // Each row of cells as a spreadsheet writes it: commas between, quotes round a field with one.
    const field = (c: string) => (/[",]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)
    const csv = tabs
      .split('\n')
      .map((l) => (l.includes('\t') ? l.split('\t').map(field).join(',') : l))
      .join('\n')
    const want = parseText(tabs)
    const got = parseText(csv)
    const values = (r: typeof want) => JSON.stringify(r.report!.tables, (k, v) => (k === 'origin' || k === 'raw' ? undefined : v))
    expect(values(got)).toBe(values(want))
    expect(got.diagnostics.filter((d) => d.severity !== 'info').map((d) => d.ruleId)).toEqual(want.diagnostics.filter((d) => d.severity !== 'info').map((d) => d.ruleId))
  })
})

describe('slips of real reports', () => {
  const tabs = readFileSync(new URL('../../../examples/reports/tab-separated-2024.txt', import.meta.url), 'utf8')
  const row = (text: string, key: string) => Object.values(parseText(text).report!.tables.applications.rows[key]!).map((c) => c.value)

  it('reads a label with a missing character as the label, and says so', () => {
    const typo = tabs.replace('本年新收政府信息公开申请数量', '本年新收政府信息公开申请数')
    expect(typo).not.toBe(tabs)
    expect(row(typo, 'newReceived')).toEqual(row(tabs, 'newReceived'))
    const notes = parseText(typo).diagnostics.filter((d) => d.ruleId === 'label-approximate')
    expect(notes).toHaveLength(1)
    expect(notes[0]!.severity).toBe('info')
    expect(notes[0]!.data).toEqual({ label: '本年新收政府信息公开申请数量' })
    expect(notes[0]!.place!.start.line).toBe(tabs.split('\n').findIndex((l) => l.includes('本年新收')) + 1)
  })

  it('passes over page numbers between the rows of a table', () => {
    const lines = tabs.split('\n')
    const i = lines.findIndex((l) => l.includes('属于国家秘密'))
    const paged = [...lines.slice(0, i), '', '— 3 —', '\f第 3 页 共 5 页', '', ...lines.slice(i)].join('\n')
    const result = parseText(paged)
    expect(row(paged, 'denied.stateSecret')).toEqual(row(tabs, 'denied.stateSecret'))
    expect(result.diagnostics.filter((d) => d.severity !== 'info')).toEqual(parseText(tabs).diagnostics.filter((d) => d.severity !== 'info'))
  })
})

describe('text as PDF and Word tools give it', () => {
  const head = ['示例局2024年政府信息公开工作年度报告', '三、收到和处理政府信息公开申请情况']
  const rows = (text: string, ...keys: string[]) => {
    const r = parseText(text).report!.tables.applications.rows
    return keys.map((k) => Object.values(r[k]!).map((c) => c.value))
  }
  const ids = (text: string) => parseText(text).diagnostics.map((d) => d.ruleId)

  it('reads figures parted by single spaces as that many cells, never one number', () => {
    const text = [...head, '（一）予以公开       27 0 0 2 0 1 30'].join('\n')
    expect(rows(text, 'granted')).toEqual([[27, 0, 0, 2, 0, 1, 30]])
    expect(ids(text)).not.toContain('digits-split')
  })

  it('takes an empty line among cell-per-line figures as an empty cell', () => {
    const text = [...head, '四、结转下年度继续办理', '0', '1', '0', '0', '0', '', '1', '五、存在的主要问题及改进情况', '无。'].join('\n')
    expect(rows(text, 'carriedForward')).toEqual([[0, 1, 0, 0, 0, null, 1]])
  })

  it('gives figures read before their labels to the labels after them', () => {
    const text = [
      ...head,
      '8.属于行政查询事项',
      '0 0 0 0 0 0 0',
      '75 0 0 0 0 0 75',
      '（四）无 1.本机关不掌握相关政府信息',
      '0 0 1 0 0 0 1',
      '法提供 2.没有现成信息需要另行制作',
      '3.补正后申请内容仍不明确 2 0 0 0 0 0 2',
    ].join('\n')
    expect(rows(text, 'denied.inquiryMatters', 'unavailable.notHeld', 'unavailable.needsCreation', 'unavailable.unclearAfterCorrection')).toEqual([
      [0, 0, 0, 0, 0, 0, 0],
      [75, 0, 0, 0, 0, 0, 75],
      [0, 0, 1, 0, 0, 0, 1],
      [2, 0, 0, 0, 0, 0, 2],
    ])
    expect(ids(text).filter((id) => id === 'values-before-label')).toHaveLength(2)
  })

  it('leaves rows unplaced when figures and labels are out of step and nothing shows how', () => {
    const text = [...head, '8.属于行政查询事项', '0 0 0 0 0 0 0', '75 0 0 0 0 0 75', '（四）无 1.本机关不掌握相关政府信息', '0 0 1 0 0 0 1'].join('\n')
    expect(rows(text, 'unavailable.notHeld')).toEqual([Array(7).fill(null)])
    expect(ids(text)).toContain('value-without-cell')
  })

  it('takes a bare 总计 among the header pieces for the column, not the row (七)总计', () => {
    const text = [...head, '申请人情况', '自然人', '其他', '总计', '0', '0', '0', '0', '0', '0', '0', '（七）总计 3 0 0 0 0 0 3'].join('\n')
    expect(rows(text, 'totalHandled')).toEqual([[3, 0, 0, 0, 0, 0, 3]])
  })

  it('refuses a bare 总计 whose figures do not add up as the row’s would', () => {
    const text = [...head, '1.信访举报投诉类申请 0 0 0 0 0 0 0', '总计', '70', '0', '30', '5', '0', '0', '0'].join('\n')
    expect(rows(text, 'totalHandled')).toEqual([Array(7).fill(null)])
    expect(ids(text)).toContain('value-without-cell')
  })

  it('reads a merged cell of table 二 written once per column once', () => {
    const text = ['示例局2024年政府信息公开工作年度报告', '二、主动公开政府信息情况', '第二十条第（五）项', '信息内容\t本年处理决定数量\t本年处理决定数量\t本年处理决定数量', '行政许可\t2293\t2293\t2293'].join('\n')
    const r = parseText(text)
    expect(r.report!.tables.active.rows.licensing!.decisions!.value).toBe(2293)
    expect(r.diagnostics.find((d) => d.ruleId === 'value-repeated')?.severity).toBe('info')
    // Different figures are no copies: they are refused, not chosen among.
    const differing = text.replace('2293\t2293\t2293', '2293\t12\t2293')
    expect(parseText(differing).report!.tables.active.rows.licensing!.decisions!.value).toBeNull()
  })

  it('takes a numbering run into the text after it for that text’s, not a figure', () => {
    const text = [...head, '1.申请人无正当理由逾期不补', '正、行政机关不再处理其政府', '信息公开申请', '0 0 0 0 0 0 0', '2.申请人逾期未按收费通知要', '求缴纳费用、行政机关不再处', '理其政府信息公开申请', '1 0 0 0 0 0 1'].join('\n')
    expect(rows(text, 'otherHandling.overdueCorrection', 'otherHandling.overdueFee')).toEqual([
      [0, 0, 0, 0, 0, 0, 0],
      [1, 0, 0, 0, 0, 0, 1],
    ])
  })
})

describe('rows laid out in columns by spaces', () => {
  const head = ['示例局2024年政府信息公开工作年度报告', '三、收到和处理政府信息公开申请情况']
  const at = (text: string, key: string) => Object.values(parseText(text).report!.tables.applications.rows[key]!).map((c) => c.value)

  it('puts the figures of a row with a blank cell in the columns of the full row beside it', () => {
    // pdftotext -layout sets each figure at the character its place on the page comes to.
    const row = (label: string, figures: (string | null)[]) =>
      figures.reduce<string>((line, f, i) => (f === null ? line : line.padEnd(30 + i * 5) + f), `  ${label}`)
    const text = [
      ...head,
      row('一、本年新收政府信息公开申请数量', ['3', '0', '0', '0', '0', '0', '3']),
      row('（七）总计', ['3', '0', '0', '0', '0', '0', '3']),
      row('四、结转下年度继续办理', ['0', '0', '0', '0', '0', null, '0']),
    ].join('\n')
    expect(at(text, 'carriedForward')).toEqual([0, 0, 0, 0, 0, null, 0])
    const r = parseText(text)
    expect(r.diagnostics.find((d) => d.ruleId === 'cells-by-column')?.severity).toBe('info')
    // The blank cell is blank, and said to be.
    expect(r.diagnostics.some((d) => d.ruleId === 'cell-without-value' && d.cells?.some((c) => c.key === 'applications/carriedForward/otherOrg'))).toBe(true)
  })

  it('places figures set one space apart around the one blank cell the row’s relation allows', () => {
    const text = [
      ...head,
      '一、本年新收政府信息公开申请数量 3 0 0 0 0 0 3',
      '四、结转下年度继续办理 1 0 0 0 0 0',
      '（七）总计 0 0 0 0 0 0',
    ].join('\n')
    // Counts 1, 0, … and a blank total: a blank count would leave the total 0 under the counts.
    expect(at(text, 'carriedForward')).toEqual([1, 0, 0, 0, 0, 0, null])
    const r = parseText(text)
    const note = r.diagnostics.find((d) => d.ruleId === 'blank-by-relation')
    expect(note?.severity).toBe('info')
    expect(note?.cells?.map((c) => c.key)).toContain('applications/carriedForward/total')
    // Six zeros fit a blank anywhere: refused, not guessed.
    expect(at(text, 'totalHandled')).toEqual(Array(7).fill(null))
  })

  it('refuses when a figure stands in no column of the full row', () => {
    const text = [
      ...head,
      '        一、本年新收政府信息公开申请数量  0 0 0 0 0 0 0',
      '                 （七）总计        0 0 0 0 0 0 0',
      '        四、结转下年度继续办理           0 0 0 0 0          0',
    ].join('\n')
    expect(at(text, 'carriedForward')).toEqual(Array(7).fill(null))
  })
})

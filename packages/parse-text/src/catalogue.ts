import type { Severity } from '@gai/model'

/** What one of the readers' diagnostics means, for the reference and for tools that group them. */
export interface ReaderDiagnosticInfo {
  severity: Severity
  /** The readers that emit it. */
  readers: readonly ('@gai/parse-text' | '@gai/parse-html')[]
  /** One line on when it is emitted and what to do about it. */
  en: string
  zh: string
}

const both = ['@gai/parse-text', '@gai/parse-html'] as const
const text = ['@gai/parse-text'] as const
const html = ['@gai/parse-html'] as const

/**
 * Every diagnostic a reader emits, by id: the one list the readers, the reference
 * (docs/readers.md) and its test draw on. An `error` means no report was read (`report` is null).
 */
export const readerDiagnostics = {
  'not-text': {
    severity: 'error',
    readers: text,
    en: 'The input is a PDF, DOCX, DOC or other binary file: extract its text first.',
    zh: '输入是 PDF、DOCX、DOC 或其他二进制文件：请先提取文字。',
  },
  'not-html': {
    severity: 'error',
    readers: html,
    en: 'The input is a binary file, not a web page.',
    zh: '输入是二进制文件，不是网页。',
  },
  'unknown-encoding': {
    severity: 'error',
    readers: both,
    en: 'The encoding given (or declared) is not one that can be decoded.',
    zh: '指定（或声明）的编码无法解码。',
  },
  'empty-input': {
    severity: 'error',
    readers: both,
    en: 'The input holds nothing but whitespace.',
    zh: '输入为空。',
  },
  'mis-decoded': {
    severity: 'error',
    readers: text,
    en: 'The decoded text is full of replacement or mojibake characters: pass the right `encoding`.',
    zh: '解码后出现大量替换字符或乱码：请用 encoding 选项指定正确的编码。',
  },
  'encoding-mismatch': {
    severity: 'warning',
    readers: html,
    en: 'The page declares one encoding and is written in another; it was decoded as written.',
    zh: '网页声明的编码与实际编码不符，已按实际编码解码。',
  },
  'not-a-report': {
    severity: 'error',
    readers: both,
    en: 'No section headings or statistical tables of an annual report were found.',
    zh: '未找到年度报告的章节标题或统计表。',
  },
  'report-too-old': {
    severity: 'error',
    readers: both,
    en: 'A report for 2018 or earlier: those follow no national template.',
    zh: '2018 年及以前的报告没有统一格式。',
  },
  'table-not-found': {
    severity: 'warning',
    readers: both,
    en: 'One of the three tables was not found; its cells are blank.',
    zh: '未找到三张统计表之一，其单元格留空。',
  },
  'format-year': {
    severity: 'warning',
    readers: both,
    en: "A table's labels belong to the other format version than the report's year suggests.",
    zh: '表格标签所属的格式版本与报告年度不符。',
  },
  'cell-without-value': {
    severity: 'warning',
    readers: both,
    en: 'A row of the template got no value in some of its cells (they stay blank, not 0).',
    zh: '模板中某行的部分单元格未读到数值（留空，不记为 0）。',
  },
  'value-without-cell': {
    severity: 'warning',
    readers: both,
    en: 'A figure inside a table follows no row label, or a row appears twice: it was not placed.',
    zh: '表格中的数值不属于任何行，或某行重复出现：未放入表格。',
  },
  'unknown-label': {
    severity: 'warning',
    readers: both,
    en: 'Text inside a table names no row or column of the template.',
    zh: '表格中的文字不是模板中的行或列。',
  },
  'label-approximate': {
    severity: 'info',
    readers: both,
    en: 'A cell names a label of the template with a slip or two (a typo, a missing character); it was read as that label.',
    zh: '单元格文字与模板中的标签略有出入（错字、漏字），已按该标签读取。',
  },
  'cells-by-column': {
    severity: 'info',
    readers: both,
    en: 'A row laid out in columns by spaces had fewer figures than cells (a blank cell leaves only a gap); the figures were placed by the columns of the nearest full row, the other cells left blank.',
    zh: '以空格对齐的行中数值少于单元格（空白单元格只留下空隙），已按最近一整行的列位置放入数值，其余单元格留空。',
  },
  'blank-by-relation': {
    severity: 'info',
    readers: both,
    en: "A row had one figure fewer than cells and nothing showed which cell was blank; the row's relation (a total and its parts, which are never negative) held with the blank in only one cell, so the figures were placed around it and that cell left blank.",
    zh: '某行数值比单元格少一个，且无从看出哪一格空白；按本行勾稽关系（合计等于各项之和，各项不为负）只有一处空白能使其成立，已据此放入数值，该单元格留空。',
  },
  'value-repeated': {
    severity: 'info',
    readers: both,
    en: 'A row of table 二 held more copies of one figure than it has cells, as a merged cell is written once per column it spans; each cell holds that figure.',
    zh: '表二某行同一数值出现的次数多于单元格数（合并单元格按所跨列逐列输出），各单元格均为该值。',
  },
  'values-before-label': {
    severity: 'info',
    readers: both,
    en: "A row's figures came before its label, as text read from a PDF puts them beside a tall label; they were given to the label after them. Check the row against the page.",
    zh: '该行的数值出现在行标签之前（PDF 文字按阅读顺序输出时，数值排在较高的标签之前），已归入其后的标签。请对照原文核对。',
  },
  'columns-by-order': {
    severity: 'info',
    readers: both,
    en: "Not every column heading of a table was recognised: values were placed in the template's column order.",
    zh: '表格的列标题未全部识别，数值按模板的列顺序放入。',
  },
  'digits-split': {
    severity: 'info',
    readers: both,
    en: "Digits of neighbouring cells ran together and exactly one split satisfies the table's relations: that split was taken.",
    zh: '相邻单元格的数字连在一起，只有一种拆分符合勾稽关系，已采用。',
  },
  'ambiguous-digits': {
    severity: 'warning',
    readers: both,
    en: 'Digits ran together and several splits satisfy the relations: the cells stay blank, the candidates are in `data`.',
    zh: '数字连在一起且有多种拆分符合勾稽关系：单元格留空，候选拆分见 data。',
  },
  'internal-error': {
    severity: 'error',
    readers: both,
    en: 'The reader failed on this input; please report it with the input attached.',
    zh: '读取时出现内部错误；请附上输入报告此问题。',
  },
} as const satisfies Record<string, ReaderDiagnosticInfo>

export type ReaderDiagnosticId = keyof typeof readerDiagnostics

/** Where a reader diagnostic is explained, as rule diagnostics point at docs/rules.md. */
export function readerDiagnosticUrl(id: ReaderDiagnosticId): string {
  return `docs/readers.md#${id}`
}

/** The reference of reader diagnostics (docs/readers.md), written from the catalogue above. */
export function readerDiagnosticsReference(): string {
  const out = [
    '# Reader diagnostics',
    '',
    '<!-- Generated from packages/parse-text/src/catalogue.ts; a test keeps it in step. -->',
    '',
    'What `parseText` and `parseHtml` say about their input, besides the report. Each diagnostic has',
    'the `ruleId` below, a `place` (line and column in the input) where there is one, and the cells',
    'it concerns. An `error` means no report was read: `report` is `null` and `gai` exits 2.',
    'The checks on the report itself (R1–R7 and the rest) are in [rules.md](rules.md).',
    '',
    '| id | severity | readers |',
    '| --- | --- | --- |',
  ]
  const entries = Object.entries(readerDiagnostics) as [ReaderDiagnosticId, ReaderDiagnosticInfo][]
  for (const [id, d] of entries) out.push(`| [\`${id}\`](#${id}) | ${d.severity} | ${d.readers.map((r) => `\`${r}\``).join(', ')} |`)
  for (const [id, d] of entries) out.push('', `## ${id}`, '', d.en, '', d.zh)
  return `${out.join('\n')}\n`
}

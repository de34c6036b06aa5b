import type { Severity } from '@gai/model'

/**
 * How many messages of one id a read reports one by one. An input that repeats a row thousands of
 * times would otherwise give a message per row (840 bytes each, and a report no one reads); past
 * this, the messages of that id are folded into one that lists every place.
 */
export const foldAfter = 100

/** What one diagnostic means, for the reference and for tools that group them. */
export interface DiagnosticInfo {
  severity: Severity
  /** One line on when it is emitted and what to do about it. */
  en: string
  zh: string
}

/** A reader's own diagnostics by id, as each reader declares and documents them. */
export type DiagnosticCatalogue = Readonly<Record<string, DiagnosticInfo>>

/**
 * The diagnostics of the shared core, by id: what every reader built on it may say about decoding
 * and about mapping a document onto the templates. A reader adds the few of its own (a PDF with no
 * text layer, a binary file given as a page) in a catalogue it exports. An `error` means no report
 * was read (`report` is null).
 */
export const coreDiagnostics = {
  'unknown-encoding': {
    severity: 'error',
    en: 'The encoding given (or declared) is not one that can be decoded.',
    zh: '指定（或声明）的编码无法解码。',
  },
  'empty-input': {
    severity: 'error',
    en: 'The input holds nothing but whitespace.',
    zh: '输入为空。',
  },
  'mis-decoded': {
    severity: 'error',
    en: 'The decoded text is full of replacement or mojibake characters: pass the right `encoding`.',
    zh: '解码后出现大量替换字符或乱码：请用 encoding 选项指定正确的编码。',
  },
  'bytes-damaged': {
    severity: 'warning',
    en: 'A few bytes in one place are not valid in the encoding the rest of the input is written in (a damaged download or copy): they were replaced by U+FFFD and the rest read as usual. `place` is where the replacement stands in the text, `data.byteOffset` and `data.byteLength` where the bytes are in the input. Input counts as damaged, not as written in another encoding, when it has at most 16 such places (bytes less than 16 apart are one place), covering at most 1% of the bytes (at least 256 allowed), and, for UTF-8, at least 16 valid Chinese characters outside them for each place; otherwise it is `mis-decoded`. A cell the damage touches reads blank or is reported.',
    zh: '输入中某处的几个字节在其余部分所用的编码中无效（下载或复制时损坏）：已替换为 U+FFFD，其余照常读取。place 为替换字符在文本中的位置，data.byteOffset、data.byteLength 为这些字节在输入中的位置。至多 16 处（相距不足 16 字节的算一处）、共占不超过 1% 的字节（至少允许 256 字节），且 UTF-8 输入在这些地方之外每处至少有 16 个有效汉字时，视为损坏而非编码不同；否则为 mis-decoded。受损坏影响的单元格留空或另有报告。',
  },
  'encoding-mixed': {
    severity: 'warning',
    en: 'The input is UTF-8 with stretches of GBK text (a fragment pasted from a GBK page), or the reverse: each stretch was read in the encoding that decodes it as text, and `data.stretches` lists the bytes read as GB18030. Bytes that decode as text in neither are `bytes-damaged`.',
    zh: '输入为 UTF-8，其中夹有 GBK 文字（从 GBK 网页粘贴的片段），或反之：各段按能将其解码为文字的编码读取，data.stretches 列出按 GB18030 读取的字节。两种编码都无法解码为文字的字节见 bytes-damaged。',
  },
  'not-a-report': {
    severity: 'error',
    en: 'No section headings or statistical tables of an annual report were found.',
    zh: '未找到年度报告的章节标题或统计表。',
  },
  'report-too-old': {
    severity: 'error',
    en: 'A report for 2018 or earlier: those follow no national template.',
    zh: '2018 年及以前的报告没有统一格式。',
  },
  'table-not-found': {
    severity: 'warning',
    en: 'One of the three tables was not found; its cells are blank.',
    zh: '未找到三张统计表之一，其单元格留空。',
  },
  'input-truncated': {
    severity: 'warning',
    en: 'The input ends inside a table, as a download cut off does: what it holds is read, the rows after the cut (and the tables after it) stay blank, named in this one message.',
    zh: '输入在某张表格中途结束（如下载中断）：已读入现有内容，截断处之后的行（及其后的表格）留空，均列于此条信息。',
  },
  'cell-without-value': {
    severity: 'warning',
    en: 'A row of the template got no value in some of its cells (they stay blank, not 0).',
    zh: '模板中某行的部分单元格未读到数值（留空，不记为 0）。',
  },
  'value-without-cell': {
    severity: 'warning',
    en: 'A figure inside a table follows no row label, or a row appears twice: it was not placed.',
    zh: '表格中的数值不属于任何行，或某行重复出现：未放入表格。',
  },
  'unknown-label': {
    severity: 'warning',
    en: 'Text inside a table names no row or column of the template.',
    zh: '表格中的文字不是模板中的行或列。',
  },
  'label-approximate': {
    severity: 'info',
    en: 'A cell names a label of the template with a slip or two (a typo, a missing character); it was read as that label.',
    zh: '单元格文字与模板中的标签略有出入（错字、漏字），已按该标签读取。',
  },
  'cells-by-column': {
    severity: 'info',
    en: 'A row laid out in columns by spaces had fewer figures than cells (a blank cell leaves only a gap); the figures were placed by the columns of the nearest full row, the other cells left blank.',
    zh: '以空格对齐的行中数值少于单元格（空白单元格只留下空隙），已按最近一整行的列位置放入数值，其余单元格留空。',
  },
  'blank-by-relation': {
    severity: 'info',
    en: "A row had one figure fewer than cells and nothing showed which cell was blank; the row's relation (a total and its parts, which are never negative) held with the blank in only one cell, so the figures were placed around it and that cell left blank.",
    zh: '某行数值比单元格少一个，且无从看出哪一格空白；按本行勾稽关系（合计等于各项之和，各项不为负）只有一处空白能使其成立，已据此放入数值，该单元格留空。',
  },
  'value-repeated': {
    severity: 'info',
    en: 'A row of table 二 held more copies of one figure than it has cells, as a merged cell is written once per column it spans; each cell holds that figure.',
    zh: '表二某行同一数值出现的次数多于单元格数（合并单元格按所跨列逐列输出），各单元格均为该值。',
  },
  'values-before-label': {
    severity: 'info',
    en: "A row's figures came before its label, as text read from a PDF puts them beside a tall label; they were given to the label after them. Check the row against the page.",
    zh: '该行的数值出现在行标签之前（PDF 文字按阅读顺序输出时，数值排在较高的标签之前），已归入其后的标签。请对照原文核对。',
  },
  'column-missing': {
    severity: 'warning',
    en: "A column of the template is named by no heading of a table whose header names its other columns, and no row holds it: its cells are blank; the other columns are read by their headings.",
    zh: '表头列出了其余各列，唯独缺少模板中的某一列，且各行也没有该列：该列单元格留空，其余各列按列标题读取。',
  },
  'column-unknown': {
    severity: 'warning',
    en: "A column of a table is headed by a text that names no column of the template: its values were not placed.",
    zh: '表格中某列的列标题不是模板中的列：该列的数值未放入。',
  },
  'column-ambiguous': {
    severity: 'warning',
    en: "Two columns of a table are headed by the same template column, or their headings cannot be told apart: the rows whose columns cannot be told were not placed.",
    zh: '表格中两列的列标题指向模板中的同一列，或无法分辨：无法确定列的行未放入。',
  },
  'value-merged': {
    severity: 'warning',
    en: 'A value cell is merged over several cells of the template (a rowspan or colspan the template has not): the cells it covers are blank; the rest of its row is read.',
    zh: '数值单元格合并了模板中的多个单元格（模板中没有的合并）：被合并的单元格留空，该行其余单元格照常读取。',
  },
  'columns-by-order': {
    severity: 'info',
    en: "Not every column heading of a table was recognised: values were placed in the template's column order.",
    zh: '表格的列标题未全部识别，数值按模板的列顺序放入。',
  },
  'digits-split': {
    severity: 'info',
    en: "Digits of neighbouring cells ran together and exactly one split satisfies the table's relations: that split was taken.",
    zh: '相邻单元格的数字连在一起，只有一种拆分符合勾稽关系，已采用。',
  },
  'ambiguous-digits': {
    severity: 'warning',
    en: 'Digits ran together and several splits satisfy the relations: the cells stay blank, the candidates are in `data`.',
    zh: '数字连在一起且有多种拆分符合勾稽关系：单元格留空，候选拆分见 data。',
  },
  'internal-error': {
    severity: 'error',
    en: 'The reader failed on this input; please report it with the input attached.',
    zh: '读取时出现内部错误；请附上输入报告此问题。',
  },
} as const satisfies DiagnosticCatalogue

export type CoreDiagnosticId = keyof typeof coreDiagnostics

/** Where a reader diagnostic is explained, as rule diagnostics point at docs/rules.md. */
export function diagnosticUrl(id: string): string {
  return `https://github.com/gai-reports/gai/blob/main/docs/readers.md#${id}`
}

/** One part of the diagnostics reference: a package and the catalogue it owns. */
export interface ReferencePart {
  package: string
  catalogue: DiagnosticCatalogue
}

/**
 * The reference of reader diagnostics (docs/readers.md), written from the core's catalogue and
 * the readers' own, each listed under the package that owns it.
 */
export function diagnosticsReference(readers: readonly ReferencePart[]): string {
  const parts: ReferencePart[] = [{ package: '@gai/recognize', catalogue: coreDiagnostics }, ...readers]
  const out = [
    '# Reader diagnostics',
    '',
    '<!-- Generated from the catalogues of @gai/recognize and of each reader; a test keeps it in step. -->',
    '',
    'What the readers say about their input, besides the report. Each diagnostic has the `ruleId`',
    'below, a `place` (line and column in the input) where there is one, and the cells it concerns.',
    'An `error` means no report was read: `report` is `null` and `gai` exits 2. The diagnostics of',
    '`@gai/recognize` come from the core every reader feeds, so any reader may emit them; the others',
    'belong to one reader. The checks on the report itself (R1–R7 and the rest) are in',
    '[rules.md](rules.md).',
    '',
    'The severities below are the defaults: every reader\'s `severity` option (and `gai check --rule',
    'ID=…`) sets another for an id, or `off` to drop its messages.',
    '',
    `A read lists at most ${foldAfter} messages of one core id one by one. An input that repeats a row`,
    'thousands of times gets the rest folded into one more message of that id, at the first of them,',
    'whose `data.folded` says how many it stands for and `data.places` holds the line, column and',
    'offset of each (three numbers per message, offset -1 where unknown): none is dropped unplaced.',
    '',
    '| id | severity | owned by |',
    '| --- | --- | --- |',
  ]
  for (const p of parts) for (const [id, d] of Object.entries(p.catalogue)) out.push(`| [\`${id}\`](#${id}) | ${d.severity} | \`${p.package}\` |`)
  for (const p of parts) for (const [id, d] of Object.entries(p.catalogue)) out.push('', `## ${id}`, '', d.en, '', d.zh)
  return `${out.join('\n')}\n`
}

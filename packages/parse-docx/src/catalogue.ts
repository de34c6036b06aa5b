import type { DiagnosticCatalogue } from '@gai/recognize'

/**
 * The diagnostics `parseDocx` and `parseDoc` emit of their own, besides the core's
 * (`coreDiagnostics` of @gai/recognize): both are listed in docs/readers.md.
 */
export const wordDiagnostics = {
  'not-a-zip': {
    severity: 'error',
    en: 'The input is not a .docx: it is not a zip archive, or the archive is cut short or damaged.',
    zh: '输入不是 .docx 文件：不是 zip 压缩包，或压缩包不完整、已损坏。',
  },
  'not-docx': {
    severity: 'error',
    en: 'The zip archive holds no Word document part (word/document.xml): it is another kind of file.',
    zh: 'zip 压缩包中没有 Word 正文部件（word/document.xml），不是 Word 文档。',
  },
  'encrypted-docx': {
    severity: 'error',
    en: 'The .docx is password-protected (an encrypted package inside a compound file): save it without a password.',
    zh: '该 .docx 文件设有密码（加密包封装在复合文档中）：请去除密码后另存。',
  },
  'bad-xml': {
    severity: 'error',
    en: 'The document part of the .docx is not well-formed XML; the place in the part is given.',
    zh: '.docx 的正文部件不是格式正确的 XML；已给出出错位置。',
  },
  'part-too-large': {
    severity: 'error',
    en: 'A part of the .docx unpacks to more than the reader accepts (a zip bomb, or not a report).',
    zh: '.docx 的某个部件解压后超过读取上限（可能是压缩炸弹，或并非年度报告）。',
  },
  'not-doc': {
    severity: 'error',
    en: 'The input is not a Word 97–2003 document: no compound file, or no WordDocument stream in it.',
    zh: '输入不是 Word 97–2003 文档：不是复合文档，或其中没有 WordDocument 流。',
  },
  'encrypted-doc': {
    severity: 'error',
    en: 'The .doc is password-protected or obfuscated: save it without a password.',
    zh: '该 .doc 文件设有密码或已加密：请去除密码后另存。',
  },
  'doc-unsupported': {
    severity: 'error',
    en: 'The .doc was written by Word 6/95 or earlier, or its text tables are damaged: save it as .docx.',
    zh: '该 .doc 由 Word 6/95 或更早版本保存，或其文本结构已损坏：请另存为 .docx。',
  },
  'nested-table': {
    severity: 'info',
    en: 'A table held tables in its cells: it was read as a layout table, its cells as containers of paragraphs and tables.',
    zh: '表格的单元格中嵌有表格：已视为排版用表格，其单元格按段落和表格的容器读取。',
  },
  'content-skipped': {
    severity: 'info',
    en: 'Some content was not read: text boxes and drawings (mc:AlternateContent, w:drawing, w:pict) or tables nested too deep.',
    zh: '部分内容未读取：文本框和绘图（mc:AlternateContent、w:drawing、w:pict），或嵌套过深的表格。',
  },
} as const satisfies DiagnosticCatalogue

export type WordDiagnosticId = keyof typeof wordDiagnostics

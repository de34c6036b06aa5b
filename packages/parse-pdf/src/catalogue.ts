import type { DiagnosticCatalogue } from '@gai/recognize'

/**
 * The diagnostics `parsePdf` emits of its own, besides the core's (`coreDiagnostics` of
 * @gai/recognize): both are listed in docs/readers.md.
 */
export const pdfDiagnostics = {
  'not-pdf': {
    severity: 'error',
    en: 'The input is not a PDF file (it does not start with `%PDF-`).',
    zh: '输入不是 PDF 文件（不以 `%PDF-` 开头）。',
  },
  'no-text-layer': {
    severity: 'error',
    en: 'The PDF has no text layer (a scan or images of pages): it needs OCR before it can be read.',
    zh: 'PDF 没有文字层（扫描件或页面图片），需要先进行文字识别（OCR）才能读取。',
  },
  'encrypted-pdf': {
    severity: 'error',
    en: 'The PDF is encrypted with a password and cannot be opened.',
    zh: 'PDF 已用密码加密，无法打开。',
  },
  'broken-pdf': {
    severity: 'error',
    en: 'The PDF is damaged or not a valid PDF, and cannot be opened.',
    zh: 'PDF 已损坏或不是有效的 PDF，无法打开。',
  },
  'unreadable-page': {
    severity: 'warning',
    en: 'A page of the PDF could not be read (damaged); the other pages were read.',
    zh: 'PDF 的某一页无法读取（已损坏），其余页面已读取。',
  },
} as const satisfies DiagnosticCatalogue

export type PdfDiagnosticId = keyof typeof pdfDiagnostics

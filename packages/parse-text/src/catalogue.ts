import type { DiagnosticCatalogue } from '@gai/recognize'

/**
 * The diagnostics `parseText` emits of its own, besides the core's (`coreDiagnostics` of
 * @gai/recognize): both are listed in docs/readers.md.
 */
export const textDiagnostics = {
  'not-text': {
    severity: 'error',
    en: 'The input is a PDF, DOCX, DOC or other binary file: extract its text first.',
    zh: '输入是 PDF、DOCX、DOC 或其他二进制文件：请先提取文字。',
  },
} as const satisfies DiagnosticCatalogue

export type TextDiagnosticId = keyof typeof textDiagnostics

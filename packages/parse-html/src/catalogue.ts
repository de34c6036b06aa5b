import type { DiagnosticCatalogue } from '@gai/recognize'

/**
 * The diagnostics `parseHtml` emits of its own, besides the core's (`coreDiagnostics` of
 * @gai/recognize): both are listed in docs/readers.md.
 */
export const htmlDiagnostics = {
  'not-html': {
    severity: 'error',
    en: 'The input is a binary file, not a web page.',
    zh: '输入是二进制文件，不是网页。',
  },
  'encoding-mismatch': {
    severity: 'warning',
    en: 'The page declares one encoding and is written in another; it was decoded as written.',
    zh: '网页声明的编码与实际编码不符，已按实际编码解码。',
  },
} as const satisfies DiagnosticCatalogue

export type HtmlDiagnosticId = keyof typeof htmlDiagnostics

import type { DiagnosticCatalogue } from '@gai/recognize'

/**
 * The diagnostics `remarkGai` and `rehypeGai` emit of their own, besides the core's
 * (`coreDiagnostics` of @gai/recognize): both are listed in docs/readers.md.
 */
export const unifiedDiagnostics = {
  'table-cells-dropped': {
    severity: 'warning',
    en: 'A GFM table row has more cells than the table’s first row; GFM drops the rest, so they were not read. Give the first row as many cells.',
    zh: 'GFM 表格行的单元格多于表格首行，多出的单元格被 GFM 丢弃，未能读取。请让首行有同样多的单元格。',
  },
} as const satisfies DiagnosticCatalogue

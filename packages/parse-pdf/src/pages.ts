import { normalizeLabel, scanLabels } from '@gai/recognize'
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs'
import type { Matrix } from './geometry.ts'
import { findGrids } from './grid.ts'
import type { PageContent } from './layout.ts'
import { ruleSegments } from './rules.ts'
import { placeRuns } from './text.ts'
import type { Run, TextItemLike } from './text.ts'

const figure = /^\d(?:[\d,.，．]*\d)?$/

/**
 * Whether a page may hold one of the report's tables, judged from its text alone: figures, and
 * labels of the templates' rows or columns. Only such pages have their drawing read for ruled
 * tables, so a long document whose report is a few pages costs about what those pages cost.
 */
export function mayHoldTable(runs: readonly Run[]): boolean {
  let figures = 0
  for (const r of runs) if (figure.test(r.text.trim()) && ++figures >= 3) break
  if (figures < 3) return false
  return scanLabels(normalizeLabel(runs.map((r) => r.text).join(''))).length >= 3
}

/** Text runs, and where the page may hold a table, its ruled tables. */
export async function readPage(doc: PDFDocumentProxy, number: number): Promise<PageContent> {
  const page = await doc.getPage(number)
  try {
    const viewport = page.getViewport({ scale: 1 })
    const transform: Matrix = viewport.transform
    const text = await page.getTextContent()
    const items = text.items.filter((i): i is TextItemLike & (typeof text.items)[number] => 'str' in i)
    const runs = placeRuns(items, transform, (font) => font !== undefined && text.styles[font]?.vertical === true)
    let grids: PageContent['grids'] = []
    if (mayHoldTable(runs)) {
      const ops = await page.getOperatorList()
      // The module is loaded already (parsePdf opened the document with it): this is a lookup.
      const { OPS } = await import('pdfjs-dist/legacy/build/pdf.mjs')
      grids = findGrids(ruleSegments(ops.fnArray, ops.argsArray, OPS, transform))
    }
    return { page: number, width: viewport.width, height: viewport.height, runs, grids }
  } finally {
    page.cleanup()
  }
}

/** Where a piece of positioned text stands: its page, how far down (`y`) and across (`x`). */
export interface PlacedAt {
  page: number
  y: number
  x: number
}

/**
 * Pieces of text placed on pages (a PDF's text runs, a converted page's absolutely positioned
 * boxes) grouped into rows as a reader reads them: by page, top to bottom, left to right, pieces
 * in the same place kept in input order. A row starts at its first piece: a later piece joins it
 * while it is on the same page and `sameRow(first, piece)` holds (tops within a hair, middles
 * within half a font height), so a row never creeps down the page piece by piece. Each row comes
 * out left to right.
 */
export function groupRows<T>(items: readonly T[], at: (item: T) => PlacedAt, sameRow: (first: T, item: T) => boolean): T[][] {
  // Places read once; the sorts are stable, so equal places keep the input's order.
  const placed = items.map((item) => ({ item, p: at(item) }))
  placed.sort((a, b) => a.p.page - b.p.page || a.p.y - b.p.y || a.p.x - b.p.x)
  const rows: (typeof placed)[] = []
  let row: typeof placed = []
  for (const s of placed) {
    const first = row[0]
    if (first && (first.p.page !== s.p.page || !sameRow(first.item, s.item))) {
      rows.push(row)
      row = []
    }
    row.push(s)
  }
  if (row.length > 0) rows.push(row)
  return rows.map((r) => r.sort((a, b) => a.p.x - b.p.x).map((s) => s.item))
}

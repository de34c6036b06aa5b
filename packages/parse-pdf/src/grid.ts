import { clusterValues, nearestIndex } from './geometry.ts'
import type { Rect } from './geometry.ts'
import type { Segment } from './rules.ts'

/** A cell of a ruled table: where it starts in the table's grid, how far it spans, its box. */
export interface GridCell {
  row: number
  col: number
  rowSpan: number
  colSpan: number
  rect: Rect
}

/**
 * A ruled table: the x of its column borders and the y of its row borders (ascending), and its
 * cells in reading order (by starting row, then column). `owner[r * (xs.length - 1) + c]` is the
 * cell covering grid square (r, c).
 */
export interface Grid {
  rect: Rect
  xs: number[]
  ys: number[]
  cells: GridCell[]
  owner: Int32Array
}

// Rules within this many points meet (borders drawn by separate strokes leave small gaps), and
// borders this close are one.
const touch = 1.5

/** Rules that touch or cross each other, grouped: each group is one table's frame. */
function frames(segments: Segment[]): Segment[][] {
  const level = segments.filter((s) => s.level).sort((a, b) => a.at - b.at)
  const upright = segments.filter((s) => !s.level).sort((a, b) => a.at - b.at)
  const parent = segments.map((_, i) => i)
  const index = new Map(segments.map((s, i) => [s, i]))
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!
    return i
  }
  // Upright rules by x: a level rule meets those whose x lies within its span.
  for (const h of level) {
    let lo = 0
    let hi = upright.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (upright[mid]!.at < h.from - touch) lo = mid + 1
      else hi = mid
    }
    for (let k = lo; k < upright.length && upright[k]!.at <= h.to + touch; k++) {
      const v = upright[k]!
      if (h.at >= v.from - touch && h.at <= v.to + touch) parent[find(index.get(h)!)] = find(index.get(v)!)
    }
  }
  // Rules that go on in line with each other (a border drawn cell by cell) are one rule.
  for (const line of [level, upright]) {
    const byStart = [...line].sort((a, b) => a.at - b.at || a.from - b.from)
    for (let i = 0; i < byStart.length; i++) {
      const s = byStart[i]!
      for (let j = i + 1; j < byStart.length && j <= i + 64 && byStart[j]!.at - s.at <= touch; j++) {
        const t = byStart[j]!
        if (t.from <= s.to + touch && t.to >= s.from - touch) parent[find(index.get(s)!)] = find(index.get(t)!)
      }
    }
  }
  const groups = new Map<number, Segment[]>()
  segments.forEach((s, i) => {
    const root = find(i)
    let g = groups.get(root)
    if (!g) groups.set(root, (g = []))
    g.push(s)
  })
  return [...groups.values()]
}

/** Whether a rule at border `at` covers point `mid` along it. */
function covered(byBorder: Segment[][], border: number, mid: number): boolean {
  for (const s of byBorder[border] ?? []) if (s.from - touch <= mid && mid <= s.to + touch) return true
  return false
}

/**
 * An outer border drawn cell by cell ends where its cell does: where it ends at a row border
 * with no rule across (an HTML export leaves out the rule under a header cell), the squares
 * from that edge up to the first rule across are parted there all the same.
 */
function breakAtEdgeEnds(edge: readonly Segment[], ys: readonly number[], cols: number, down: Uint8Array, step: 1 | -1): void {
  const rows = ys.length - 1
  for (const s of edge) {
    for (const end of [s.from, s.to]) {
      const k = nearestIndex(ys, end)
      if (k <= 0 || k >= rows || Math.abs(ys[k]! - end) > touch) continue
      for (let c = step === 1 ? 0 : cols - 1; c >= 0 && c < cols && down[(k - 1) * cols + c] === 1; c += step) down[(k - 1) * cols + c] = 0
    }
  }
}

/**
 * The merged cell that starts at square (r, c): as far down as no rule parts the squares, then
 * as far right as the next column is parted from it by no rule and runs down just as far. A cell
 * is a rectangle, so where a rule is missing on one side only (a group label's cell whose right
 * border an HTML export left out, beside rows that each have their own), the column of the group
 * label is one cell and each row beside it another, as the eye reads them.
 */
function mergedCell(r: number, c: number, rows: number, cols: number, right: Uint8Array, down: Uint8Array, owner: Int32Array): { rowSpan: number; colSpan: number } {
  let rowSpan = 1
  while (r + rowSpan < rows && down[(r + rowSpan - 1) * cols + c] && owner[(r + rowSpan) * cols + c] === -1) rowSpan++
  let colSpan = 1
  for (; c + colSpan < cols; colSpan++) {
    const next = c + colSpan
    let fits = true
    for (let i = r; i < r + rowSpan && fits; i++) {
      fits = right[i * cols + next - 1] === 1 && owner[i * cols + next] === -1 && (i === r + rowSpan - 1 ? !down[i * cols + next] : down[i * cols + next] === 1)
    }
    if (!fits) break
  }
  return { rowSpan, colSpan }
}

/** The grid a frame of rules draws, with merged cells where a border is missing; undefined when it is no table. */
function gridOf(frame: Segment[]): Grid | undefined {
  const level = frame.filter((s) => s.level)
  const upright = frame.filter((s) => !s.level)
  if (level.length < 2 || upright.length < 2) return undefined
  // A rule ends where a cell's border does: where a table leaves out a border (an open side, or
  // an export that drew none beside a group label), the ends of the rules across it stand for it.
  const ys = clusterValues([...level.map((s) => s.at), ...upright.flatMap((s) => [s.from, s.to])], touch)
  const xs = clusterValues([...upright.map((s) => s.at), ...level.flatMap((s) => [s.from, s.to])], touch)
  if (xs.length < 2 || ys.length < 2) return undefined
  const rows = ys.length - 1
  const cols = xs.length - 1
  if (rows * cols > 200_000) return undefined
  const levelAt: Segment[][] = ys.map(() => [])
  const uprightAt: Segment[][] = xs.map(() => [])
  for (const s of level) levelAt[nearestIndex(ys, s.at)]!.push(s)
  for (const s of upright) uprightAt[nearestIndex(xs, s.at)]!.push(s)
  // Whether a square joins the one right of it / below it: no rule between them.
  const right = new Uint8Array(rows * cols)
  const down = new Uint8Array(rows * cols)
  for (let r = 0; r < rows; r++) {
    const midY = (ys[r]! + ys[r + 1]!) / 2
    for (let c = 0; c < cols; c++) {
      if (c + 1 < cols && !covered(uprightAt, c + 1, midY)) right[r * cols + c] = 1
      if (r + 1 < rows && !covered(levelAt, r + 1, (xs[c]! + xs[c + 1]!) / 2)) down[r * cols + c] = 1
    }
  }
  breakAtEdgeEnds(uprightAt[0]!, ys, cols, down, 1)
  breakAtEdgeEnds(uprightAt[cols]!, ys, cols, down, -1)
  const owner = new Int32Array(rows * cols).fill(-1)
  const cells: GridCell[] = []
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (owner[r * cols + c] !== -1) continue
      const span = mergedCell(r, c, rows, cols, right, down, owner)
      const at = cells.push({ row: r, col: c, ...span, rect: { x: 0, y: 0, width: 0, height: 0 } }) - 1
      for (let i = r; i < r + span.rowSpan; i++) for (let j = c; j < c + span.colSpan; j++) owner[i * cols + j] = at
    }
  }
  if (cells.length < 2) return undefined
  for (const cell of cells) {
    cell.rect = { x: xs[cell.col]!, y: ys[cell.row]!, width: xs[cell.col + cell.colSpan]! - xs[cell.col]!, height: ys[cell.row + cell.rowSpan]! - ys[cell.row]! }
  }
  const rect = { x: xs[0]!, y: ys[0]!, width: xs[cols]! - xs[0]!, height: ys[rows]! - ys[0]! }
  return { rect, xs, ys, cells, owner }
}

/** The ruled tables of a page, top to bottom. */
export function findGrids(segments: Segment[]): Grid[] {
  const grids: Grid[] = []
  for (const frame of frames(segments)) {
    const g = gridOf(frame)
    if (g) grids.push(g)
  }
  return grids.sort((a, b) => a.rect.y - b.rect.y || a.rect.x - b.rect.x)
}

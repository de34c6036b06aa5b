import { apply, compose, identity } from './geometry.ts'
import type { Matrix } from './geometry.ts'

/**
 * A straight rule drawn on the page, level or upright: `at` is its y (level) or x (upright) in
 * page points, `from`–`to` the span it covers along its length.
 */
export interface Segment {
  level: boolean
  at: number
  from: number
  to: number
}

/** The operator codes rules are read from: pdfjs's `OPS`, passed in so this module stays pure. */
export interface Ops {
  save: number
  restore: number
  transform: number
  constructPath: number
  paintFormXObjectBegin: number
  paintFormXObjectEnd: number
  stroke: number
  closeStroke: number
  fill: number
  eoFill: number
  fillStroke: number
  eoFillStroke: number
  closeFillStroke: number
  closeEOFillStroke: number
}

// pdfjs 5 encodes a path as one flat array of drawing codes each followed by its coordinates
// (its `DrawOPS`): moveTo x y, lineTo x y, curveTo x1 y1 x2 y2 x y, quadraticCurveTo x1 y1 x y,
// closePath.
const MOVE = 0
const LINE = 1
const CURVE = 2
const QUAD = 3
const CLOSE = 4

// A filled rectangle no thicker than this is a rule (browsers draw borders so); a thicker one is
// a cell's shading or a page's background, whose edges prove nothing.
const thinFill = 3
// A rule at most this far off level or upright is taken as level or upright.
const skew = 0.6
// Anything shorter is a dot, a tick or a glyph's stroke, not a border.
const shortest = 2

/** Subpaths of straight pieces in page points; a curve ends its subpath's usefulness. */
function subpaths(data: ArrayLike<number>, ctm: Matrix): { points: number[]; closed: boolean; curved: boolean }[] {
  const out: { points: number[]; closed: boolean; curved: boolean }[] = []
  let cur: { points: number[]; closed: boolean; curved: boolean } | undefined
  for (let i = 0; i < data.length; ) {
    const op = data[i++]!
    if (op === MOVE || op === LINE) {
      const [x, y] = apply(ctm, data[i]!, data[i + 1]!)
      i += 2
      if (op === MOVE || !cur) out.push((cur = { points: [], closed: false, curved: false }))
      cur.points.push(x, y)
    } else if (op === CURVE || op === QUAD) {
      const n = op === CURVE ? 6 : 4
      const [x, y] = apply(ctm, data[i + n - 2]!, data[i + n - 1]!)
      i += n
      if (!cur) out.push((cur = { points: [], closed: false, curved: false }))
      cur.curved = true
      cur.points.push(x, y)
    } else if (op === CLOSE) {
      if (cur) cur.closed = true
    } else {
      // An unknown code: the rest of the path cannot be read safely.
      break
    }
  }
  return out
}

function pushSegment(out: Segment[], x0: number, y0: number, x1: number, y1: number): void {
  const dx = Math.abs(x1 - x0)
  const dy = Math.abs(y1 - y0)
  if (dy <= skew && dx >= shortest) out.push({ level: true, at: (y0 + y1) / 2, from: Math.min(x0, x1), to: Math.max(x0, x1) })
  else if (dx <= skew && dy >= shortest) out.push({ level: false, at: (x0 + x1) / 2, from: Math.min(y0, y1), to: Math.max(y0, y1) })
}

/** The rules of one drawn path: stroked edges, and filled rectangles thin enough to be lines. */
function pathSegments(out: Segment[], data: ArrayLike<number>, ctm: Matrix, stroked: boolean): void {
  for (const sub of subpaths(data, ctm)) {
    if (sub.curved) continue
    const p = sub.points
    if (!stroked) {
      if (p.length < 6) continue
      let x0 = Infinity
      let y0 = Infinity
      let x1 = -Infinity
      let y1 = -Infinity
      for (let k = 0; k < p.length; k += 2) {
        x0 = Math.min(x0, p[k]!)
        x1 = Math.max(x1, p[k]!)
        y0 = Math.min(y0, p[k + 1]!)
        y1 = Math.max(y1, p[k + 1]!)
      }
      const w = x1 - x0
      const h = y1 - y0
      if (h <= thinFill && w >= shortest && w > h) out.push({ level: true, at: (y0 + y1) / 2, from: x0, to: x1 })
      else if (w <= thinFill && h >= shortest && h > w) out.push({ level: false, at: (x0 + x1) / 2, from: y0, to: y1 })
      continue
    }
    for (let k = 2; k + 1 < p.length; k += 2) pushSegment(out, p[k - 2]!, p[k - 1]!, p[k]!, p[k + 1]!)
    if (sub.closed && p.length >= 6) pushSegment(out, p[p.length - 2]!, p[p.length - 1]!, p[0]!, p[1]!)
  }
}

/**
 * The straight rules a page draws, from its operator list (`page.getOperatorList()`), in page
 * points through `viewport`. Only what is painted counts (a clipping path is not); the current
 * matrix is followed through `cm`, `q`/`Q` and form XObjects. Reading stops at `limit` rules: a
 * page of that many lines is a drawing, not a table.
 */
export function ruleSegments(fnArray: ArrayLike<number>, argsArray: ArrayLike<unknown>, ops: Ops, viewport: Matrix, limit = 20000): Segment[] {
  const out: Segment[] = []
  const stack: Matrix[] = []
  let ctm = identity
  const painting = new Map<number, boolean>([
    [ops.stroke, true],
    [ops.closeStroke, true],
    [ops.fillStroke, true],
    [ops.eoFillStroke, true],
    [ops.closeFillStroke, true],
    [ops.closeEOFillStroke, true],
    [ops.fill, false],
    [ops.eoFill, false],
  ])
  for (let k = 0; k < fnArray.length && out.length < limit; k++) {
    const fn = fnArray[k]!
    const args = argsArray[k] as unknown[] | null | undefined
    if (fn === ops.save) stack.push(ctm)
    else if (fn === ops.restore) ctm = stack.pop() ?? identity
    else if (fn === ops.transform && args) ctm = compose(args as number[], ctm)
    else if (fn === ops.paintFormXObjectBegin) {
      stack.push(ctm)
      const m = args?.[0]
      if (Array.isArray(m) || ArrayBuffer.isView(m)) ctm = compose(Array.from(m as ArrayLike<number>), ctm)
    } else if (fn === ops.paintFormXObjectEnd) ctm = stack.pop() ?? identity
    else if (fn === ops.constructPath && args) {
      const stroked = painting.get(args[0] as number)
      const data = (args[1] as unknown[] | undefined)?.[0]
      if (stroked === undefined || !data || typeof (data as ArrayLike<number>).length !== 'number') continue
      pathSegments(out, data as ArrayLike<number>, compose(ctm, viewport), stroked)
    }
  }
  return out
}

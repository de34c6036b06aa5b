/**
 * Page geometry in the units of the model's `PageBox`: PDF points from the page's top-left
 * corner, y growing downwards, whatever the page's rotation or crop box (pdfjs's viewport at
 * scale 1 maps user space there).
 */
export interface Rect {
  x: number
  y: number
  width: number
  height: number
}

/** An affine matrix `[a, b, c, d, e, f]` as PDF writes them: `x' = a·x + c·y + e`, `y' = b·x + d·y + f`. */
export type Matrix = readonly number[]

export const identity: Matrix = [1, 0, 0, 1, 0, 0]

/** The matrix that applies `first`, then `then`. */
export function compose(first: Matrix, then: Matrix): Matrix {
  const [a, b, c, d, e, f] = first as [number, number, number, number, number, number]
  const [A, B, C, D, E, F] = then as [number, number, number, number, number, number]
  return [a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E, e * B + f * D + F]
}

export function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0]! * x + m[2]! * y + m[4]!, m[1]! * x + m[3]! * y + m[5]!]
}

/** The smallest rectangle holding the points `[x0, y0, x1, y1, …]`. */
export function boundsOf(points: readonly number[]): Rect {
  let x0 = Infinity
  let y0 = Infinity
  let x1 = -Infinity
  let y1 = -Infinity
  for (let i = 0; i + 1 < points.length; i += 2) {
    const x = points[i]!
    const y = points[i + 1]!
    if (x < x0) x0 = x
    if (x > x1) x1 = x
    if (y < y0) y0 = y
    if (y > y1) y1 = y
  }
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 }
}

export function union(a: Rect, b: Rect): Rect {
  const x = Math.min(a.x, b.x)
  const y = Math.min(a.y, b.y)
  return { x, y, width: Math.max(a.x + a.width, b.x + b.width) - x, height: Math.max(a.y + a.height, b.y + b.height) - y }
}

/** Coordinates within `tolerance` of their neighbour taken as one: the mean of each run, ascending. */
export function clusterValues(values: number[], tolerance: number): number[] {
  const sorted = [...values].sort((p, q) => p - q)
  const out: number[] = []
  let sum = 0
  let n = 0
  let last = -Infinity
  for (const v of sorted) {
    if (n > 0 && v - last > tolerance) {
      out.push(sum / n)
      sum = 0
      n = 0
    }
    sum += v
    n++
    last = v
  }
  if (n > 0) out.push(sum / n)
  return out
}

/**
 * The index of the cluster nearest a coordinate. A coordinate that went into the clusters belongs
 * to the nearest one, however far a chain of close values drew its mean.
 */
export function nearestIndex(clusters: readonly number[], v: number): number {
  let lo = 0
  let hi = clusters.length - 1
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (clusters[mid]! < v) lo = mid + 1
    else hi = mid
  }
  if (lo > 0 && Math.abs(clusters[lo - 1]! - v) <= Math.abs(clusters[lo]! - v)) return lo - 1
  return lo
}

/** The band `v` falls in between sorted borders: `i` with `borders[i] ≤ v < borders[i + 1]`, or -1. */
export function bandOf(borders: readonly number[], v: number): number {
  if (borders.length < 2 || v < borders[0]! || v >= borders[borders.length - 1]!) return -1
  let lo = 0
  let hi = borders.length - 2
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (borders[mid]! <= v) lo = mid
    else hi = mid - 1
  }
  return lo
}

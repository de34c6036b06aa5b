/**
 * Flattened tables lose the boundaries between cells: `640020470` may be 64,0,0,2,0,4,70. The
 * only honest way back is search: every way to cut the runs into the row's cells, kept when the
 * row's own relation holds. The caller decides what to do with zero, one or several survivors.
 */

/** A cell as cut from a run: its text and its range within the run. */
export interface Piece {
  text: string
  value: number
  unit?: string
  /** Index of the run it came from and the character range in that run's text. */
  run: number
  from: number
  to: number
}

const piecePattern = /^(0|[1-9]\d{0,8})(\.\d{1,8})?(万元|元)?$/
// The longest text one cell can be: nine digits, a point, eight decimals and a unit.
const maxPieceLength = 20

/** Limit on the ways tried for one row; past it the row is reported as too ambiguous. */
export const maxSplitSteps = 200_000

export interface SplitResult {
  candidates: Piece[][]
  /** True when the search stopped at `maxSplitSteps`: the candidates are then incomplete. */
  exhausted: boolean
}

/**
 * Every way to cut `runs` (texts of digits, in order) into `n` numbers without leading zeros,
 * accepted by `accept`. Stops after `limit` accepted candidates or `maxSplitSteps` steps.
 * `accept` is lent the values of one way at a time (the array is reused: copy it to keep it).
 */
export function splitRuns(runs: readonly string[], n: number, accept: (values: number[]) => boolean, limit = 50): SplitResult {
  const candidates: Piece[][] = []
  let steps = 0
  let exhausted = false
  const current: Piece[] = []
  const values: number[] = []
  const totalChars = runs.map((r) => r.length)
  // The cells that may start at each place of each run, worked out when the search first gets
  // there: the search comes back to the same place many times by different ways.
  const cuts: (Piece[] | undefined)[][] = runs.map(() => [])
  const cutsAt = (run: number, pos: number): Piece[] => (cuts[run]![pos] ??= cellsFrom(runs[run]!, run, pos))
  const visit = (run: number, pos: number): void => {
    if (exhausted || candidates.length >= limit) return
    if (++steps > maxSplitSteps) {
      exhausted = true
      return
    }
    if (run === runs.length) {
      if (current.length === n && accept(values)) candidates.push([...current])
      return
    }
    const text = runs[run]!
    if (pos === text.length) {
      visit(run + 1, 0)
      return
    }
    // Each remaining run needs at least one cell; cells left must not exceed characters left.
    const runsLeft = runs.length - run - 1
    const cellsLeft = n - current.length
    if (cellsLeft <= runsLeft) return
    let charsLeft = text.length - pos
    for (let r = run + 1; r < runs.length; r++) charsLeft += totalChars[r]!
    if (cellsLeft > charsLeft || charsLeft > cellsLeft * maxPieceLength) return
    for (const p of cutsAt(run, pos)) {
      current.push(p)
      values.push(p.value)
      visit(run, p.to)
      current.pop()
      values.pop()
    }
  }
  visit(0, 0)
  return { candidates, exhausted }
}

/** The cells that may start at `pos` of a run, shortest first. */
function cellsFrom(text: string, run: number, pos: number): Piece[] {
  const out: Piece[] = []
  for (let end = pos + 1; end <= Math.min(text.length, pos + maxPieceLength); end++) {
    const piece = text.slice(pos, end)
    const m = piecePattern.exec(piece)
    if (!m) {
      if (/^0\d/.test(piece)) break
      continue
    }
    // A unit ends its cell: nothing of the same run may follow it.
    if (m[3] && end !== text.length) continue
    const p: Piece = { text: piece, value: Number(`${m[1]}${m[2] ?? ''}`), run, from: pos, to: end }
    if (m[3]) p.unit = m[3]
    out.push(p)
  }
  return out
}

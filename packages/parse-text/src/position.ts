import type { Point, Position } from '@gai/model'

/** Offsets to 1-based line/column points in O(log lines), from a table of line starts built once. */
export class LineIndex {
  readonly #starts: number[] = [0]
  static #last: { text: string; index: LineIndex } | undefined

  /** The index of a text, built once however many steps of a read ask for it. */
  static of(text: string): LineIndex {
    const last = LineIndex.#last
    if (last && last.text === text) return last.index
    const index = new LineIndex(text)
    LineIndex.#last = { text, index }
    return index
  }

  constructor(text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.#starts.push(i + 1)
  }

  point(offset: number): Point {
    const s = this.#starts
    let lo = 0
    let hi = s.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (s[mid]! <= offset) lo = mid
      else hi = mid - 1
    }
    return { line: lo + 1, column: offset - s[lo]! + 1, offset }
  }

  /** Where 1-based line `line` starts, and where the next one does (or undefined for the last). */
  lineStart(line: number): [number, number | undefined] {
    return [this.#starts[line - 1] ?? 0, this.#starts[line]]
  }

  position(start: number, end: number): Position {
    return { start: this.point(start), end: this.point(end) }
  }
}

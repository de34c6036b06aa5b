import type { Point, Position } from '@gai/model'
import { grown } from './typed.ts'

/**
 * What breaks a text's lines: `\n` (with or without a `\r` before it), or `\r` in text that has
 * no `\n` at all (old Mac text, some exports). A stray `\r` in text broken by `\n` (`\r\r\n`
 * after a file was converted twice) is no break: it would double every line.
 */
export function lineBreak(text: string): '\n' | '\r' {
  return text.indexOf('\n') === -1 && text.indexOf('\r') !== -1 ? '\r' : '\n'
}

/**
 * Offsets to 1-based line/column points in O(log lines), from a table of line starts built once.
 * A read builds one and hands it to each step that needs it; nothing keeps it between reads.
 */
export class LineIndex {
  // In a typed array: four bytes a line, outside the collected heap, where a text of millions of
  // lines made an array the garbage collector walked and copied as it grew.
  readonly #starts: Int32Array

  /** The index of a text (the same as `new LineIndex(text)`; kept for callers that use it). */
  static of(text: string): LineIndex {
    return new LineIndex(text)
  }

  constructor(text: string) {
    const br = lineBreak(text)
    const code = br.charCodeAt(0)
    let starts: Int32Array = new Int32Array(64)
    let count = 1
    for (let i = text.indexOf(br); i !== -1; ) {
      if (count === starts.length) starts = grown(starts)
      starts[count++] = i + 1
      // A run of empty lines is answered a character at a time, without a search per line.
      i = text.charCodeAt(i + 1) === code ? i + 1 : text.indexOf(br, i + 1)
    }
    this.#starts = starts.subarray(0, count)
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
    return [this.startOfLine(line), this.#starts[line]]
  }

  /** How many lines the text has: one more than its line breaks. */
  get lineCount(): number {
    return this.#starts.length
  }

  /** Where 1-based line `line` starts (`lineStart` without the pair, for loops over every line). */
  startOfLine(line: number): number {
    return this.#starts[line - 1] ?? 0
  }

  position(start: number, end: number): Position {
    return { start: this.point(start), end: this.point(end) }
  }
}

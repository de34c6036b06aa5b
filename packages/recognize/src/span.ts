import type { Position } from '@gai/model'
import type { SourceCell, SourceLine } from './document.ts'
import { LineIndex } from './position.ts'

/**
 * A range of the input held as two offsets, its `Position` (three objects, some 140 bytes) made
 * from the line index only when first asked for. A long input has millions of cells and tokens
 * whose positions are never read: a message or a placed value reads a few hundred. Kept as
 * objects of their own, positions were over half of a read's memory.
 */
export class Span {
  // The index to make the position from, until it is made; then the position. One field for the
  // two: a token is a few fields, and each is 8 bytes on millions of them.
  #at: LineIndex | Position | undefined
  #from: number
  #to: number

  constructor(index: LineIndex | undefined, from: number, to: number) {
    this.#at = index
    this.#from = from
    this.#to = to
  }

  get position(): Position {
    const at = this.#at
    if (at instanceof LineIndex) return (this.#at = at.position(this.#from, this.#to))
    // A span is made with an index, or placed as another (tokens): never read without either.
    return at!
  }

  set position(position: Position) {
    this.#at = position
    this.#from = position.start.offset
    this.#to = position.end.offset
  }

  /** Where the range starts and ends in the input, without making its position. */
  get startOffset(): number {
    return this.#from
  }

  get endOffset(): number {
    return this.#to
  }

  /** Take the range of `other` (a span or anything with a position) without making its position. */
  protected placeAs(other: { position: Position }): void {
    if (other instanceof Span) {
      this.#at = other.#at
      this.#from = other.#from
      this.#to = other.#to
    } else this.position = other.position
  }

  /**
   * What JSON sees: the plain shape, `position` included (an accessor of the class, which
   * `JSON.stringify` would leave out; a structured clone leaves it out still).
   */
  toJSON(): Record<string, unknown> {
    const out: Record<string, unknown> = {}
    for (const key of Object.keys(this)) out[key] = (this as Record<string, unknown>)[key]
    out['position'] = this.position
    return out
  }
}

/** Where a cell or a line starts in the input, without making a span's position. */
export function startOf(x: { position: Position }): number {
  return x instanceof Span ? x.startOffset : x.position.start.offset
}

export function endOf(x: { position: Position }): number {
  return x instanceof Span ? x.endOffset : x.position.end.offset
}

class SpanCell extends Span implements SourceCell {
  text: string

  constructor(text: string, index: LineIndex, from: number, to: number) {
    super(index, from, to)
    this.text = text
  }
}

class SpanLine extends Span implements SourceLine {
  cells: SourceCell[]
  table: number | undefined

  constructor(cells: SourceCell[], index: LineIndex, from: number, to: number, table: number | undefined) {
    super(index, from, to)
    this.cells = cells
    this.table = table
  }
}

/**
 * A cell of the text between offsets `from` and `to`, its position made from `index` when first
 * read: for adapters over long inputs, where most cells' positions are never read.
 */
export function spanCell(text: string, index: LineIndex, from: number, to: number): SourceCell {
  return new SpanCell(text, index, from, to)
}

/**
 * A line of cells between offsets `from` and `to`, its position made when first read; `table` as
 * `SourceLine.table` has it (the index of the table the line is a row of, if the adapter knows).
 */
export function spanLine(cells: SourceCell[], index: LineIndex, from: number, to: number, table?: number): SourceLine {
  return new SpanLine(cells, index, from, to, table)
}

import type { Position } from '@gai/model'
import type { SourceCell, SourceLine } from './document.ts'
import { LineIndex } from './position.ts'

/**
 * A range of the input held as two offsets, its `Position` (three objects, some 140 bytes) made
 * from the line index only when first asked for. A long input has millions of cells and tokens
 * whose positions are never read: a message or a placed value reads a few hundred. Kept as
 * objects of their own, positions were over half of a read's memory.
 *
 * Cells, lines and tokens, which live to the end of a read, are made as object literals with a
 * span class for their prototype (see `spanCell`), not with `new`. V8 learns at each literal that
 * what it makes lives long and makes those objects in the old generation from the start
 * (pretenuring, which `new` of a class never gets); made with `new`, every young-generation
 * collection copied them, which took half of a long read's time. Hence ordinary fields here, not
 * private ones, which a literal cannot set; `toJSON` leaves them out.
 */
export class Span {
  // The index to make the position from, until it is made; then the position. One field for the
  // two: a token is a few fields, and each is 8 bytes on millions of them.
  /** @internal */
  _at: LineIndex | Position | undefined
  /** @internal */
  _from: number
  /** @internal */
  _to: number

  constructor(index: LineIndex | undefined, from: number, to: number) {
    this._at = index
    this._from = from
    this._to = to
  }

  get position(): Position {
    const at = this._at
    if (at instanceof LineIndex) return (this._at = at.position(this._from, this._to))
    // A span is made with an index, or placed as another (tokens): never read without either.
    return at!
  }

  set position(position: Position) {
    this._at = position
    this._from = position.start.offset
    this._to = position.end.offset
  }

  /** Where the range starts and ends in the input, without making its position. */
  get startOffset(): number {
    return this._from
  }

  get endOffset(): number {
    return this._to
  }

  /**
   * What JSON sees: the plain shape, `position` included (an accessor of the class, which
   * `JSON.stringify` would leave out; a structured clone leaves it out still).
   */
  toJSON(): Record<string, unknown> {
    const out: Record<string, unknown> = {}
    // Not the span's own fields (`_at`, `_from`, `_to`): their range is the position's.
    for (const key of Object.keys(this)) if (key.charCodeAt(0) !== 95) out[key] = (this as Record<string, unknown>)[key]
    out['position'] = this.position
    return out
  }
}

/** The `_at` of a span placed where `x` is (a span, or anything with a position). */
export function atOf(x: { position: Position }): LineIndex | Position | undefined {
  return x instanceof Span ? x._at : x.position
}

/** Where a cell or a line starts in the input, without making a span's position. */
export function startOf(x: { position: Position }): number {
  return x instanceof Span ? x.startOffset : x.position.start.offset
}

export function endOf(x: { position: Position }): number {
  return x instanceof Span ? x.endOffset : x.position.end.offset
}

// Prototypes only: their objects are literals (see Span).
class SpanCell extends Span implements SourceCell {
  declare text: string
}

class SpanLine extends Span implements SourceLine {
  declare cells: SourceCell[]
  declare table: number | undefined
}

/**
 * A cell of the text between offsets `from` and `to`, its position made from `index` when first
 * read: for adapters over long inputs, where most cells' positions are never read.
 */
export function spanCell(text: string, index: LineIndex, from: number, to: number): SourceCell {
  return { __proto__: SpanCell.prototype, _at: index, _from: from, _to: to, text } as unknown as SpanCell
}

/**
 * A line of cells between offsets `from` and `to`, its position made when first read; `table` as
 * `SourceLine.table` has it (the index of the table the line is a row of, if the adapter knows).
 */
export function spanLine(cells: SourceCell[], index: LineIndex, from: number, to: number, table?: number): SourceLine {
  return { __proto__: SpanLine.prototype, _at: index, _from: from, _to: to, cells, table } as unknown as SpanLine
}

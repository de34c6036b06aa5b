import type { PageBox, Position, WordPlace } from '@gai/model'

/**
 * The intermediate form every format adapter produces and one shared core maps onto the model
 * (as parse5's tree adapters decouple the parser from the tree). A document is the input's
 * lines in reading order; each line holds the cells it was split into, with positions into the
 * original input. Text adapters split lines on tabs, pipes or runs of spaces (a line that is not
 * a table row is one cell); the HTML adapter gives each table row its cells (spans kept, not
 * expanded) and each paragraph of prose one cell.
 */
export interface SourceCell {
  text: string
  position: Position
  /** HTML only: the cell's spans as given, after clamping. */
  colSpan?: number
  rowSpan?: number
  /** PDF only: the cell's page and box, copied into the origin of every value read from it. */
  box?: PageBox
  /** Word only: the cell's part, table, row and cell, copied into the origin of its values. */
  word?: WordPlace
}

export interface SourceLine {
  cells: SourceCell[]
  position: Position
  /**
   * Set when the adapter knows the line is a table row: the index of the table in the input
   * (HTML `<table>` elements, in document order). Text adapters leave it unset.
   */
  table?: number | undefined
}

export interface SourceDocument {
  /** The input's name, copied into every origin. */
  source: string
  /** The decoded input text that positions refer to. */
  text: string
  lines: SourceLine[]
}

import type { DiagnosticCatalogue } from './catalogue.ts'
import type { ParseOptions, ParseResult, ReaderInput } from './types.ts'

/**
 * A reader of one input format, as `gai`, the playground and third-party tools find it: by what
 * the bytes are (`sniff`), not by the file's name, which can lie (`.htm` saved as text, a PDF
 * named `.doc`). Every reader maps its input onto the one model through `readDocument`.
 */
export interface Reader {
  /** The package that reads the format, named as the `source` of its diagnostics. */
  name: string
  /** The format in a word, for people and for `--from` (`text`, `html`, `pdf`, `docx`, `doc`). */
  format: string
  /** File name endings the format usually has, with the dot (`.pdf`): for listing folders. */
  extensions: readonly string[]
  /** Media types of the format (`application/pdf`). */
  mediaTypes: readonly string[]
  /**
   * How sure the reader is that the bytes are its format, from 0 (not its format) to 1 (its
   * signature is there). Looks at the head of the bytes only, so it is cheap on any input.
   */
  sniff(bytes: Uint8Array): number
  /**
   * Read a report; never throws for any input (what cannot be read is in `diagnostics`), only for
   * an unknown id in `options.severity`. A VFile passed in is filled and returned as `file`.
   */
  read(input: ReaderInput, options?: ParseOptions): ParseResult | Promise<ParseResult>
  /** The diagnostics the reader emits of its own, besides the core's. */
  diagnostics: DiagnosticCatalogue
}

/**
 * The reader the bytes call for: the one most sure of them, the earlier in `readers` on a tie
 * (so a caller lists specific formats before catch-alls such as text). Undefined when none is.
 */
export function chooseReader(readers: readonly Reader[], bytes: Uint8Array): Reader | undefined {
  let best: Reader | undefined
  let score = 0
  for (const r of readers) {
    const s = r.sniff(bytes)
    if (s > score) (best = r), (score = s)
  }
  return best
}

import type { Token } from './tokens.ts'

/**
 * Which tokens the tables took (row labels, their figures, the pieces of their headers): what is
 * left over is prose. One byte per token by its index in the stream, handed from pass to pass (the
 * walk, the table reader, the sections) rather than a flag each pass sets on the tokens.
 */
export class Claims {
  readonly #taken: Uint8Array

  constructor(count: number) {
    this.#taken = new Uint8Array(count)
  }

  /** Take a token; one the walk made up (a stand-in label) is in no stream and is ignored. */
  take(token: Token): void {
    if (token.index >= 0) this.#taken[token.index] = 1
  }

  has(token: Token): boolean {
    return token.index >= 0 && this.#taken[token.index] === 1
  }
}

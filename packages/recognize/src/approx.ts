/**
 * Labels found by approximate match, for the typos and variants real reports print that no alias
 * list can hold in full (`本年新收政府信息公开申请数`, `行政复义`). Only a whole cell is looked up,
 * and only a match that is close for its length and better than any other label's is taken.
 */

/** Edits allowed for a label of this length: none for short labels, whose one-character slips
 * make other labels (`规章`/`规定`), then about one in eight characters. */
export function allowedEdits(length: number): number {
  if (length < 6) return 0
  if (length < 12) return 1
  if (length < 24) return 2
  return 3
}

/** Levenshtein distance, stopping early once it must exceed `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1
  let prev = new Array<number>(b.length + 1)
  let cur = new Array<number>(b.length + 1)
  for (let j = 0; j <= b.length; j++) prev[j] = j
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i
    let best = cur[0]
    const ca = a.charCodeAt(i - 1)
    for (let j = 1; j <= b.length; j++) {
      const sub = prev[j - 1]! + (ca === b.charCodeAt(j - 1) ? 0 : 1)
      const v = Math.min(sub, prev[j]! + 1, cur[j - 1]! + 1)
      cur[j] = v
      if (v < best) best = v
    }
    if (best > limit) return limit + 1
    ;[prev, cur] = [cur, prev]
  }
  return prev[b.length]!
}

const bigrams = (s: string): string[] => {
  const out: string[] = []
  for (let i = 0; i + 1 < s.length; i++) out.push(s.slice(i, i + 2))
  return out
}

/** An index of texts by their character pairs, to find the few worth an edit distance. */
export class ApproximateIndex<T> {
  readonly #texts: string[] = []
  readonly #values: T[] = []
  readonly #postings = new Map<string, number[]>()

  add(text: string, value: T): void {
    const id = this.#texts.length
    this.#texts.push(text)
    this.#values.push(value)
    for (const g of new Set(bigrams(text))) {
      let p = this.#postings.get(g)
      if (!p) this.#postings.set(g, (p = []))
      p.push(id)
    }
  }

  /**
   * The text nearest to `query` within the allowed edits, with its value, when every text that
   * near holds the same value (`same` decides; an alias and its label are one); undefined when
   * texts of different values are as near, or none is near enough.
   */
  nearest(query: string, same: (a: T, b: T) => boolean = Object.is): { text: string; value: T; distance: number } | undefined {
    const k = allowedEdits(query.length)
    if (k === 0) return undefined
    // A text within k edits shares at least (longer length − 1 − 2k) of its pairs with the query.
    const shared = new Map<number, number>()
    for (const g of new Set(bigrams(query))) for (const id of this.#postings.get(g) ?? []) shared.set(id, (shared.get(id) ?? 0) + 1)
    let best = k + 1
    let found: number[] = []
    for (const [id, n] of shared) {
      const text = this.#texts[id]!
      const limit = Math.min(k, allowedEdits(text.length))
      if (limit === 0 || n < Math.max(text.length, query.length) - 1 - 2 * limit) continue
      const d = editDistance(query, text, limit)
      if (d > limit) continue
      if (d < best) (best = d), (found = [id])
      else if (d === best) found.push(id)
    }
    if (found.length === 0 || best === 0) return undefined
    const value = this.#values[found[0]!]!
    if (!found.every((id) => same(this.#values[id]!, value))) return undefined
    // Of equally near texts of one value, the one closest in length reads most like the query.
    const id = found.reduce((a, b) => (Math.abs(this.#texts[b]!.length - query.length) < Math.abs(this.#texts[a]!.length - query.length) ? b : a))
    return { text: this.#texts[id]!, value, distance: best }
  }
}

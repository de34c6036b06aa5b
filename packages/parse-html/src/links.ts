import type { HtmlTreeAdapter } from './adapter.ts'
import { trimmedLength } from './join.ts'

// Where lists of links are looked for: a menu is a list, a row of links in a div, span or cell.
const holders = new Set(['ul', 'ol', 'div', 'p', 'span', 'dl', 'td'])

interface Counts {
  /** Characters of text, white space at either end of a text node not counted. */
  all: number
  /** Of those, the characters inside links. */
  linked: number
  links: number
}

/**
 * Tells a list of links (a menu, a list of other reports) from prose with a few links in it: an
 * element holding at least three links whose text is mostly theirs. The counts under each holder
 * are kept, so nested holders asking in turn cost one pass over the page, not one per holder.
 */
export class LinkDensity<N> {
  readonly #a: HtmlTreeAdapter<N>
  readonly #skipped: ReadonlySet<string>
  readonly #known = new Map<N, Counts>()
  // The path from the element asked about down to the node being counted, one slot per level.
  readonly #nodes: N[] = []
  readonly #kids: (readonly N[])[] = []
  readonly #next: number[] = []
  readonly #all: number[] = []
  readonly #linked: number[] = []
  readonly #links: number[] = []

  /** `skipped`: elements never shown, whose text does not count. */
  constructor(adapter: HtmlTreeAdapter<N>, skipped: ReadonlySet<string>) {
    this.#a = adapter
    this.#skipped = skipped
  }

  dense(n: N, tag: string): boolean {
    if (!holders.has(tag)) return false
    const c = this.#counts(n)
    return c.links >= 3 && c.all > 0 && c.linked / c.all > 0.7
  }

  #counts(root: N): Counts {
    const known = this.#known.get(root)
    if (known) return known
    const a = this.#a
    const nodes = this.#nodes
    const kids = this.#kids
    const next = this.#next
    const all = this.#all
    const linked = this.#linked
    const links = this.#links
    nodes[0] = root
    kids[0] = a.children(root)
    next[0] = all[0] = linked[0] = links[0] = 0
    let d = 0
    for (;;) {
      const ks = kids[d]!
      if (next[d]! < ks.length) {
        const k = ks[next[d]!++]!
        if (a.isText(k)) {
          all[d]! += trimmedLength(a.text(k))
          continue
        }
        if (!a.isElement(k)) continue
        const tag = a.tagName(k)
        if (this.#skipped.has(tag)) continue
        const memo = holders.has(tag) ? this.#known.get(k) : undefined
        if (memo) {
          all[d]! += memo.all
          linked[d]! += memo.linked
          links[d]! += memo.links
          continue
        }
        d++
        nodes[d] = k
        kids[d] = a.children(k)
        next[d] = all[d] = linked[d] = links[d] = 0
        continue
      }
      const n = nodes[d]!
      const tag = a.tagName(n)
      if (tag === 'a') {
        links[d]!++
        linked[d] = all[d]!
      }
      if (d === 0 || holders.has(tag)) {
        const c = { all: all[d]!, linked: linked[d]!, links: links[d]! }
        this.#known.set(n, c)
        if (d === 0) return c
      }
      d--
      all[d]! += all[d + 1]!
      linked[d]! += linked[d + 1]!
      links[d]! += links[d + 1]!
    }
  }
}

import type { DefaultTreeAdapterMap } from 'parse5'
import { parse } from 'parse5'

/**
 * The read-only view of a tree the table reader needs, in the manner of parse5's tree adapters:
 * implement it over hast (rehype-parse), a DOM or anything else to read reports from that tree.
 */
export interface HtmlTreeAdapter<N> {
  isElement(node: N): boolean
  isText(node: N): boolean
  /** Lower-case tag name of an element. */
  tagName(node: N): string
  attr(node: N, name: string): string | undefined
  children(node: N): readonly N[]
  /** The text of a text node, character references decoded. */
  text(node: N): string
  /** The node's range in the source, when the parser kept locations. */
  location(node: N): { start: number; end: number } | undefined
}

type Node = DefaultTreeAdapterMap['node']
type Element = DefaultTreeAdapterMap['element']

export const parse5Adapter: HtmlTreeAdapter<Node> = {
  isElement: (n) => 'tagName' in n,
  isText: (n) => n.nodeName === '#text',
  tagName: (n) => (n as Element).tagName,
  attr: (n, name) => (n as Element).attrs?.find((a) => a.name === name)?.value,
  children: (n) => {
    // A <template>'s content is not part of the page as shown.
    if ((n as Element).tagName === 'template') return []
    return 'childNodes' in n ? (n.childNodes as Node[]) : []
  },
  text: (n) => (n as DefaultTreeAdapterMap['textNode']).value,
  location: (n) => {
    const l = (n as Element).sourceCodeLocation
    return l ? { start: l.startOffset, end: l.endOffset } : undefined
  },
}

/** parse5's own tree, with source locations, to read with `parse5Adapter` or any other way. */
export function parseTree(html: string): Node {
  return parse(html, { sourceCodeLocationInfo: true }) as unknown as Node
}

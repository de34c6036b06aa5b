import type { Element, Nodes, Text } from 'hast'
import { find, html } from 'property-information'
import type { HtmlTreeAdapter } from '@gai/parse-html'

// The reader asks about a handful of attributes on every element: their information is looked up once.
const infos = new Map<string, ReturnType<typeof find>>()
function infoOf(name: string) {
  let info = infos.get(name)
  if (!info) infos.set(name, (info = find(html, name)))
  return info
}

/**
 * An attribute's value as the HTML had it: hast keeps properties under their DOM names
 * (`colSpan`, `className`) and typed (numbers, lists), which property-information maps back.
 */
function attribute(node: Element, name: string): string | undefined {
  const info = infoOf(name)
  const value = node.properties[info.property]
  if (value === undefined || value === null || value === false) return undefined
  if (value === true) return ''
  if (Array.isArray(value)) return value.join(info.commaSeparated ? ', ' : ' ')
  return String(value)
}

/**
 * parse-html's read-only tree view over hast (as rehype-parse builds it), so that the page is read
 * by the same walk as `parseHtml`'s own tree. Locations are the offsets of each node's
 * `position`; a node without one (made by a plugin, not parsed) has none.
 */
export const hastAdapter: HtmlTreeAdapter<Nodes> = {
  isElement: (n) => n.type === 'element',
  isText: (n) => n.type === 'text',
  tagName: (n) => (n as Element).tagName,
  attr: (n, name) => attribute(n as Element, name),
  // A <template>'s content is kept apart in hast (`content`), as it is not part of the page shown.
  children: (n) => ('children' in n ? n.children : []),
  text: (n) => (n as Text).value,
  location: (n) => {
    const start = n.position?.start.offset
    const end = n.position?.end.offset
    return start === undefined || end === undefined ? undefined : { start, end }
  },
}

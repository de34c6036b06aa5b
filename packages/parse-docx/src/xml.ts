import { SaxesParser } from 'saxes'

/** An element of a Word XML part, named by a short prefix for the namespaces read here. */
export interface XmlElement {
  /** `w:p`, `mc:AlternateContent`, …; elements of other namespaces are `?:local`. */
  name: string
  /** Attributes of the WordprocessingML namespace by local name (`val`), others by qualified name. */
  attrs: Record<string, string>
  children: XmlElement[]
  /** The text of a `w:t` (the only text kept). */
  text: string
}

export interface XmlError {
  message: string
  line: number
  column: number
}

// Transitional and Strict OOXML name the same vocabulary with different namespaces.
const prefixes: Record<string, string> = {
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main': 'w',
  'http://purl.oclc.org/ooxml/wordprocessingml/main': 'w',
  'http://schemas.openxmlformats.org/markup-compatibility/2006': 'mc',
}

/**
 * A Word XML part as a light tree (saxes, a conforming non-validating parser that runs in
 * browsers too). Only `w:t` keeps its text: every other text node in WordprocessingML is
 * whitespace or instructions (`w:instrText`, `w:delText`) that are not shown. Built without
 * recursion, so deep nesting cannot overflow the stack.
 */
export function parseXml(xml: string): { root: XmlElement } | { error: XmlError } {
  // Namespaces are resolved here, not by saxes: its resolution walks every open element, which
  // is quadratic in the nesting depth a hostile file can choose.
  const parser = new SaxesParser({ xmlns: false, position: true })
  const root: XmlElement = { name: '#document', attrs: {}, children: [], text: '' }
  const stack: XmlElement[] = [root]
  // Prefix → namespace in scope, and for each open element the bindings it replaced (if any).
  const scope = new Map<string, string>()
  const restore: ([string, string | undefined][] | undefined)[] = []
  let error: XmlError | undefined
  parser.on('error', (e) => {
    error ??= { message: e.message, line: parser.line, column: parser.column }
  })
  const short = (qname: string) => {
    const colon = qname.indexOf(':')
    const prefix = colon < 0 ? '' : qname.slice(0, colon)
    return { ns: prefixes[scope.get(prefix) ?? ''], local: colon < 0 ? qname : qname.slice(colon + 1) }
  }
  parser.on('opentag', (tag) => {
    let replaced: [string, string | undefined][] | undefined
    for (const [name, value] of Object.entries(tag.attributes)) {
      if (name !== 'xmlns' && !name.startsWith('xmlns:')) continue
      const prefix = name === 'xmlns' ? '' : name.slice(6)
      ;(replaced ??= []).push([prefix, scope.get(prefix)])
      scope.set(prefix, String(value))
    }
    restore.push(replaced)
    const attrs: Record<string, string> = {}
    for (const [name, value] of Object.entries(tag.attributes)) {
      const a = short(name)
      attrs[a.ns === 'w' && name.includes(':') ? a.local : name] = String(value)
    }
    const { ns, local } = short(tag.name)
    const el: XmlElement = { name: `${ns ?? '?'}:${local}`, attrs, children: [], text: '' }
    stack[stack.length - 1]!.children.push(el)
    stack.push(el)
  })
  parser.on('closetag', () => {
    stack.pop()
    const replaced = restore.pop()
    if (replaced) for (const [prefix, uri] of replaced) uri === undefined ? scope.delete(prefix) : scope.set(prefix, uri)
  })
  const keepText = (t: string) => {
    const top = stack[stack.length - 1]!
    if (top.name === 'w:t') top.text += t
  }
  parser.on('text', keepText)
  parser.on('cdata', keepText)
  try {
    parser.write(xml).close()
  } catch (e) {
    error ??= { message: (e as Error).message, line: parser.line, column: parser.column }
  }
  return error ? { error } : { root }
}

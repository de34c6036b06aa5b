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
  const parser = new SaxesParser({ xmlns: true, position: true })
  const root: XmlElement = { name: '#document', attrs: {}, children: [], text: '' }
  const stack: XmlElement[] = [root]
  let error: XmlError | undefined
  parser.on('error', (e) => {
    error ??= { message: e.message, line: parser.line, column: parser.column }
  })
  parser.on('opentag', (tag) => {
    const prefix = prefixes[tag.uri ?? ''] ?? '?'
    const attrs: Record<string, string> = {}
    for (const a of Object.values(tag.attributes)) {
      if (typeof a === 'string') continue
      attrs[prefixes[a.uri] === 'w' ? a.local : a.name] = a.value
    }
    const el: XmlElement = { name: `${prefix}:${tag.local}`, attrs, children: [], text: '' }
    stack[stack.length - 1]!.children.push(el)
    stack.push(el)
  })
  parser.on('closetag', () => {
    stack.pop()
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

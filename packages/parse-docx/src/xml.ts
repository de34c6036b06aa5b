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

// Property and bookkeeping elements whose subtrees no reader here looks at (cell and row
// properties are kept: they hold the merges). Skipping them halves the tree.
const skipped = new Set(['w:rPr', 'w:pPr', 'w:tblPr', 'w:tblGrid', 'w:tblPrEx', 'w:sectPr', 'w:sdtPr', 'w:sdtEndPr', 'w:proofErr', 'w:bookmarkStart', 'w:bookmarkEnd', 'w:lastRenderedPageBreak', 'w:tcBorders', 'w:tcW', 'w:shd', 'w:tcMar', 'w:trHeight', 'w:vAlign', 'w:noWrap'])

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
  // Depth inside a skipped subtree (0: not in one).
  let ignore = 0
  let error: XmlError | undefined
  parser.on('error', (e) => {
    error ??= { message: e.message, line: parser.line, column: parser.column }
  })
  // Qualified name → short name under the current bindings; cleared when a binding changes
  // (in Word's parts: once, at the root).
  const names = new Map<string, string>()
  const short = (qname: string): string => {
    let name = names.get(qname)
    if (name === undefined) {
      const colon = qname.indexOf(':')
      const prefix = colon < 0 ? '' : qname.slice(0, colon)
      name = `${prefixes[scope.get(prefix) ?? ''] ?? '?'}:${colon < 0 ? qname : qname.slice(colon + 1)}`
      names.set(qname, name)
    }
    return name
  }
  const unscope = () => {
    const replaced = restore.pop()
    if (!replaced) return
    for (const [prefix, uri] of replaced) uri === undefined ? scope.delete(prefix) : scope.set(prefix, uri)
    names.clear()
  }
  parser.on('opentag', (tag) => {
    if (ignore) {
      ignore++
      return
    }
    const given = tag.attributes as Record<string, string>
    let replaced: [string, string | undefined][] | undefined
    for (const key in given) {
      if (key !== 'xmlns' && !key.startsWith('xmlns:')) continue
      const prefix = key === 'xmlns' ? '' : key.slice(6)
      ;(replaced ??= []).push([prefix, scope.get(prefix)])
      scope.set(prefix, given[key]!)
      names.clear()
    }
    restore.push(replaced)
    const name = short(tag.name)
    if (skipped.has(name)) {
      ignore = 1
      return
    }
    const attrs: Record<string, string> = {}
    for (const key in given) {
      const a = short(key)
      // `w:val` is read as `val`; other attributes keep their qualified names.
      attrs[a.startsWith('w:') && key.includes(':') ? a.slice(2) : key] = given[key]!
    }
    const el: XmlElement = { name, attrs, children: [], text: '' }
    stack[stack.length - 1]!.children.push(el)
    stack.push(el)
  })
  parser.on('closetag', () => {
    if (ignore > 1) {
      ignore--
      return
    }
    if (ignore === 1) ignore = 0
    else stack.pop()
    unscope()
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

import { html as parse5Html, parse } from 'parse5'
import type { ParserOptions, TreeAdapter, TreeAdapterTypeMap } from 'parse5'
import { LeanComment, LeanElement, LeanRoot, LeanText, noAttrs, noChildren } from './lean.ts'
import type { LeanAttr, LeanNode, LeanParent } from './lean.ts'

type LeanMap = TreeAdapterTypeMap<LeanNode, LeanParent, LeanNode, LeanRoot, LeanRoot, LeanElement, LeanComment, LeanText, LeanElement, LeanNode>

function append(parent: LeanParent, node: LeanNode) {
  // An array of one, sized to it: a cell's only child needs no room for more.
  if (parent.children === noChildren) parent.children = [node]
  else parent.children.push(node)
  node.parent = parent
}
// The parser inserts and detaches next to the last child nearly always.
function indexIn(children: LeanNode[], node: LeanNode) {
  return children[children.length - 1] === node ? children.length - 1 : children.indexOf(node)
}
function insertBefore(parent: LeanParent, node: LeanNode, ref: LeanNode) {
  parent.children.splice(indexIn(parent.children, ref), 0, node)
  node.parent = parent
}

// Rarely set, so kept off the nodes.
const contents = new WeakMap<LeanElement, LeanRoot>()
const modes = new WeakMap<LeanRoot, parse5Html.DOCUMENT_MODE>()

/**
 * parse5's documented extension point, building the lean tree: two offsets per element and text
 * node instead of the location objects (lines, columns, start and end tags) parse5's default
 * tree keeps, which nothing here reads.
 */
const treeAdapter: TreeAdapter<LeanMap> = {
  createDocument: () => new LeanRoot(),
  createDocumentFragment: () => new LeanRoot(),
  // An element without attributes shares the one empty list, not the tokenizer's list per tag.
  createElement: (tagName, ns, attrs) => new LeanElement(tagName, attrs.length === 0 ? noAttrs : (attrs as LeanAttr[]), ns),
  createCommentNode: () => new LeanComment(),
  createTextNode: (value) => new LeanText(value, -1, -1),
  appendChild: append,
  insertBefore,
  setTemplateContent: (t, c) => void contents.set(t, c),
  getTemplateContent: (t) => contents.get(t)!,
  // No reader looks at the doctype; the parser has taken the document's mode from it.
  setDocumentType: () => {},
  setDocumentMode: (d, m) => void modes.set(d, m),
  getDocumentMode: (d) => modes.get(d) ?? parse5Html.DOCUMENT_MODE.NO_QUIRKS,
  detachNode: (n) => {
    const p = n.parent
    if (!p) return
    p.children.splice(indexIn(p.children, n), 1)
    n.parent = null
  },
  insertText: (parent, text) => {
    const last = parent.children[parent.children.length - 1]
    if (last?.kind === 2) last.append(text)
    else append(parent, new LeanText(text, -1, -1))
  },
  insertTextBefore: (parent, text, ref) => {
    const prev = parent.children[indexIn(parent.children, ref) - 1]
    if (prev?.kind === 2) prev.append(text)
    else insertBefore(parent, new LeanText(text, -1, -1), ref)
  },
  adoptAttributes: (el, attrs) => {
    const names = new Set(el.attrs.map((a) => a.name))
    const own = el.attrs === noAttrs ? [] : el.attrs
    for (const a of attrs) if (!names.has(a.name)) own.push(a)
    el.attrs = own
  },
  getFirstChild: (n) => n.children[0] ?? null,
  getChildNodes: (n) => n.children,
  getParentNode: (n) => n.parent,
  getAttrList: (el) => el.attrs,
  getTagName: (el) => el.tagName,
  getNamespaceURI: (el) => el.ns as parse5Html.NS,
  getTextNodeContent: (t) => t.value,
  getCommentNodeContent: () => '',
  getDocumentTypeNodeName: () => '',
  getDocumentTypeNodePublicId: () => '',
  getDocumentTypeNodeSystemId: () => '',
  isTextNode: (n): n is LeanText => n.kind === 2,
  isCommentNode: (n): n is LeanComment => n.kind === 3,
  isDocumentTypeNode: (_n): _n is LeanNode => false,
  isElementNode: (n): n is LeanElement => n.kind === 1,
  // Until an element is closed it ends where its start tag does; a void element stays so.
  setNodeSourceCodeLocation: (n, loc) => {
    if (loc && (n.kind === 1 || n.kind === 2)) {
      n.start = loc.startOffset
      n.end = loc.endOffset
    }
  },
  // A node is its own location: it has the offsets, and `endTag` for the parser's one question
  // (whether `</html>` or `</body>` has closed it already).
  getNodeSourceCodeLocation: (n) => ((n.kind === 1 || n.kind === 2) && n.start >= 0 ? (n as never) : undefined),
  updateNodeSourceCodeLocation: (n, loc) => {
    if (n.kind !== 1 && n.kind !== 2) return
    if (loc.endOffset !== undefined) n.end = loc.endOffset
    // parse5 gives an end-tag location only when the element's own end tag closed it.
    if (n.kind === 1 && loc.endTag) n.endTag = true
  },
}

const options: ParserOptions<LeanMap> = { treeAdapter, sourceCodeLocationInfo: true }

/** A page as a lean tree, built by parse5's `parse` through the lean tree adapter. */
export function buildLeanTree(html: string): LeanRoot {
  return parse(html, options)
}

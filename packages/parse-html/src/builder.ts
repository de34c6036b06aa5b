import { Parser, Token, html as parse5Html } from 'parse5'
import type { Tokenizer, TreeAdapter, TreeAdapterTypeMap } from 'parse5'
import { LeanComment, LeanElement, LeanRoot, LeanText } from './lean.ts'
import type { LeanAttr, LeanNode, LeanParent } from './lean.ts'
import { FastTokenizer, NeedsFullTokenizer } from './tokenizer.ts'

type LeanMap = TreeAdapterTypeMap<LeanNode, LeanParent, LeanNode, LeanRoot, LeanRoot, LeanElement, LeanComment, LeanText, LeanElement, LeanNode>

function append(parent: LeanParent, node: LeanNode) {
  parent.children.push(node)
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

const treeAdapter: TreeAdapter<LeanMap> = {
  createDocument: () => new LeanRoot(),
  createDocumentFragment: () => new LeanRoot(),
  createElement: (tagName, ns, attrs) => new LeanElement(tagName, attrs as LeanAttr[], ns),
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
    if (last?.kind === 2) last.value += text
    else append(parent, new LeanText(text, -1, -1))
  },
  insertTextBefore: (parent, text, ref) => {
    const prev = parent.children[indexIn(parent.children, ref) - 1]
    if (prev?.kind === 2) prev.value += text
    else insertBefore(parent, new LeanText(text, -1, -1), ref)
  },
  adoptAttributes: (el, attrs) => {
    const names = new Set(el.attrs.map((a) => a.name))
    for (const a of attrs) if (!names.has(a.name)) el.attrs.push(a)
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
  // A node is its own location: it has the offsets, and `endTag` for the parser's one question.
  setNodeSourceCodeLocation: (n, loc) => {
    if (loc && (n.kind === 1 || n.kind === 2)) {
      n.start = loc.startOffset
      n.end = loc.endOffset
    }
  },
  getNodeSourceCodeLocation: (n) => ((n.kind === 1 || n.kind === 2) && n.start >= 0 ? (n as never) : undefined),
  updateNodeSourceCodeLocation: (n, loc) => {
    if (n.kind === 1 || n.kind === 2) n.end = loc.endOffset!
  },
}

/**
 * parse5's tree construction, keeping two offsets per node: parse5 copies a location object with
 * lines, columns and a start tag for every element it inserts, which costs as much again as
 * building the tree.
 */
class LeanParser extends Parser<LeanMap> {
  override _attachElementToTree(element: LeanElement, location: Token.LocationWithAttributes | null, at: { parent: LeanParent; beforeElement: LeanNode | null }) {
    // Until the element is closed it ends where its start tag does; a void element stays so.
    if (location) {
      element.start = location.startOffset
      element.end = location.endOffset
    }
    if (at.beforeElement) insertBefore(at.parent, element, at.beforeElement)
    else append(at.parent, element)
  }

  override _setEndLocation(element: LeanElement, closing: Token.Token) {
    if (element.start < 0 || !closing.location) return
    if (closing.type === Token.TokenType.END_TAG && element.tagName === closing.tagName) {
      element.end = closing.location.endOffset
      element.endTag = true
    } else element.end = closing.location.startOffset
  }
}

const options = { treeAdapter, sourceCodeLocationInfo: true }

/** How often the fast tokenizer failed other than by design, for tests to see that it never does. */
export let fastPathFailures = 0

/**
 * A page as a lean tree: parse5's tree construction, fed by the fast tokenizer, or by parse5's own
 * where the page holds something the fast one leaves to it (`tokenizer: 'parse5'` asks for that).
 */
export function buildLeanTree(html: string, { tokenizer = 'fast' }: { tokenizer?: 'fast' | 'parse5' } = {}): LeanRoot {
  if (tokenizer === 'fast') {
    const parser = new LeanParser(options)
    const fast = new FastTokenizer(html, parser)
    // The parser drives its tokenizer only through `state` and `inForeignNode`, which this one has.
    parser.tokenizer = fast as unknown as Tokenizer
    try {
      fast.run()
      return parser.document
    } catch (e) {
      // Whatever stops the fast path (a page it leaves to parse5, or a fault of its own), parse5's
      // own tokenizer reads the page: slower, never wrong.
      if (!(e instanceof NeedsFullTokenizer)) fastPathFailures++
    }
  }
  return LeanParser.parse(html, options) as LeanRoot
}

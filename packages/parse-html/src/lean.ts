import type { HtmlTreeAdapter } from './adapter.ts'

/** An attribute as the tokenizer gives it. */
export interface LeanAttr {
  name: string
  value: string
}

export type LeanParent = LeanElement | LeanRoot
export type LeanNode = LeanElement | LeanText | LeanComment | LeanRoot

/**
 * The children of a node that has none yet, shared (frozen, so that nothing adds to it in place):
 * most elements of a table page are cells with one text or none, and an array of their own
 * (with the room a first `push` gives it) was the larger part of each.
 */
export const noChildren: LeanNode[] = Object.freeze([]) as unknown as LeanNode[]

/** The attributes of the many elements that have none, shared as `noChildren` is. */
export const noAttrs: LeanAttr[] = Object.freeze([]) as unknown as LeanAttr[]

// Offsets only, never lines and columns: a LineIndex turns the few that end up in a cell into those.
export class LeanElement {
  readonly kind = 1
  children: LeanNode[] = noChildren
  parent: LeanParent | null = null
  /** Offsets of the element in the source; -1 for one the parser implied (`<tbody>`). */
  start = -1
  end = -1
  /** Closed by its own end tag, which parse5 asks about before it moves the end of `<html>` and `<body>`. */
  endTag = false
  constructor(
    readonly tagName: string,
    public attrs: LeanAttr[],
    /** The namespace URI: HTML's, or SVG's or MathML's inside `<svg>` or `<math>`. */
    readonly ns: string,
  ) {}
}

export class LeanText {
  readonly kind = 2
  parent: LeanParent | null = null
  #value: string
  // The pieces added once the text is long, joined when it is first read. The parser adds a text
  // a token at a time, and a token ends at every change between spaces and other characters: a
  // paragraph of millions of figures, joined as it came, was a string of millions of pieces that
  // lived, and were copied by each young-generation collection, until the page was built.
  #parts: string[] | undefined = undefined

  constructor(
    value: string,
    public start: number,
    public end: number,
  ) {
    this.#value = value
  }

  get value(): string {
    if (this.#parts) {
      this.#value = this.#parts.join('')
      this.#parts = undefined
    }
    return this.#value
  }

  /** Add text at the end. */
  append(text: string): void {
    if (this.#parts) this.#parts.push(text)
    else if (this.#value.length < longText) this.#value += text
    else this.#parts = [this.#value, text]
  }
}

// Below this a text grows by concatenation: the common case, a cell's few pieces, needs no list.
const longText = 256

// Kept in the tree only so that text on either side stays two pieces, as in parse5's tree.
export class LeanComment {
  readonly kind = 3
  parent: LeanParent | null = null
}

/** The document, or a `<template>`'s content. */
export class LeanRoot {
  readonly kind = 4
  children: LeanNode[] = noChildren
  parent: LeanParent | null = null
}

const none: readonly LeanNode[] = []

/** The reader's view of a lean tree; a node is its own location, so asking makes no object. */
export const leanAdapter: HtmlTreeAdapter<LeanNode> = {
  isElement: (n) => n.kind === 1,
  isText: (n) => n.kind === 2,
  tagName: (n) => (n as LeanElement).tagName,
  attr: (n, name) => {
    const attrs = (n as LeanElement).attrs
    for (let i = 0; i < attrs.length; i++) if (attrs[i]!.name === name) return attrs[i]!.value
    return undefined
  },
  children: (n) => (n.kind === 1 ? ((n as LeanElement).tagName === 'template' ? none : (n as LeanElement).children) : n.kind === 4 ? (n as LeanRoot).children : none),
  text: (n) => (n as LeanText).value,
  location: (n) => ((n as LeanElement | LeanText).start >= 0 ? (n as LeanElement | LeanText) : undefined),
}

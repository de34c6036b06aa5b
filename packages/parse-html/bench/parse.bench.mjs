// The whole read of a page (decode, parse, find, map) against bare parse5.parse on the same page,
// in the same run, with the parts of the read measured one by one. Run with `pnpm bench parse-html`.
import { readFileSync } from 'node:fs'
import { defaultTreeAdapter, parse } from 'parse5'
import { readDocument } from '@gai/recognize'
import { decodeHtml, htmlToDocument, parse5Adapter, parseHtml, parseTree } from '../dist/index.js'

const page = readFileSync(new URL('../../../examples/reports/pingtan-2024.html', import.meta.url))
const text = page.toString('utf8')
const bytes = new Uint8Array(page)
const doc = htmlToDocument(text)
const tree = parseTree(text)
// parse5 tracking locations but storing none: what its location tracking costs by itself, the floor
// for any reader that needs source offsets from parse5's public API.
const dropLocations = { ...defaultTreeAdapter, setNodeSourceCodeLocation() {}, updateNodeSourceCodeLocation() {}, getNodeSourceCodeLocation() {} }

const bare = 'parse5.parse (bare)'
const whole = 'parseHtml (bytes: decode, parse, find, map)'
const tracking = 'parse5.parse tracking locations, storing none'
const parts = {
  decode: 'decodeHtml (bytes to text)',
  document: 'htmlToDocument (parse into the lean tree, find, lines of cells)',
  walk: 'htmlToDocument over a parsed tree (find, lines of cells)',
  core: 'readDocument (the core: cells onto the model)',
}

export const cases = [
  { name: bare, bytes: bytes.length, run: () => parse(text) },
  { name: tracking, bytes: bytes.length, run: () => parse(text, { sourceCodeLocationInfo: true, treeAdapter: dropLocations }) },
  // What reading through parse5's own tree costs: its tree with locations, walked by parse5Adapter.
  { name: 'parse5.parse with locations', bytes: bytes.length, run: () => parse(text, { sourceCodeLocationInfo: true }) },
  { name: 'htmlToDocument over parseTree', bytes: bytes.length, run: () => htmlToDocument(text, { adapter: parse5Adapter, tree: parseTree(text) }) },
  { name: parts.decode, bytes: bytes.length, run: () => decodeHtml(bytes) },
  { name: parts.document, bytes: bytes.length, run: () => htmlToDocument(text) },
  { name: parts.walk, bytes: bytes.length, run: () => htmlToDocument(text, { adapter: parse5Adapter, tree }) },
  { name: parts.core, bytes: bytes.length, run: () => readDocument(doc) },
  { name: whole, bytes: bytes.length, items: 1, run: () => parseHtml(bytes) },
]

export function summary(tasks) {
  const mean = (name) => tasks.find((t) => t.name === name)?.result?.latency?.mean
  const b = mean(bare)
  if (!b || !mean(whole)) return ''
  const ratio = (name) => `${(mean(name) / b).toFixed(2)}×`
  return [
    `parseHtml / bare parse5: ${ratio(whole)}; parse5 tracking locations / bare: ${ratio(tracking)}`,
    `parts / bare parse5: decode ${ratio(parts.decode)}, parse + lines of cells ${ratio(parts.document)} (of which the walk over a parsed tree ${ratio(parts.walk)}), core ${ratio(parts.core)}`,
  ].join('\n')
}

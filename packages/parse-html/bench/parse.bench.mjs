// The whole read of a page (decode, parse, find, map) against bare parse5.parse on the same page,
// in the same run. Run with `pnpm bench parse-html`.
import { readFileSync } from 'node:fs'
import { defaultTreeAdapter, parse } from 'parse5'
import { htmlToDocument, parse5Adapter, parseHtml, parseTree } from '../dist/index.js'

const page = readFileSync(new URL('../../../examples/reports/pingtan-2024.html', import.meta.url))
const text = page.toString('utf8')
const bytes = new Uint8Array(page)
// parse5 tracking locations but storing none: what its location tracking costs by itself, the floor
// for any reader that needs source offsets from parse5's public API.
const dropLocations = { ...defaultTreeAdapter, setNodeSourceCodeLocation() {}, updateNodeSourceCodeLocation() {}, getNodeSourceCodeLocation() {} }

export const cases = [
  { name: 'parse5.parse (bare)', bytes: bytes.length, run: () => parse(text) },
  { name: 'parse5.parse tracking locations, storing none', bytes: bytes.length, run: () => parse(text, { sourceCodeLocationInfo: true, treeAdapter: dropLocations }) },
  // What reading through parse5's own tree costs: its tree with locations, walked by parse5Adapter.
  { name: 'parse5.parse with locations', bytes: bytes.length, run: () => parse(text, { sourceCodeLocationInfo: true }) },
  { name: 'htmlToDocument over parseTree', bytes: bytes.length, run: () => htmlToDocument(text, { adapter: parse5Adapter, tree: parseTree(text) }) },
  { name: 'htmlToDocument', bytes: bytes.length, run: () => htmlToDocument(text) },
  { name: 'parseHtml (bytes: decode, parse, find, map)', bytes: bytes.length, items: 1, run: () => parseHtml(bytes) },
]

export function summary(tasks) {
  const mean = (name) => tasks.find((t) => t.name === name)?.result?.latency?.mean
  const bare = mean('parse5.parse (bare)')
  const whole = mean('parseHtml (bytes: decode, parse, find, map)')
  const tracking = mean('parse5.parse tracking locations, storing none')
  if (!bare || !whole) return ''
  return `parseHtml / bare parse5: ${(whole / bare).toFixed(2)}×` + (tracking ? `; parse5 tracking locations / bare: ${(tracking / bare).toFixed(2)}×` : '')
}

// Throughput of parseText per layout, on the bundled example reports. Run with `pnpm bench`.
import { readFileSync, readdirSync } from 'node:fs'
import { parseText, textToDocument } from '../dist/index.js'

const dir = new URL('../../../examples/reports/', import.meta.url)
const files = readdirSync(dir).filter((f) => f.endsWith('.txt'))

export const cases = files.flatMap((f) => {
  const text = readFileSync(new URL(f, dir), 'utf8')
  const bytes = new TextEncoder().encode(text)
  return [
    { name: `parseText ${f}`, bytes: bytes.length, items: 1, run: () => parseText(bytes, { source: f }) },
  ]
})

// The layout step alone on a large input: a tab-separated report repeated fifty times.
const big = readFileSync(new URL('tab-separated-2024.txt', dir), 'utf8')
const many = Array.from({ length: 50 }, () => big).join('\n')
cases.push({ name: 'textToDocument 50× tab-separated', bytes: new TextEncoder().encode(many).length, run: () => textToDocument(many) })

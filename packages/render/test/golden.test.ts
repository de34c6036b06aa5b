import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseText } from '@gai/parse-text'
import { toCsv, toHtml, toMarkdown, toText } from '../src/index.ts'

const examples = new URL('../../../examples/reports/', import.meta.url)

// Golden outputs of real reports: a change in any renderer shows up as a diff to review.
describe.each(['tab-separated-2024', 'one-cell-per-line-2019-format-2023'])('%s', (name) => {
  const { report } = parseText(readFileSync(new URL(`${name}.txt`, examples)), { source: `${name}.txt` })
  it.each([
    ['md', () => toMarkdown(report!)],
    ['html', () => toHtml(report!, { document: true })],
    ['csv', () => toCsv(report!)],
    ['wide.csv', () => toCsv(report!, { shape: 'wide' })],
    ['txt', () => toText(report!)],
  ] as const)('renders %s', async (ext, render) => {
    await expect(render()).toMatchFileSnapshot(`./golden/${name}.${ext}`)
  })
})

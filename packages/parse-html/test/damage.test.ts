import { readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { runHarness } from '../../recognize/test/damage.ts'
import { parseHtml } from '../src/index.ts'

// Real pages: the example, and the pages pdftohtml made of real reports.
const examples = new URL('../../../examples/reports/', import.meta.url)
const pdftohtml = new URL('./pdftohtml/', import.meta.url)
const files = [
  new URL('pingtan-2024.html', examples),
  ...readdirSync(pdftohtml).filter((f) => f.endsWith('.html')).sort().map((f) => new URL(f, pdftohtml)),
]
const full = process.env.CI_FULL === '1'
const cases = full ? 2000 : 100
const seed = Number(process.env.DAMAGE_SEED ?? 20240611)

describe('damaged web pages', () => {
  it(`reads ${cases} randomly damaged copies without a crash, a made-up number or a lost report (seed ${seed})`, () => {
    const { problems, cells, kept } = runHarness(files, (b, source) => parseHtml(b, { source }), cases, seed)
    console.log(`damage harness (html): ${cases} cases, ${((kept / cells) * 100).toFixed(2)}% of ${cells} cells kept after byte damage`)
    expect(problems).toEqual([])
    expect(kept / cells).toBeGreaterThanOrEqual(0.95)
  })
})

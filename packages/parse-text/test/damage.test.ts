import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { prng, runHarness } from '../../recognize/test/damage.ts'
import { getCell, reportCellKeys } from '@gai/model'
import type { Report } from '@gai/model'
import { parseText } from '../src/index.ts'

// Real reports: the examples (transcribed by hand in fixtures/transcribed.json) and text the
// extraction tools made of real PDFs and Word files.
const examples = new URL('../../../examples/reports/', import.meta.url)
const extracted = new URL('./extracted/', import.meta.url)
const files = [
  ...readdirSync(examples).filter((f) => f.endsWith('.txt')).map((f) => new URL(f, examples)),
  ...readdirSync(extracted).filter((f) => f.endsWith('.txt')).sort().filter((_, i) => i % 4 === 0).map((f) => new URL(f, extracted)),
]
const full = process.env.CI_FULL === '1'
const cases = full ? 5000 : 200
const seed = Number(process.env.DAMAGE_SEED ?? 20240611)

describe('damaged text reports', () => {
  it(`reads ${cases} randomly damaged copies without a crash, a made-up number or a lost report (seed ${seed})`, () => {
    const { problems, cells, kept } = runHarness(files, (b, source) => parseText(b, { source }), cases, seed)
    console.log(`damage harness (text): ${cases} cases, ${((kept / cells) * 100).toFixed(2)}% of ${cells} cells kept after byte damage`)
    expect(problems).toEqual([])
    expect(kept / cells).toBeGreaterThanOrEqual(0.95)
  })

  it('reads 16 random bytes inserted anywhere in a UTF-8 report with one warning there, every cell but where a label was hit', () => {
    const random = prng(seed + 1)
    const file = new URL('tab-separated-2024.txt', examples)
    const bytes = new Uint8Array(readFileSync(file))
    const values = (r: Report) => reportCellKeys(r).map((k) => getCell(r, k)!.value)
    const original = values(parseText(bytes).report!)
    let whole = 0
    for (let i = 0; i < 30; i++) {
      const at = Math.floor(random() * bytes.length)
      const junk = Uint8Array.from({ length: 16 }, () => Math.floor(random() * 256))
      const r = parseText(new Uint8Array([...bytes.subarray(0, at), ...junk, ...bytes.subarray(at)]))
      const d = r.diagnostics.filter((x) => x.ruleId === 'bytes-damaged')
      // Junk that happens to be valid UTF-8 is text, not damage: nothing to say then.
      if (new TextDecoder().decode(junk).includes('\ufffd') || d.length > 0) {
        expect(d).toHaveLength(1)
        // Bytes dropped inside a character leave its first bytes invalid too.
        expect(d[0]!.data!.byteOffset).toBeGreaterThanOrEqual(at - 3)
        expect(d[0]!.data!.byteOffset).toBeLessThan(at + 16)
      }
      // A cell is what it was, or blank where the junk fell into its row's label or figures.
      const got = values(r.report!)
      expect(got.filter((v, k) => v !== original[k] && v !== null)).toEqual([])
      if (got.every((v, k) => v === original[k])) whole++
    }
    expect(whole).toBeGreaterThanOrEqual(25)
  })
})

import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { byteKinds, damage, damageKinds, judge, prng } from '../../recognize/test/damage.ts'
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
    const random = prng(seed)
    const originals = files.map((f) => {
      const bytes = new Uint8Array(readFileSync(f))
      return { name: f.pathname.split('/').pop()!, bytes, report: parseHtml(bytes).report! }
    })
    const problems: string[] = []
    let cells = 0
    let kept = 0
    for (let i = 0; i < cases; i++) {
      const o = originals[Math.floor(random() * originals.length)]!
      const kind = damageKinds[Math.floor(random() * damageKinds.length)]!
      const d = damage(o.bytes, kind, random)
      const r = judge(o.report, d, (b) => parseHtml(b, { source: o.name }))
      for (const p of r.problems) problems.push(`case ${i} ${o.name} ${kind} at byte ${d.at}: ${p}`)
      if (byteKinds.includes(kind)) (cells += r.cells, (kept += r.kept))
    }
    console.log(`damage harness (html): ${cases} cases, ${((kept / cells) * 100).toFixed(2)}% of ${cells} cells kept after byte damage`)
    expect(problems).toEqual([])
    expect(kept / cells).toBeGreaterThanOrEqual(0.95)
  })
})

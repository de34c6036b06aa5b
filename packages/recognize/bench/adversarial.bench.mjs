// Whether every reader stays linear in time on hostile inputs (see shapes.mjs): each shape at
// four sizes (×1, ×4, ×16, ×64 of a base), read by parseText and parseHtml. Prints MB/s per size
// and the ratio of time per MB between the largest and the smallest size (flat ≈ 1.0; a
// quadratic path shows as ≈ 64). A size that takes over 30 s ends that shape's row.
// `ADVERSARIAL_BASE=64000 pnpm bench adversarial` (bytes; default 64 KB, so ×64 ≈ 4 MB).
import { parseHtml } from '../../parse-html/dist/index.js'
import { parseText } from '../../parse-text/dist/index.js'
import { shapes } from './shapes.mjs'

const readers = { text: parseText, html: parseHtml }
const factors = [1, 4, 16, 64]

/** The fastest of a few reads (fewer for big inputs), in ms: the least disturbed by other load. */
function timeOf(read, input) {
  const runs = input.length > 2e6 ? 1 : 3
  let best = Infinity
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    const result = read(input)
    best = Math.min(best, performance.now() - start)
    if (result.diagnostics.some((d) => d.ruleId === 'internal-error')) throw new Error(`internal error: ${result.diagnostics[0].reason}`)
  }
  return best
}

export async function main() {
  const base = Number(process.env.ADVERSARIAL_BASE ?? 64_000)
  const rows = []
  for (const shape of shapes) {
    for (const [kind, read] of Object.entries(readers)) {
      const row = { shape: shape.name, reader: kind }
      read(shape[kind](base)) // warm up
      const perMb = []
      for (const f of factors) {
        const input = shape[kind](base * f)
        const mb = Buffer.byteLength(input) / 1e6
        let ms
        try {
          ms = timeOf(read, input)
        } catch (e) {
          row[`×${f}`] = String(e.message).slice(0, 40)
          break
        }
        perMb.push(ms / mb)
        row[`×${f} MB`] = mb.toFixed(2)
        row[`×${f} MB/s`] = (mb / (ms / 1000)).toFixed(2)
        if (ms > 30_000) break
      }
      row['ratio'] = perMb.length > 1 ? (perMb[perMb.length - 1] / perMb[0]).toFixed(2) : '-'
      rows.push(row)
    }
  }
  console.table(rows)
  console.log('ratio: time per MB at the largest size read over that at ×1 (flat ≈ 1.0, quadratic ≈ the size factor)')
}

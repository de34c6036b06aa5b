// Pages per second of parsePdf: a report printed by LibreOffice Writer (3 pages, every page read
// for ruled tables), and a 50-page document of prose and figures that names no table of the
// report (only its text is read: no page's drawing is). Run with `pnpm bench parse-pdf`.
import { readFileSync } from 'node:fs'
import { parsePdf } from '../dist/index.js'

const report = new Uint8Array(readFileSync(new URL('../../../fixtures/official-template/pingtan-2024.writer.pdf', import.meta.url)))

/** A PDF of `pages` pages of Latin prose with figures, one Helvetica text block and a ruled box each. */
function prosePdf(pages) {
  const objects = ['<< /Type /Catalog /Pages 2 0 R >>', '', '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>']
  const kids = []
  for (let p = 0; p < pages; p++) {
    const lines = Array.from({ length: 40 }, (_, i) => `BT /F1 10 Tf 50 ${780 - i * 18} Td (Budget line ${p}.${i}: 1200 3400 560 78.5 total ${p * 100 + i}) Tj ET`)
    const content = `${lines.join('\n')}\n40 40 515 760 re S\n`
    objects.push(`<< /Length ${content.length} >>\nstream\n${content}endstream`)
    objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${objects.length} 0 R >>`)
    kids.push(`${objects.length} 0 R`)
  }
  objects[1] = `<< /Type /Pages /Kids [${kids.join(' ')}] /Count ${pages} >>`
  let out = '%PDF-1.4\n'
  const offsets = objects.map((body, i) => {
    const at = out.length
    out += `${i + 1} 0 obj\n${body}\nendobj\n`
    return at
  })
  const xref = out.length
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return new TextEncoder().encode(out)
}

async function pagesPerSecond(bytes, pages, ms = Number(process.env.BENCH_TIME ?? 1000) * 3) {
  await parsePdf(bytes)
  let runs = 0
  const start = performance.now()
  while (performance.now() - start < ms || runs < 2) {
    await parsePdf(bytes)
    runs++
  }
  const seconds = (performance.now() - start) / 1000
  return { runs, perRun: (seconds * 1000) / runs, pagesPerSecond: (runs * pages) / seconds }
}

export async function main() {
  const prose = prosePdf(50)
  const rows = [
    ['report, Writer PDF (3 pages, tables)', await pagesPerSecond(report, 3)],
    ['prose and figures, no report tables (50 pages)', await pagesPerSecond(prose, 50)],
  ]
  for (const [name, r] of rows) console.log(`  ${name.padEnd(50)} ${r.pagesPerSecond.toFixed(1).padStart(8)} pages/s  ${r.perRun.toFixed(1).padStart(8)} ms/run  (${r.runs} runs)`)
}

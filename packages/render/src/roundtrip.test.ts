import { fc, it } from '@fast-check/vitest'
import { describe, expect } from 'vitest'
import { formatCellKeys, getCell } from '@gai/model'
import type { Report } from '@gai/model'
import { reportArbitrary } from '@gai/model/arbitraries'
import { parseHtml } from '@gai/parse-html'
import { parseText } from '@gai/parse-text'
import { toHtml } from './hast.ts'
import { toMarkdown } from './mdast.ts'
import { toText } from './text.ts'
import { propertyRuns } from '@gai/model/arbitraries'

function differences(read: Report | null, want: Report): string[] {
  if (!read) return ['not read']
  const out: string[] = []
  for (const k of formatCellKeys(want.tables.applications.format)) {
    const a = getCell(read, k)?.value ?? null
    const b = getCell(want, k)?.value ?? null
    if (a !== b) out.push(`${k}: read ${a}, written ${b}`)
  }
  for (const [id, s] of Object.entries(want.sections)) if (read.sections[id as keyof Report['sections']]?.text !== s!.text) out.push(`section ${id}`)
  if (read.meta.year !== want.meta.year) out.push(`year ${read.meta.year}`)
  if (read.meta.organ !== want.meta.organ) out.push(`organ ${read.meta.organ}`)
  return out
}

const reports = reportArbitrary({ blanks: true, meta: true, sections: true })

// What gai writes, gai reads: every output goes back through the readers to the same cells,
// prose, organ and year.
describe('every output reads back to the same report', () => {
  it.prop([reports, fc.constantFrom('model' as const, 'official' as const)], { numRuns: propertyRuns(40) })('Markdown (model and official layouts) through parseText', (r, layout) => {
    expect(differences(parseText(toMarkdown(r, { layout })).report, r)).toEqual([])
  })
  it.prop([reports], { numRuns: propertyRuns(40) })('text through parseText', (r) => {
    expect(differences(parseText(toText(r)).report, r)).toEqual([])
  })
  it.prop([reports, fc.boolean()], { numRuns: propertyRuns(40) })('HTML fragments and documents through parseHtml', (r, document) => {
    expect(differences(parseHtml(toHtml(r, { document })).report, r)).toEqual([])
  })
})

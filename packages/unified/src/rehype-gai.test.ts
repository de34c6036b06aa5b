import { readFileSync } from 'node:fs'
import rehypeParse from 'rehype-parse'
import rehypeStringify from 'rehype-stringify'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { emptyReport, formatCellKeys, getCell, setCell } from '@gai/model'
import { htmlToDocument, treeToDocument } from '@gai/parse-html'
import { gaiRehype } from '@gai/render'
import { misread, truthOf } from '../test/truth.ts'
import { hastAdapter } from './hast-adapter.ts'
import { rehypeGai } from './rehype-gai.ts'

const page = readFileSync(new URL('../../../examples/reports/pingtan-2024.html', import.meta.url), 'utf8')

function read(value: string | Uint8Array, options?: Parameters<typeof rehypeGai>[0]) {
  const processor = unified().use(rehypeParse).use(rehypeGai, options)
  const file = new VFile({ path: 'pingtan-2024.html', value })
  processor.runSync(processor.parse(file), file)
  return file
}

describe('rehypeGai after rehype-parse', () => {
  it('reads every cell of a real page as a person read it', () => {
    const file = read(page)
    const report = file.data.report!
    expect(misread(report, truthOf('pingtan-2024.html'))).toEqual([])
    expect([report.meta.year, report.tables.applications.format]).toEqual([2024, '2021'])
    expect(file.messages.filter((m) => m.fatal)).toEqual([])
  })

  it('places cells where the page has them: the hast nodes’ offsets, as line and column of the file', () => {
    const report = read(page).data.report!
    // Found in the page by hand: it is one line; 4529 starts at offset 6069, 18651.06 at 8854.
    const licensing = getCell(report, 'active/licensing/decisions')!.origin!
    expect(licensing.source).toBe('pingtan-2024.html')
    expect(licensing.position.start).toEqual({ line: 1, column: 6070, offset: 6069 })
    expect(page.slice(licensing.position.start.offset, licensing.position.end.offset)).toBe('4529')
    const fees = getCell(report, 'active/fees/amount')!.origin!.position
    expect([fees.start.line, fees.start.column]).toEqual([1, 8855])
    expect(page.slice(fees.start.offset, fees.end.offset)).toBe('18651.06')
  })

  it('reads a file whose value is UTF-8 bytes as the text rehype-parse read', () => {
    const bytes = new Uint8Array(readFileSync(new URL('../../../examples/reports/pingtan-2024.html', import.meta.url)))
    const report = read(bytes).data.report!
    expect(misread(report, truthOf('pingtan-2024.html'))).toEqual([])
    // 218 stands on the page's fifth line (found by hand), after its first line break.
    expect(getCell(report, 'applications/newReceived/total')!.origin!.position.start).toMatchObject({ line: 5, column: 1819 })
  })

  it('walks hast as parseHtml walks its own tree: the same lines and cells, the same ranges', () => {
    const tree = unified().use(rehypeParse).parse(page)
    expect(treeToDocument(tree, hastAdapter, { text: page, source: 'p' }).lines).toEqual(htmlToDocument(page, { source: 'p' }).lines)
  })

  it('reads spans and classes from hast’s properties as the page wrote them', () => {
    const html = '<div class="menu nav"><a>首页</a></div><table><tr><td colspan="2" rowspan="3">a</td><td>1</td></tr></table>'
    const doc = treeToDocument(unified().use(rehypeParse).parse(html), hastAdapter, { text: html })
    expect(doc.lines.map((l) => l.cells.map((c) => [c.text, c.colSpan, c.rowSpan]))).toEqual([
      [
        ['a', 2, 3],
        ['1', undefined, undefined],
      ],
    ])
  })

  it('sets file.data.report to null and says why, fatally, for a page that holds no report', () => {
    const file = read('<html><head><title>通知</title></head><body><p>关于开展植树活动的通知</p></body></html>', { locale: 'en' })
    expect(file.data.report).toBeNull()
    expect(file.messages.map((m) => [m.ruleId, m.source, m.fatal])).toEqual([['not-a-report', '@gai/unified', true]])
    expect(file.messages[0]!.reason).toMatch(/not a government information-disclosure annual report/)
  })
})

describe('round trip through HTML', () => {
  it('report → gaiRehype → rehype-stringify → rehype-parse → rehypeGai gives the same cells', () => {
    // Every cell a distinct non-zero number, so that a cell read into another's place shows.
    const report = emptyReport('2021')
    report.meta = { organ: '示例县人民政府办公室', year: 2023 }
    formatCellKeys('2021').forEach((key, i) => setCell(report, key, { value: 1000 + i, raw: String(1000 + i) }))
    const html = String(unified().use(gaiRehype, { document: true }).use(rehypeStringify).processSync(new VFile({ data: { report } })))
    const back = read(html).data.report!
    expect(formatCellKeys('2021').filter((k) => getCell(back, k)?.value !== getCell(report, k)!.value)).toEqual([])
  })
})

import { readFileSync } from 'node:fs'
import iconv from 'iconv-lite'
import { fc, it } from '@fast-check/vitest'
import { describe, expect } from 'vitest'
import { getCell } from '@gai/model'
import { htmlToDocument } from './document.ts'
import { parseHtml } from './parse.ts'
import { propertyRuns } from '@gai/model/arbitraries'

const page = readFileSync(new URL('../../../examples/reports/pingtan-2024.html', import.meta.url), 'utf8')
const transcribed = (JSON.parse(readFileSync(new URL('../../parse-text/test/fixtures/transcribed.json', import.meta.url), 'utf8')) as { file: string; cells: Record<string, number | null> }[]).find(
  (c) => c.file === 'pingtan-2024.html',
)!

const chrome = (article: string) => `<!doctype html><html><head><meta charset="utf-8"><title>平潭综合实验区2024年度政府信息公开工作年度报告_平潭综合实验区</title>
<script>document.write('<p>一、本年新收政府信息公开申请数量 999</p>')</script><style>p{color:red}</style></head>
<body><div class="header"><ul class="nav"><li><a href="/">首页</a></li><li><a href="/a">政务公开</a></li><li><a href="/b">互动交流</a></li></ul></div>
<div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; <a href="/z">政府信息公开年报</a></div>
<div id="main"><h1>平潭综合实验区2024年度政府信息公开工作年度报告</h1>${article}</div>
<div class="share"><a>微信</a><a>微博</a><a>QQ空间</a></div><div class="footer">版权所有 © 平潭综合实验区管委会 电话 0591-123456</div></body></html>`

describe('parseHtml on a real page', () => {
  it('reads every transcribed cell', () => {
    const { report } = parseHtml(page, { source: 'p.html' })
    const wrong = Object.entries(transcribed.cells).filter(([k, v]) => getCell(report!, k)?.value !== v)
    expect(wrong).toEqual([])
  })

  it('gives cells origins that point into the HTML source', () => {
    const { report } = parseHtml(page)
    const cell = report!.tables.applications.rows.newReceived!.total!
    const { start, end } = cell.origin!.position
    expect(page.slice(start.offset, end.offset)).toBe('218')
    expect(page.split('\n')[start.line - 1]!.slice(start.column - 1, end.column - 1)).toBe('218')
  })

  it('finds the report among site chrome, GBK encoded, and ignores scripts', () => {
    const bytes = new Uint8Array(iconv.encode(chrome(page).replace('utf-8', 'gbk'), 'gbk'))
    const { report, diagnostics } = parseHtml(bytes)
    expect(report!.meta).toMatchObject({ organ: '平潭综合实验区', year: 2024 })
    expect(getCell(report!, 'applications/newReceived/total')!.value).toBe(218)
    const text = Object.values(report!.sections).map((s) => s!.text).join('\n')
    for (const chromeText of ['首页', '版权所有', 'QQ空间', '999', 'color:red']) expect(text).not.toContain(chromeText)
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([])
  })

  it('reads tables split across several <table>s, one big table, or nested in a layout table', () => {
    const tables = [...page.matchAll(/<table[\s\S]*?<\/table>/g)].map((m) => m[0])
    expect(tables).toHaveLength(3)
    const inner = (t: string) => t.replace(/^<table[^>]*>/, '').replace(/<\/table>$/, '').replace(/<\/?tbody>/g, '')
    const oneBig = page.replace(tables[0]!, `<table>${tables.map(inner).join('')}</table>`).replace(tables[1]!, '').replace(tables[2]!, '')
    const nested = `<table><tr><td>${page}</td></tr></table>`
    for (const variant of [oneBig, nested]) {
      const { report } = parseHtml(variant)
      expect(getCell(report!, 'applications/newReceived/total')!.value).toBe(218)
      expect(getCell(report!, 'reviewLitigation/litigationAfterReview/total')!.value).toBe(19)
    }
  })

  it('says a list page or a 404 page holds no report', () => {
    for (const html of ['<html><body><ul><li><a href="1">2024年报</a></li><li><a href="2">2023年报</a></li><li><a href="3">2022年报</a></li></ul></body></html>', '<h1>404 Not Found</h1>']) {
      const r = parseHtml(html)
      expect(r.report).toBeNull()
      expect(r.diagnostics.map((d) => d.ruleId)).toEqual(['not-a-report'])
    }
  })
})

describe('htmlToDocument', () => {
  it('joins Word and TRS markup inside cells as a reader sees them', () => {
    const doc = htmlToDocument('<table><tr><td><p>商业</p><p>企业</p></td><td>结果<br/>维持</td><td><span>1</span><o:p>&nbsp;</o:p></td></tr></table>')
    expect(doc.lines[0]!.cells.map((c) => c.text)).toEqual(['商业企业', '结果维持', '1'])
    expect(doc.lines[0]!.table).toBe(0)
  })

  it('keeps clamped spans on cells', () => {
    const doc = htmlToDocument('<table><tr><td colspan="5000" rowspan="70000">a</td></tr></table>')
    expect(doc.lines[0]!.cells[0]).toMatchObject({ colSpan: 1000, rowSpan: 65534 })
  })

  const tags = fc.constantFrom('<table>', '<tr>', '<td rowspan=9>', '</td>', '<p>', '规章', '0', '<script>', '&nbsp;')
  it.prop([fc.string({ maxLength: 300 }), tags], {
    numRuns: propertyRuns(300),
    // A span far past any table's, which the grid must clamp rather than allocate.
    examples: [['<tr><td colspan=99999999>规章</td><td>1</td></tr>', '<table>']],
  })('never throws on arbitrary input', (s, tag) => {
    const r = parseHtml(`${tag}${s}${tag}`)
    expect(Array.isArray(r.diagnostics)).toBe(true)
    // parseHtml catches its own failures: one caught is a failure all the same.
    expect(r.diagnostics.filter((d) => d.ruleId === 'internal-error').map((d) => d.reason)).toEqual([])
    // No report, then one error that says why.
    if (r.report === null) expect(r.diagnostics.filter((d) => d.severity === 'error').map((d) => d.ruleId)).toHaveLength(1)
  })

  it('survives deep nesting', () => {
    const deep = `${'<div>'.repeat(20000)}规章${'</div>'.repeat(20000)}`
    expect(() => htmlToDocument(deep)).not.toThrow()
  })
})

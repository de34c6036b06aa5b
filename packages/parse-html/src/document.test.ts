import { readFileSync } from 'node:fs'
import { fc, it } from '@fast-check/vitest'
import { describe, expect } from 'vitest'
import { parse5Adapter, parseTree } from './adapter.ts'
import { htmlToDocument, treeToDocument } from './document.ts'
import { propertyRuns } from '@gai/model/arbitraries'

/** The page read through its own lean tree, and through parse5's tree with `parse5Adapter`. */
function bothWays(html: string) {
  return { lean: htmlToDocument(html), parse5: htmlToDocument(html, { adapter: parse5Adapter, tree: parseTree(html) }) }
}

function expectSameAsParse5(html: string) {
  const { lean, parse5 } = bothWays(html)
  expect(lean.lines).toEqual(parse5.lines)
  return lean
}

const cells = (html: string) => expectSameAsParse5(html).lines.map((l) => l.cells.map((c) => c.text))

describe('htmlToDocument on markup browsers repair', () => {
  it('closes cells and rows left open', () => {
    expect(cells('<table><tr><td>收到申请<td>218<tr><td>办结<td>200</table>')).toEqual([
      ['收到申请', '218'],
      ['办结', '200'],
    ])
  })

  it('closes paragraphs left open', () => {
    expect(cells('<p>一、总体情况<p>本年新收申请218件<div>二、主动公开</div>')).toEqual([['一、总体情况'], ['本年新收申请218件'], ['二、主动公开']])
  })

  it('reads rows without a <tbody>, with <thead> and <tfoot>, and cells before any <tr>', () => {
    expect(cells('<table><thead><tr><th>项目<th>数量</thead><tr><td>申请<td>1<tfoot><tr><td>合计<td>1</table>')).toEqual([
      ['项目', '数量'],
      ['申请', '1'],
      ['合计', '1'],
    ])
    expect(cells('<table><td>1<td>2</table>')).toEqual([['1', '2']])
  })

  it('ignores stray end tags', () => {
    expect(cells('</td></tr><table></p><tr></span><td>1</b></td></td><td>2</tr></tr></table></table></td>')).toEqual([['1', '2']])
  })

  it('reads a table inside a paragraph, with and without a doctype (quirks mode keeps it in the <p>)', () => {
    const body = '<p>说明<table><tr><td>1</td><td>2</td></tr></table>后文</p>'
    for (const html of [body, `<!DOCTYPE html>${body}`]) expect(cells(html)).toEqual([['说明'], ['1', '2'], ['后文']])
  })

  it('reads a table inside a cell as a layout table', () => {
    expect(cells('<table><tr><td>标题<table><tr><td>1</td><td>2</td></tr></table></td></tr></table>')).toEqual([['标题'], ['1', '2']])
  })

  it('reads layout tables nested ten thousand deep, each cell a block, without running out of stack', () => {
    const depth = 10_000
    const open = Array.from({ length: depth }, (_, i) => `<div><table><tr><td>第${i}层`).join('')
    const html = `${open}<table><tr><td>1</td><td>2</td></tr></table>${'</td></tr></table></div>'.repeat(depth)}`
    const lines = htmlToDocument(html).lines.map((l) => l.cells.map((c) => c.text))
    expect(lines).toHaveLength(depth + 1)
    expect(lines[0]).toEqual(['第0层'])
    expect(lines[depth - 1]).toEqual([`第${depth - 1}层`])
    expect(lines[depth]).toEqual(['1', '2'])
  })

  it('reads text standing in a table before it, as browsers move it there', () => {
    const doc = expectSameAsParse5('<table>表前文字<tr><td>1</td></tr></table>')
    expect(doc.lines.map((l) => l.cells.map((c) => c.text))).toEqual([['表前文字'], ['1']])
  })

  it('reads misnested inline markup and cells outside any table', () => {
    expect(cells('<b>一<p>二</b>三</p><td>四</td><i>五<div>六</i>七</div>')).toEqual([['一'], ['二三'], ['四五'], ['六七']])
  })

  it('keeps offsets exact with CR LF line ends and references', () => {
    const html = '<table>\r\n<tr>\r\n<td>办结&nbsp;</td>\r\n<td>2&#49;8</td>\r\n</tr>\r\n</table>'
    const doc = expectSameAsParse5(html)
    const [a, b] = doc.lines[0]!.cells
    expect(html.slice(a!.position.start.offset, a!.position.end.offset)).toBe('办结&nbsp;')
    expect(b!.text).toBe('218')
    expect(html.slice(b!.position.start.offset, b!.position.end.offset)).toBe('2&#49;8')
    expect(b!.position.start.line).toBe(4)
  })
})

// Table markup as report pages write it, and as they get it wrong: end tags left out, spans (some
// nonsense), inline markup nested in cells, references, stray end tags, prose around the tables.
const text = fc.constantFrom('218', '0', '规章', '收到申请', '（一）', '1,234', ' ', '\n', '\r\n', '&nbsp;', '&amp;', '&lt;', '&#20013;', '&#x4E00;', '&copy 2024', 'a&b', '&ensp;')
const inline = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small' },
    text,
    fc.constant('<br>'),
    fc
      .tuple(fc.constantFrom('span', 'b', 'font', 'a', 'p', 'o:p', 'strong', 'div'), fc.array(tie('node'), { maxLength: 3 }), fc.boolean())
      .map(([tag, kids, close]) => `<${tag}>${kids.join('')}${close ? `</${tag}>` : ''}`),
  ),
})).node
const span = fc.option(fc.constantFrom('2', '3', '0', '-1', 'x', '1000000'), { nil: undefined })
const cell = fc
  .record({ th: fc.boolean(), colspan: span, rowspan: span, content: fc.array(inline, { maxLength: 4 }), close: fc.boolean() })
  .map(({ th, colspan, rowspan, content, close }) => {
    const tag = th ? 'th' : 'td'
    return `<${tag}${colspan ? ` colspan="${colspan}"` : ''}${rowspan ? ` rowspan=${rowspan}` : ''}>${content.join('')}${close ? `</${tag}>` : ''}`
  })
const row = fc.record({ cells: fc.array(cell, { maxLength: 5 }), close: fc.boolean() }).map((r) => `<tr>${r.cells.join('')}${r.close ? '</tr>' : ''}`)
const stray = fc.constantFrom('', '</td>', '</tr>', '</p>', '</b>', '</table>', '<p>', '</tbody>')
const table = fc
  .record({ rows: fc.array(fc.tuple(row, stray), { maxLength: 6 }), group: fc.constantFrom('', 'tbody', 'thead'), close: fc.boolean() })
  .map(({ rows, group, close }) => {
    const body = rows.map(([r, s]) => r + s).join('')
    return `<table>${group ? `<${group}>${body}</${group}>` : body}${close ? '</table>' : ''}`
  })
const page = fc
  .record({ doctype: fc.boolean(), parts: fc.array(fc.oneof(table, inline, fc.constant('<p>')), { minLength: 1, maxLength: 5 }) })
  .map(({ doctype, parts }) => `${doctype ? '<!DOCTYPE html>' : ''}${parts.join('')}`)

describe('htmlToDocument over its own tree', () => {
  it.prop([page], { numRuns: propertyRuns(500) })('reads any table markup into the lines parse5’s tree gives', (html) => void expectSameAsParse5(html))

  it('reads a whole page into the lines parse5’s tree gives', () => {
    expectSameAsParse5(readFileSync(new URL('../../../examples/reports/pingtan-2024.html', import.meta.url), 'utf8'))
  })
})

describe('treeToDocument', () => {
  it('reads a tree another parser built, with the source and the text it was given', () => {
    const html = '<title>报告</title><p>一、总体情况</p><table><tr><td>收到申请</td><td rowspan="2">218</td></tr></table>'
    const doc = treeToDocument(parseTree(html), parse5Adapter, { text: html, source: 'page.html' })
    expect(doc.source).toBe('page.html')
    expect(doc.lines.map((l) => l.cells.map((c) => c.text))).toEqual([['报告'], ['一、总体情况'], ['收到申请', '218']])
    const value = doc.lines[2]!.cells[1]!
    expect(html.slice(value.position.start.offset, value.position.end.offset)).toBe('218')
    expect([value.rowSpan, doc.lines[2]!.table]).toEqual([2, 0])
  })
})

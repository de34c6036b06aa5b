import { describe, expect, it } from 'vitest'
import { bodyLines } from './body.ts'
import { parseXml } from './xml.ts'

const ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'
/** A document part around a body. */
const part = (body: string) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${ns}><w:body>${body}</w:body></w:document>`
const p = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`
const tc = (text: string, pr = '') => `<w:tc>${pr ? `<w:tcPr>${pr}</w:tcPr>` : ''}${p(text)}</w:tc>`

function read(body: string) {
  const xml = parseXml(part(body))
  if ('error' in xml) throw new Error(xml.error.message)
  const { lines, notes } = bodyLines(xml.root, 'word/document.xml')
  return { lines: lines.map((l) => ({ table: l.table, cells: l.cells.map((c) => c.text + (c.colSpan ? `<${c.colSpan}` : '') + (c.rowSpan ? `^${c.rowSpan}` : '')) })), notes, raw: lines }
}

describe('bodyLines', () => {
  it('reads paragraphs and table rows in body order, merges as spans', () => {
    const { lines, raw } = read(
      p('二、主动公开政府信息情况') +
        `<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>
        <w:tr>${tc('信息内容', '<w:vMerge w:val="restart"/>')}${tc('本年处理决定数量', '<w:gridSpan w:val="2"/>')}</w:tr>
        <w:tr>${tc('', '<w:vMerge/>')}${tc('a')}${tc('b')}</w:tr></w:tbl>` +
        p('三、收到和处理政府信息公开申请情况'),
    )
    expect(lines).toEqual([
      { table: undefined, cells: ['二、主动公开政府信息情况'] },
      { table: 0, cells: ['信息内容^2', '本年处理决定数量<2'] },
      { table: 0, cells: ['a', 'b'] },
      { table: undefined, cells: ['三、收到和处理政府信息公开申请情况'] },
    ])
    expect(raw[2]!.cells[1]!.word).toEqual({ part: 'word/document.xml', table: 0, row: 1, cell: 2 })
    expect(raw[3]!.cells[0]!.word).toEqual({ part: 'word/document.xml', paragraph: 1 })
  })

  it('joins runs, tabs, breaks; leaves out deletions, field codes and properties', () => {
    const { lines } = read(
      `<w:p><w:pPr><w:rPr><w:b/></w:rPr></w:pPr><w:r><w:t>规章</w:t></w:r><w:r><w:tab/><w:t>1</w:t></w:r><w:del><w:r><w:delText>9</w:delText></w:r></w:del>` +
        `<w:ins><w:r><w:tab/><w:t>2</w:t></w:r></w:ins><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>&#x33;</w:t></w:r></w:p>` +
        `<w:p><w:r><w:t>年度</w:t><w:br/><w:t>报告</w:t></w:r></w:p>` +
        `<w:tbl><w:tr>${`<w:tc><w:p><w:r><w:t>商业</w:t></w:r></w:p><w:p><w:r><w:t>企业</w:t><w:tab/><w:t>x</w:t></w:r></w:p></w:tc>`}</w:tr></w:tbl>`,
    )
    expect(lines).toEqual([
      { table: undefined, cells: ['规章', '1', '23'] },
      { table: undefined, cells: ['年度 报告'] },
      { table: 0, cells: ['商业 企业\tx'] },
    ])
  })

  it('opens content controls at body, row, cell and run level', () => {
    const sdt = (inner: string) => `<w:sdt><w:sdtPr><w:alias w:val="x"/></w:sdtPr><w:sdtContent>${inner}</w:sdtContent></w:sdt>`
    const { lines } = read(sdt(p('标题')) + `<w:tbl>${sdt(`<w:tr>${tc('规章')}${sdt(tc('1'))}</w:tr>`)}</w:tbl>` + `<w:p>${sdt('<w:r><w:t>六、其他</w:t></w:r>')}</w:p>`)
    expect(lines.map((l) => l.cells)).toEqual([['标题'], ['规章', '1'], ['六、其他']])
  })

  it('reads a text box once, from the first choice of its alternate content', () => {
    const box = (t: string) => `<w:txbxContent>${p(t)}</w:txbxContent>`
    const { lines } = read(`<w:p><w:r><w:t>前</w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx>${box('框内')}</wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict>${box('框内')}</w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>${p('后')}`)
    expect(lines.map((l) => l.cells)).toEqual([['前'], ['框内'], ['后']])
  })

  it('reads a table holding tables as layout, its inner tables as tables', () => {
    const inner = `<w:tbl><w:tr>${tc('规章')}${tc('0')}</w:tr></w:tbl>`
    const { lines, notes } = read(`<w:tbl><w:tr><w:tc>${p('一、总体情况')}${inner}</w:tc></w:tr></w:tbl>`)
    expect(lines).toEqual([
      { table: undefined, cells: ['一、总体情况'] },
      { table: 0, cells: ['规章', '0'] },
    ])
    expect(notes.layoutTables).toBe(1)
  })

  it('stops at tables nested too deep and counts them', () => {
    let body = `<w:tbl><w:tr>${tc('1')}</w:tr></w:tbl>`
    for (let i = 0; i < 12; i++) body = `<w:tbl><w:tr><w:tc>${p('x')}${body}</w:tc></w:tr></w:tbl>`
    const { notes } = read(body)
    expect(notes.tooDeep).toBe(1)
  })

  it('knows WordprocessingML by its namespace, whatever the prefix (Strict OOXML too)', () => {
    const strict = `<x:document xmlns:x="http://purl.oclc.org/ooxml/wordprocessingml/main"><x:body><x:p><x:r><x:t>规章</x:t></x:r></x:p>` +
      `<x:tbl><x:tr><x:tc><x:tcPr><x:gridSpan x:val="2"/></x:tcPr><x:p><x:r><x:t>1</x:t></x:r></x:p></x:tc></x:tr></x:tbl></x:body></x:document>`
    const xml = parseXml(strict)
    if ('error' in xml) throw new Error(xml.error.message)
    const { lines } = bodyLines(xml.root, 'word/document.xml')
    expect(lines.map((l) => l.cells.map((c) => [c.text, c.colSpan]))).toEqual([[['规章', undefined]], [['1', 2]]])
  })

  it('reads 20 000 nested content controls without running out of stack', () => {
    const body = '<w:sdt><w:sdtContent>'.repeat(20_000) + p('深') + '</w:sdtContent></w:sdt>'.repeat(20_000)
    expect(read(body).lines.map((l) => l.cells)).toEqual([['深']])
  })
})

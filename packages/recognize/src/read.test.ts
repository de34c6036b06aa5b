import { describe, expect, it } from 'vitest'
import type { SourceCell, SourceDocument } from './document.ts'
import { LineIndex } from './position.ts'
import { readDocument } from './read.ts'

/** A document of comma-parted lines, each cell given what `extra` says of its line and column. */
function document(text: string, extra: (line: number, cell: number) => Partial<SourceCell> = () => ({})): SourceDocument {
  const index = new LineIndex(text)
  const lines: SourceDocument['lines'] = []
  let offset = 0
  text.split('\n').forEach((line, n) => {
    const cells: SourceCell[] = []
    let from = offset
    line.split(',').forEach((part, c) => {
      cells.push({ text: part, position: index.position(from, from + part.length), ...extra(n, c) })
      from += part.length + 1
    })
    if (line !== '') lines.push({ cells, position: index.position(offset, offset + line.length) })
    offset += line.length + 1
  })
  return { source: 'a.pdf', text, lines }
}

const text = '示例局2024年政府信息公开工作年度报告\n一、总体情况\n二、主动公开政府信息情况\n信息内容,本年制发件数,本年废止件数,现行有效件数\n规章,3,1,5\n行政规范性文件,12,2,40\n'

describe('readDocument', () => {
  it('copies the page box and the Word place a reader gave a cell into the origin of its value', () => {
    const box = (line: number, cell: number) => ({ box: { page: 2, x: 100 + 50 * cell, y: 20 * line, width: 40, height: 12 } })
    const { report } = readDocument(document(text, box))
    const issued = report!.tables.active.rows.normativeDocuments!.issued!
    expect(issued.value).toBe(12)
    expect(issued.origin).toEqual({ source: 'a.pdf', position: issued.origin!.position, box: { page: 2, x: 150, y: 100, width: 40, height: 12 } })
    expect(text.slice(issued.origin!.position.start.offset, issued.origin!.position.end.offset)).toBe('12')

    const word = (line: number, cell: number) => ({ word: { part: 'word/document.xml', table: 0, row: line - 3, cell } })
    const inForce = readDocument(document(text, word)).report!.tables.active.rows.regulations!.inForce!
    expect(inForce.value).toBe(5)
    expect(inForce.origin!.word).toEqual({ part: 'word/document.xml', table: 0, row: 1, cell: 3 })
    expect(inForce.origin!.box).toBeUndefined()
  })
})

describe('cells placed by a relation', () => {
  it('say which relation placed them, and cells read as printed say nothing', () => {
    const t = '示例局2024年政府信息公开工作年度报告\n一、总体情况\n三、收到和处理政府信息公开申请情况\n一、本年新收政府信息公开申请数量,253000028\n二、上年结转政府信息公开申请数量,1,0,0,0,0,0,1\n'
    const { report, diagnostics } = readDocument(document(t))
    const row = report!.tables.applications.rows.newReceived!
    expect(Object.values(row).map((c) => c.value)).toEqual([25, 3, 0, 0, 0, 0, 28])
    expect(diagnostics.map((d) => d.ruleId)).toContain('digits-split')
    for (const c of Object.values(row)) expect(c.inferred).toEqual({ by: 'digits-split', relations: ['applications-applicant-sum/newReceived'] })
    for (const c of Object.values(report!.tables.applications.rows.carriedOver!)) expect(c.inferred).toBeUndefined()
  })
})

describe('a row with more values than cells', () => {
  const row = (n: number) => `规章,${Array.from({ length: n }, (_, i) => String(i + 1)).join(',')}`
  const unplaced = (n: number) => readDocument(document(`${text.split('规章')[0]}${row(n)}\n`)).diagnostics.find((d) => d.ruleId === 'value-without-cell')!

  it('names every value of a row a real template could hold', () => {
    expect(unplaced(5).reason).toBe('有 5 个数值，但该行只有 3 个单元格（1 2 3 4 5）')
  })

  it('names the first twenty of thousands, and keeps them all in data', () => {
    const d = unplaced(5000)
    expect(d.reason).toBe(`有 5000 个数值，但该行只有 3 个单元格（${Array.from({ length: 20 }, (_, i) => i + 1).join(' ')} …… 另有 4980 个）`)
    expect((d.data as { values: string[] }).values).toHaveLength(5000)
    expect((d.data as { values: string[] }).values.at(-1)).toBe('5000')
  })
})

import { describe, expect, it } from 'vitest'
import type { SourceCell, SourceDocument } from './document.ts'
import { LineIndex } from './position.ts'
import { tokenize } from './tokens.ts'
import { walkTokens } from './walk.ts'

/** A document of comma-parted lines. */
function document(text: string): SourceDocument {
  const index = new LineIndex(text)
  const lines: SourceDocument['lines'] = []
  let offset = 0
  for (const line of text.split('\n')) {
    const cells: SourceCell[] = []
    let from = offset
    for (const part of line.split(',')) {
      cells.push({ text: part, position: index.position(from, from + part.length) })
      from += part.length + 1
    }
    if (line !== '') lines.push({ cells, position: index.position(offset, offset + line.length) })
    offset += line.length + 1
  }
  return { source: 'a.txt', text, lines }
}

const text = [
  '一、总体情况',
  '本年度主动公开政府信息123条，办理申请8件。',
  '二、主动公开政府信息情况',
  '信息内容,本年制发件数,本年废止件数,现行有效件数',
  '规章,3,1,5',
  '行政规范性文件,12,2,40',
  '',
].join('\n')

describe('walkTokens', () => {
  const doc = document(text)
  const tokens = tokenize(doc, new LineIndex(text))
  const walk = walkTokens(tokens)
  const claimed = tokens.filter((t) => walk.claims.has(t)).map((t) => t.raw)

  it('reads the rows, each with the values after its label', () => {
    expect(walk.records.map((r) => [r.key, r.values.map((v) => v.raw)])).toEqual([
      ['regulations', ['3', '1', '5']],
      ['normativeDocuments', ['12', '2', '40']],
    ])
    expect([...walk.columns.active].sort()).toEqual(['inForce', 'issued', 'repealed'])
  })

  it('claims the tables’ labels, values and header cells, and leaves prose and section headings', () => {
    expect(claimed).toEqual(['信息内容', '本年制发件数', '本年废止件数', '现行有效件数', '规章', '3', '1', '5', '行政规范性文件', '12', '2', '40'])
  })

  it('numbers the tokens in stream order', () => {
    expect(tokens.map((t) => t.index)).toEqual(tokens.map((_, k) => k))
  })
})

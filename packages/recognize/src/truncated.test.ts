import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { LineIndex } from './position.ts'
import { readDocument } from './read.ts'
import type { SourceDocument } from './document.ts'

// The example report in tabs, one cell per tab: a document as a text reader gives it.
const text = readFileSync(new URL('../../../examples/reports/tab-separated-2024.txt', import.meta.url), 'utf8')

function document(t: string): SourceDocument {
  const index = new LineIndex(t)
  const lines: SourceDocument['lines'] = []
  let offset = 0
  for (const line of t.split('\n')) {
    let from = offset
    const cells = line.split('\t').map((part) => {
      const cell = { text: part.trim(), position: index.position(from, from + part.length) }
      from += part.length + 1
      return cell
    })
    if (line.trim() !== '') lines.push({ cells, position: index.position(offset, offset + line.length) })
    offset += line.length + 1
  }
  return { source: 'cut.txt', text: t, lines }
}

describe('a file cut off inside a table', () => {
  it('is read up to the cut, with one message naming the rows and tables it did not reach', () => {
    const at = text.indexOf('3.危及“三安全一稳定”')
    const cut = text.slice(0, at + 4)
    const { report, diagnostics } = readDocument(document(cut))
    expect(report!.tables.applications.rows['denied.lawForbidden']!.total!.value).toBe(0)
    expect(report!.tables.applications.rows['denied.safetyStability']!.total!.value).toBeNull()
    const truncated = diagnostics.filter((d) => d.ruleId === 'input-truncated')
    expect(truncated).toHaveLength(1)
    expect(truncated[0]!.data).toMatchObject({ table: 'applications', tables: ['reviewLitigation'] })
    expect((truncated[0]!.data!.rows as string[])[0]).toBe('denied.safetyStability')
    expect(truncated[0]!.place!.start.offset).toBe(cut.length)
    // Not said again row by row, nor table 四 as not found.
    expect(diagnostics.filter((d) => d.ruleId === 'cell-without-value' || d.ruleId === 'table-not-found')).toEqual([])
  })

  it('is not said of a whole file', () => {
    const { diagnostics } = readDocument(document(text))
    expect(diagnostics.filter((d) => d.ruleId === 'input-truncated')).toEqual([])
  })
})

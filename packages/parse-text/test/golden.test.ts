import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { getCell } from '@gai/model'
import { parseText } from '../src/index.ts'

interface Transcribed {
  file: string
  format: '2019' | '2021'
  year?: number
  cells: Record<string, number | null>
}

const examples = new URL('../../../examples/reports/', import.meta.url)
const cases = (JSON.parse(readFileSync(new URL('./fixtures/transcribed.json', import.meta.url), 'utf8')) as Transcribed[]).filter((c) =>
  c.file.endsWith('.txt'),
)

describe('real reports read as a careful reader transcribed them', () => {
  for (const c of cases) {
    describe(c.file, () => {
      const result = parseText(readFileSync(new URL(c.file, examples)), { source: c.file })
      const report = result.report!

      it('is read as a report of the transcribed format', () => {
        expect(report).not.toBeNull()
        expect(report.tables.applications.format).toBe(c.format)
        if (c.year !== undefined) expect(report.meta.year).toBe(c.year)
      })

      it('has every transcribed cell, blanks blank', () => {
        const wrong = Object.entries(c.cells).flatMap(([key, want]) => {
          const got = getCell(report, key)?.value
          return got === want ? [] : [`${key}: want ${want} got ${got}`]
        })
        expect(wrong).toEqual([])
      })

      it('gives every value it read an origin that points at its text', () => {
        const text = new TextDecoder().decode(readFileSync(new URL(c.file, examples)))
        for (const table of Object.values(report.tables)) {
          for (const row of Object.values(table.rows)) {
            for (const cell of Object.values(row)) {
              if (cell.value === null || !cell.origin) continue
              const { start, end } = cell.origin.position
              const slice = text.slice(start.offset, end.offset).normalize('NFKC').replace(/[,\s]/g, '')
              expect(slice).toContain(String(cell.value).replace(/\.0+$/, '').slice(0, 1))
            }
          }
        }
      })

      it('matches the golden model and diagnostics', async () => {
        const name = c.file.replace(/\.txt$/, '')
        await expect(JSON.stringify(report, null, 1) + '\n').toMatchFileSnapshot(`./golden/${name}.model.json`)
        const lines = result.diagnostics.map((d) => `${d.place ? `${d.place.start.line}:${d.place.start.column}` : '-'} ${d.severity} ${d.ruleId} ${d.reason}`)
        await expect(lines.join('\n') + '\n').toMatchFileSnapshot(`./golden/${name}.diagnostics.txt`)
      })
    })
  }
})

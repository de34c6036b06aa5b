import { readFileSync } from 'node:fs'
import { chromium } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { parseText } from '@gai/parse-text'
import { toHtml } from '../src/index.ts'

// Debian's chromium; the test script installs it where it is missing.
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

describe('HTML output in a real browser', () => {
  it('shows the three tables with the official spans', async () => {
    const text = readFileSync(new URL('../../../examples/reports/tab-separated-2024.txt', import.meta.url))
    const { report } = parseText(text)
    const html = toHtml(report!, { document: true })
    const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] })
    try {
      const page = await browser.newPage()
      await page.setContent(html)
      const tables = await page.$$eval('table', (ts) =>
        ts.map((t) =>
          [...t.querySelectorAll('tr')].map((tr) => [...tr.querySelectorAll('td,th')].map((c) => `${(c as HTMLTableCellElement).colSpan}x${(c as HTMLTableCellElement).rowSpan}`)),
        ),
      )
      expect(tables).toHaveLength(3)
      // Table 三: the corner spans three columns and three rows; 申请人情况 seven columns.
      expect(tables[1]![0]).toEqual(['3x3', '7x1'])
      expect(tables[1]![1]).toEqual(['1x2', '5x1', '1x2'])
      // Table 四: 行政复议 over five columns, 行政诉讼 over ten, then fifteen values.
      expect(tables[2]![0]).toEqual(['5x1', '10x1'])
      expect(tables[2]![3]).toHaveLength(15)
      // Every row is as wide as the table once the browser has laid the spans out.
      const widths = await page.$$eval('table', (ts) =>
        ts.map((t) => {
          const rows = [...(t as HTMLTableElement).rows]
          return rows.map((r) => [...r.cells].reduce((a, c) => a + c.colSpan, 0) + rows.filter((o) => o.rowIndex < r.rowIndex).flatMap((o) => [...o.cells]).filter((c) => c.rowSpan > 1 && (c.parentElement as HTMLTableRowElement).rowIndex + c.rowSpan > r.rowIndex).reduce((a, c) => a + c.colSpan, 0))
        }),
      )
      expect(widths.map((w) => [...new Set(w)])).toEqual([[4], [10], [15]])
      const values = await page.$$eval('[data-cell="applications/newReceived/total"]', (cs) => cs.map((c) => c.textContent))
      expect(values).toEqual(['0'])
    } finally {
      await browser.close()
    }
  }, 60_000)
})

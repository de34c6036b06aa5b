import { mkdirSync, readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'
import type { Page } from 'playwright-core'
import { build } from 'vite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const here = fileURLToPath(new URL('.', import.meta.url))
const root = fileURLToPath(new URL('../../', import.meta.url))
const dist = join(here, 'dist')
// pdf.js's worker is a module script (.mjs), which browsers run only when served as JavaScript.
const types: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css' }
const official = join(root, 'fixtures/official-template')
// Hand-read values of the official template's report, the same in each of its files.
const truth = (JSON.parse(readFileSync(join(official, 'truth.json'), 'utf8')) as Record<string, { cells: Record<string, number> }>)['pingtan-2024']!.cells
let server: ReturnType<typeof createServer>
let url = ''

beforeAll(async () => {
  await build({ configFile: join(here, 'vite.config.js'), logLevel: 'silent' })
  server = createServer((req, res) => {
    const path = join(dist, req.url === '/' ? 'index.html' : decodeURIComponent(req.url!.split('?')[0]!))
    let body: Buffer
    try {
      body = readFileSync(path)
    } catch {
      res.writeHead(404).end()
      return
    }
    res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' })
    res.end(body)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`
}, 120_000)

afterAll(() => server?.close())

const launch = () => chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] })

/** Every cell the page shows, by key. */
async function shownCells(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => Object.fromEntries([...document.querySelectorAll('[data-cell]')].map((td) => [td.getAttribute('data-cell'), td.textContent])))
}

/** The summary once the page has read what it was given, whatever came of it. */
async function settled(page: Page): Promise<string> {
  await page.waitForFunction(() => !['', '正在读取……'].includes(document.getElementById('summary')!.textContent!), undefined, { timeout: 60_000 })
  return (await page.textContent('#summary'))!
}

/** Nothing left the browser: every request went to the page's own server. */
const stayedLocal = (requests: string[]) => requests.every((r) => r.startsWith(url) || r.startsWith('blob:') || r.startsWith('data:'))

describe('the playground in headless Chromium', () => {
  it('reads a dropped report, flags an error introduced into it, and jumps to the cell', async () => {
    const browser = await launch()
    try {
      const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } })
      const requests: string[] = []
      page.on('request', (r) => requests.push(r.url()))
      await page.goto(url)
      await page.setInputFiles('#file', join(root, 'examples/reports/tab-separated-2024.txt'))
      await page.waitForSelector('table.gai-table')
      expect(await page.locator('table.gai-table').count()).toBe(3)
      expect(await page.textContent('#summary')).toContain('鄞州区投资促进中心 · 2024 年度 · 2021 版格式 · 0 个错误')
      expect(await page.textContent('[data-cell="applications/newReceived/total"]')).toBe('0')

      // An error: five more handled by natural persons than the outcome rows add up to.
      const text = await page.inputValue('#source')
      await page.fill('#source', text.replace('(七) 总计\t\t0\t0', '(七) 总计\t\t5\t0'))
      await page.click('#check')
      await page.waitForSelector('#diagnostics li.error')
      expect(await page.locator('td.flagged[data-cell="applications/totalHandled/naturalPerson"]').count()).toBe(1)
      const first = page.locator('#diagnostics li.error').first()
      expect(await first.textContent()).toContain('applications-')
      await first.click()
      expect(await page.locator('td.focused').count()).toBe(1)
      const selected = await page.evaluate(() => {
        const a = document.getElementById('source') as HTMLTextAreaElement
        return a.value.slice(a.selectionStart, a.selectionEnd)
      })
      expect(selected).toMatch(/^\d+$/)

      await page.click('#lang')
      expect(await page.textContent('h1')).toBe('Check a government information-disclosure annual report')
      expect(await page.textContent('#summary')).toContain('errors')

      mkdirSync(join(root, 'test-artifacts'), { recursive: true })
      await page.screenshot({ path: join(root, 'test-artifacts/playground.png'), fullPage: true })
      expect(stayedLocal(requests)).toBe(true)
    } finally {
      await browser.close()
    }
  }, 120_000)

  it.each(['pingtan-2024.docx', 'pingtan-2024.writer.pdf'])('reads %s from its bytes in the page, values as a person read them', async (name) => {
    const browser = await launch()
    try {
      const page = await browser.newPage()
      const requests: string[] = []
      page.on('request', (r) => requests.push(r.url()))
      await page.goto(url)
      await page.setInputFiles('#file', { name, mimeType: 'application/octet-stream', buffer: readFileSync(join(official, name)) })
      expect(await settled(page)).toContain(' · 2024 年度 · 2021 版格式 · 0 个错误，0 个警告')
      expect(await page.textContent('[data-cell="applications/newReceived/total"]')).toBe('218')
      expect(await page.textContent('[data-cell="reviewLitigation/litigationAfterReview/upheld"]')).toBe('13')
      const shown = await shownCells(page)
      const expected = Object.fromEntries(Object.entries(truth).map(([k, v]) => [k, String(v)]))
      expect(Object.fromEntries(Object.keys(expected).map((k) => [k, shown[k]]))).toEqual(expected)
      expect(await page.inputValue('#source')).toBe('')
      expect(stayedLocal(requests)).toBe(true)
      // The worker pdf.js reads with came from the page's own folder.
      if (name.endsWith('.pdf')) expect(requests.some((r) => r.startsWith(url) && r.includes('pdf.worker'))).toBe(true)
    } finally {
      await browser.close()
    }
  }, 120_000)

  it('says a scanned PDF has no text layer and needs OCR, and shows no tables', async () => {
    const browser = await launch()
    try {
      const page = await browser.newPage()
      await page.goto(url)
      const name = 'pingtan-2024.scanned.pdf'
      await page.setInputFiles('#file', { name, mimeType: 'application/pdf', buffer: readFileSync(join(official, name)) })
      const summary = await settled(page)
      expect(summary).toMatch(/^无法读取：/)
      expect(summary).toContain('没有文字层')
      expect(summary).toContain('OCR')
      expect(await page.locator('table.gai-table').count()).toBe(0)
    } finally {
      await browser.close()
    }
  }, 120_000)

  it('says a file of no format it reads is none, rather than reading its bytes as text', async () => {
    const browser = await launch()
    try {
      const page = await browser.newPage()
      await page.goto(url)
      // A PNG's signature and a little of its header: binary, and no reader's format.
      const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1])
      await page.setInputFiles('#file', { name: 'table.png', mimeType: 'image/png', buffer: png })
      expect(await settled(page)).toBe('无法读取：table.png 不是 PDF、Word、HTML 或文本文件')
      expect(await page.locator('table.gai-table').count()).toBe(0)
    } finally {
      await browser.close()
    }
  }, 120_000)
})

import { mkdirSync, readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'
import { build } from 'vite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const here = fileURLToPath(new URL('.', import.meta.url))
const root = fileURLToPath(new URL('../../', import.meta.url))
const dist = join(here, 'dist')
const types: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css' }
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

describe('the playground in headless Chromium', () => {
  it('reads a dropped report, flags an error introduced into it, and jumps to the cell', async () => {
    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] })
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
      // Nothing left the browser: every request went to the page's own server.
      expect(requests.every((r) => r.startsWith(url) || r.startsWith('blob:') || r.startsWith('data:'))).toBe(true)
    } finally {
      await browser.close()
    }
  }, 120_000)
})

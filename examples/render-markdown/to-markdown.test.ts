import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { expect, it } from 'vitest'

it('renders the report with the custom table headings', () => {
  const out = execFileSync(process.execPath, ['to-markdown.mjs', '../reports/tab-separated-2024.txt'], { cwd: fileURLToPath(new URL('.', import.meta.url)), encoding: 'utf8' })
  expect(out).toContain('### 表：收到和处理政府信息公开申请情况')
  expect(out).toContain('| 一、本年新收政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |')
})

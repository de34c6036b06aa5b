import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { expect, it } from 'vitest'

it('writes one CSV with both pages, the same numbers from both', () => {
  const out = execFileSync(process.execPath, ['to-csv.mjs', 'pages'], { cwd: fileURLToPath(new URL('.', import.meta.url)), encoding: 'utf8' })
  const lines = out.trimEnd().split('\r\n')
  expect(lines).toHaveLength(1 + 2 * 200)
  const total = lines.filter((l) => l.includes(',applications,newReceived,total,'))
  expect(total.map((l) => l.split(',').slice(0, 5).join(','))).toEqual([
    'pingtan-2024-gbk.htm,applications,newReceived,total,218',
    'pingtan-2024.html,applications,newReceived,total,218',
  ])
})

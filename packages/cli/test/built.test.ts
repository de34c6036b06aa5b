import { execFileSync, spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

// The built executable, as users run it after `pnpm install`.
const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url))
const root = fileURLToPath(new URL('../../../', import.meta.url))

describe('the built gai', () => {
  it('runs the demo on the bundled reports', () => {
    const out = execFileSync(process.execPath, [cli, 'demo'], { cwd: root, encoding: 'utf8' })
    expect(out).toMatch(/11 of 11 reports read/)
    expect(out).toContain('平潭综合实验区交通与建设局 · 2022 · format 2021 · 200/200 cells')
  })

  it('stops quietly when the reader of its output goes away', () => {
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${cli}" parse examples/reports --to csv --jobs 1 | head -1`], { cwd: root, encoding: 'utf8' })
    expect(r.stdout).toBe('source,table,row,column,value,raw,unit\r\n')
    expect(r.stderr).not.toContain('EPIPE')
  })

  it('exits 2 on a missing file with a message', () => {
    const r = spawnSync(process.execPath, [cli, 'check', 'no-such-file.txt'], { cwd: root, encoding: 'utf8' })
    expect(r.status).toBe(2)
    expect(r.stderr).toContain('no-such-file.txt')
  })
})

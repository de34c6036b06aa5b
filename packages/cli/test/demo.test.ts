import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { run } from '../src/run.ts'
import { memoryIO } from './memory-io.ts'

describe('gai demo', () => {
  it('exits 2 and says so when no report in the folder could be read', async () => {
    const io = memoryIO({ '/d/notes.txt': '这不是年度报告。\n' })
    expect(await run(['demo', '/d'], io)).toBe(2)
    expect(io.err).toContain('gai demo: no report could be read in d')
    expect(io.out).not.toContain('reports read')
  })

  it('reads a folder with a report and exits 0', async () => {
    const text = readFileSync(new URL('../../../examples/reports/flattened-2021.txt', import.meta.url), 'utf8')
    const io = memoryIO({ '/d/flattened-2021.txt': text })
    expect(await run(['demo', '/d'], io)).toBe(0)
    expect(io.out).toContain('1 of 1 reports read')
  })
})

describe('gai --version', () => {
  it('prints the version of the package.json', async () => {
    const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }
    for (const flag of ['--version', '-v']) {
      const io = memoryIO({})
      expect(await run([flag], io)).toBe(0)
      expect(io.out).toBe(`${version}\n`)
    }
  })
})

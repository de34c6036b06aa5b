import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, sep } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { nodeIO } from './node-io.ts'

let dir: string
const list = async (p: string) => (await nodeIO().listFolder(p))?.map((f) => f.slice(dir.length + 1).split(sep).join('/'))

// Scrapers link folders of downloads together: `latest` to a year's folder, a file linked into
// another site's folder, and now and then a link that leads back up or to nothing.
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'gai-walk-'))
  mkdirSync(join(dir, 'root', 'a'), { recursive: true })
  mkdirSync(join(dir, 'elsewhere', 'y2024'), { recursive: true })
  writeFileSync(join(dir, 'root', 'a', 'one.txt'), 'x')
  writeFileSync(join(dir, 'root', '.hidden.txt'), 'x')
  writeFileSync(join(dir, 'elsewhere', 'y2024', 'two.html'), 'x')
  writeFileSync(join(dir, 'elsewhere', 'three.txt'), 'x')
  symlinkSync(join(dir, 'elsewhere', 'y2024'), join(dir, 'root', 'latest'))
  symlinkSync(join(dir, 'elsewhere', 'three.txt'), join(dir, 'root', 'a', 'three.txt'))
  symlinkSync(join(dir, 'nowhere.txt'), join(dir, 'root', 'broken.txt'))
  symlinkSync(join(dir, 'root'), join(dir, 'root', 'a', 'up'))
  symlinkSync(join(dir, 'root', 'a'), join(dir, 'root', 'z-again'))
})

afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('nodeIO().listFolder', () => {
  it('follows links to files and folders, lists a link to nothing, and reads each folder once', async () => {
    expect(await list(join(dir, 'root'))).toEqual(['root/a/one.txt', 'root/a/three.txt', 'root/broken.txt', 'root/latest/two.html'])
  })

  it('is undefined for a path that is no folder', async () => {
    expect(await nodeIO().listFolder(join(dir, 'elsewhere', 'three.txt'))).toBeUndefined()
    expect(await nodeIO().listFolder(join(dir, 'missing'))).toBeUndefined()
  })
})

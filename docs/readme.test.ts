import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { expect, it } from 'vitest'

const root = fileURLToPath(new URL('..', import.meta.url))

// The README's code must run as written, from the repository root, after `pnpm install`.
it('runs the README example and prints what its comment says', () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')
  const code = /## In your code\n\n```js\n([\s\S]*?)```/.exec(readme)![1]!
  const dir = mkdtempSync(`${root}/.readme-`)
  const file = `${dir}/example.mjs`
  writeFileSync(file, code)
  const out = execFileSync(process.execPath, [file], { cwd: root, encoding: 'utf8' })
  expect(out.split('\n')[0]).toBe('平潭综合实验区 2021 70')
  execFileSync('rm', ['-rf', dir])
})

it('runs the getting-started example as written', () => {
  const doc = readFileSync(new URL('./getting-started.md', import.meta.url), 'utf8')
  const code = /## In code\n\n```js\n([\s\S]*?)```/.exec(doc)![1]!
  const dir = mkdtempSync(`${root}/.readme-`)
  writeFileSync(`${dir}/example.mjs`, code)
  const out = execFileSync(process.execPath, [`${dir}/example.mjs`], { cwd: root, encoding: 'utf8' })
  execFileSync('rm', ['-rf', dir])
  expect(out.split('\n').slice(0, 2)).toEqual(['19 0', '## 一、总体情况'])
})

import { execFile, execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { publint } from 'publint'
import { formatMessage } from 'publint/utils'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

// The packages as a user gets them: every package under packages/ packed with pnpm (workspace
// ranges become real versions), the tarballs installed with npm into an empty project outside
// the workspace (third-party dependencies come from the registry), then imported, compiled
// against and run there. This tests the built dist, which `pnpm install` builds.

const run = promisify(execFile)
const root = fileURLToPath(new URL('..', import.meta.url))
const packageDirs = readdirSync(join(root, 'packages'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => join(root, 'packages', d.name))
const tsc = join(root, 'node_modules/typescript/bin/tsc')
const attw = join(root, 'node_modules/@arethetypeswrong/cli/dist/index.js')
const exampleReports = readdirSync(join(root, 'examples/reports')).sort()

type Manifest = { name: string; version: string; exports: Record<string, unknown> }
type Packed = { dir: string; tarball: string; manifest: Manifest }

let work = ''
let project = ''
let packed: Packed[] = []
let typesChecked: Promise<unknown> = Promise.resolve()

/** Run a command, and on failure throw with its output so the test says what went wrong. */
async function sh(file: string, args: string[], cwd: string): Promise<{ stdout: string; stderr: string }> {
  try {
    return await run(file, args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, npm_config_yes: 'true' } })
  } catch (e) {
    const x = e as Error & { stdout?: string; stderr?: string }
    throw new Error(`${file} ${args.join(' ')} failed in ${cwd}:\n${x.stdout ?? ''}\n${x.stderr ?? x.message}`)
  }
}

/** The module specifiers a manifest's exports map offers, JSON ones apart. */
function entryPoints(m: Manifest): { code: string[]; json: string[] } {
  const specs = Object.keys(m.exports).map((k) => (k === '.' ? m.name : `${m.name}/${k.slice(2)}`))
  return { code: specs.filter((s) => !s.endsWith('.json')), json: specs.filter((s) => s.endsWith('.json')) }
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'gai-consumer-'))
  const tarballs = join(work, 'tarballs')
  await sh('npx', ['--yes', 'pnpm@10', '--filter', './packages/*', 'pack', '--pack-destination', tarballs], root)
  const files = readdirSync(tarballs)
  packed = packageDirs.map((dir) => {
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Manifest
    const name = `${manifest.name.replace('@', '').replace('/', '-')}-${manifest.version}.tgz`
    expect(files, `a tarball of ${manifest.name}`).toContain(name)
    return { dir, tarball: join(tarballs, name), manifest }
  })
  // are-the-types-wrong needs only the tarballs: it runs while npm installs.
  typesChecked = Promise.allSettled(packed.map(({ tarball }) => sh(process.execPath, [attw, tarball, '--profile', 'esm-only', '--format', 'ascii'], work)))
  project = join(work, 'project')
  await sh('mkdir', ['-p', project], work)
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }))
  // fast-check is the optional peer of @gai/model/arbitraries; @types/node is what a Node project has.
  // unified, rehype-parse and vfile are what a unified pipeline that uses @gai/unified has.
  const extra = ['fast-check@^4', '@types/node@20.19.8', 'unified@^11', 'rehype-parse@^9', 'vfile@^6']
  await sh('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', ...packed.map((p) => p.tarball), ...extra], project)
}, 300_000)

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true })
})

describe('the packed packages installed into an empty project', { timeout: 120_000 }, () => {
  it('import from Node ESM, every entry point of every package', async () => {
    const lines = packed.flatMap(({ manifest }) => {
      const { code, json } = entryPoints(manifest)
      return [
        ...code.map((s) => `{ const m = await import('${s}'); if (Object.keys(m).length === 0) throw new Error('${s} exports nothing'); console.log('${s}', Object.keys(m).length) }`),
        ...json.map((s) => `console.log('${s}', typeof (await import('${s}', { with: { type: 'json' } })).default)`),
      ]
    })
    writeFileSync(join(project, 'imports.mjs'), lines.join('\n') + '\n')
    const { stdout } = await sh(process.execPath, ['imports.mjs'], project)
    const printed = stdout.trim().split('\n').map((l) => l.split(' ')[0])
    expect(printed).toEqual(packed.flatMap(({ manifest }) => [...entryPoints(manifest).code, ...entryPoints(manifest).json]))
    expect(stdout).toContain('@gai/model/schema.json object')
  })

  it('compile a strict TypeScript consumer (nodenext) against the shipped declarations, and run it', async () => {
    // Every entry point of every package, so a package added later is checked too …
    const namespaces = packed.flatMap(({ manifest }) => entryPoints(manifest).code).map((s, i) => `import * as ns${i} from '${s}'\nvoid ns${i}`)
    // … and a use of the main functions, with their types spelled out as a user would.
    const consumer = `${namespaces.join('\n')}
import { readFileSync } from 'node:fs'
import { checkReport, getCell, readReportJson, reportToJson, type Diagnostic, type Report } from '@gai/model'
import { reportArbitrary } from '@gai/model/arbitraries'
import schema from '@gai/model/schema.json' with { type: 'json' }
import type { ParseResult } from '@gai/recognize'
import { parseText } from '@gai/parse-text'
import { parseHtml } from '@gai/parse-html'
import { toCsv, toMarkdown } from '@gai/render'
import { nodeIO, run, type CliIO } from '@gai/cli'
import { rehypeGai } from '@gai/unified'
import rehypeParse from 'rehype-parse'
import { unified } from 'unified'
import { VFile } from 'vfile'

const reports = new URL('./node_modules/@gai/cli/reports/', import.meta.url)
const result: ParseResult = parseText(readFileSync(new URL('flattened-2021.txt', reports)), { source: 'flattened-2021.txt' })
// A reader that could not find a report says so in its diagnostics and gives null.
if (result.report === null) throw new Error(result.diagnostics.map((d) => d.reason).join('; '))
const report: Report = result.report
const total: number | null | undefined = getCell(report, 'applications/newReceived/total')?.value
const found: Diagnostic[] = checkReport(report, { locale: 'en' })
const page: ParseResult = parseHtml(readFileSync(new URL('pingtan-2024.html', reports)), { source: 'pingtan-2024.html' })
const markdown: string = page.report ? toMarkdown(page.report) : ''
const csv: string = toCsv(report)
const back = readReportJson(reportToJson(report))
const io: CliIO = nodeIO()
const arbitrary = reportArbitrary()
const title: string = schema.title
console.log(report.meta.organ, report.meta.year, total, found.filter((d) => d.severity === 'error').length)
console.log(markdown.startsWith('## 一、总体情况'), csv.startsWith('source,'), back.report !== null, typeof io.cwd, typeof arbitrary.generate, title.length > 0)
console.log(await run(['--version'], { ...io, stdout: () => {} }))
// file.data.report is typed by @gai/unified's declaration on vfile's DataMap.
const processor = unified().use(rehypeParse).use(rehypeGai)
const file = new VFile({ value: readFileSync(new URL('pingtan-2024.html', reports), 'utf8') })
await processor.run(processor.parse(file), file)
const read: Report | null | undefined = file.data.report
console.log(read?.tables.applications.rows['newReceived']?.['total']?.value, file.messages.filter((m) => m.fatal).length)
`
    writeFileSync(join(project, 'consumer.ts'), consumer)
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'es2022',
          module: 'nodenext',
          moduleResolution: 'nodenext',
          strict: true,
          exactOptionalPropertyTypes: true,
          noUncheckedIndexedAccess: true,
          verbatimModuleSyntax: true,
          resolveJsonModule: true,
          skipLibCheck: false,
          types: ['node'],
        },
        files: ['consumer.ts'],
      }),
    )
    await sh(process.execPath, [tsc, '-p', 'tsconfig.json'], project)
    const { stdout } = await sh(process.execPath, ['consumer.js'], project)
    // 平潭综合实验区 2021: 70 new applications, as README.md's example reads them; its 2024 page:
    // 218, as read by hand (rehypeGai over rehype-parse's tree).
    expect(stdout.split('\n')).toEqual(['平潭综合实验区 2021 70 0', 'true true true string function true', '0', '218 0', ''])
  })

  it('runs `gai demo` over the reports shipped inside @gai/cli', async () => {
    const { stdout } = await sh('npx', ['gai', 'demo'], project)
    expect(stdout).toContain(`${exampleReports.length} of ${exampleReports.length} reports read`)
    expect(stdout).toContain('平潭综合实验区交通与建设局 · 2022 · format 2021 · 200/200 cells')
  })

  it('runs `gai parse` on a shipped example and `gai --version`', async () => {
    const { stdout } = await sh('npx', ['gai', 'parse', 'node_modules/@gai/cli/reports/flattened-2021.txt'], project)
    const model = JSON.parse(stdout) as { meta: { organ: string; year: number } }
    expect([model.meta.organ, model.meta.year]).toEqual(['平潭综合实验区', 2021])
    const cli = packed.find((p) => p.manifest.name === '@gai/cli')!
    expect((await sh('npx', ['gai', '--version'], project)).stdout).toBe(`${cli.manifest.version}\n`)
  })
})

describe('the tarballs', { timeout: 120_000 }, () => {
  it('pass publint (suggestions included, warnings as errors)', async () => {
    for (const { tarball, manifest } of packed) {
      const bytes = readFileSync(tarball)
      const { messages, pkg } = await publint({ pack: { tarball: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) }, level: 'suggestion', strict: true })
      expect(messages.map((m) => `${m.type}: ${formatMessage(m, pkg, { color: false })}`), manifest.name).toEqual([])
    }
  })

  it('have types that resolve for ESM consumers (are-the-types-wrong, esm-only profile)', async () => {
    const results = (await typesChecked) as PromiseSettledResult<unknown>[]
    expect(results.flatMap((r) => (r.status === 'rejected' ? [String(r.reason)] : []))).toEqual([])
    expect(results.length).toBe(packed.length)
  }, 180_000)

  it('ship every file their exports map names (under any condition), a LICENSE, the README and no tests', () => {
    for (const { tarball, manifest } of packed) {
      const list = execFileSync('tar', ['tzf', tarball], { encoding: 'utf8' }).trim().split('\n')
      // publint does not look behind conditions it does not know, such as @gai/source.
      const targets = (v: unknown): string[] => (typeof v === 'string' ? [v] : Object.values(v as object).flatMap(targets))
      for (const target of targets(manifest.exports)) expect(list, `${manifest.name}: ${target}`).toContain(`package/${target.slice(2)}`)
      expect(list, manifest.name).toContain('package/LICENSE')
      expect(list, manifest.name).toContain('package/README.md')
      expect(list.filter((f) => /\.test\.ts$|\/test\//.test(f)), manifest.name).toEqual([])
    }
  })
})

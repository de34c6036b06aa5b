import { existsSync } from 'node:fs'
import { mkdir, readFile, readdir, stat, writeFile } from 'node:fs/promises'
import { availableParallelism } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { CliIO } from './io.ts'

async function walk(dir: string, out: string[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true })
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  for (const e of entries) {
    if (e.name.startsWith('.')) continue
    const p = join(dir, e.name)
    if (e.isDirectory()) await walk(p, out)
    else if (e.isFile()) out.push(p)
  }
}

const worker = new URL('./worker.js', import.meta.url)

/** The real process: files, stdin, stdout. */
export function nodeIO(): CliIO {
  return {
    stdout: (t) => void process.stdout.write(t),
    stderr: (t) => void process.stderr.write(t),
    readFile: async (p) => new Uint8Array(await readFile(p)),
    listFolder: async (p) => {
      const s = await stat(p).catch(() => undefined)
      if (!s?.isDirectory()) return undefined
      const out: string[] = []
      await walk(p, out)
      return out
    },
    readStdin: async () => {
      const chunks: Buffer[] = []
      for await (const c of process.stdin) chunks.push(c as Buffer)
      return new Uint8Array(Buffer.concat(chunks))
    },
    cwd: process.cwd(),
    isTTY: Boolean(process.stdout.isTTY),
    errIsTTY: Boolean(process.stderr.isTTY),
    writeFile: async (p, text) => {
      await mkdir(dirname(p), { recursive: true })
      await writeFile(p, text)
    },
    findConfig: async () => {
      for (let dir = process.cwd(); ; dir = dirname(dir)) {
        const p = join(dir, 'gai.config.json')
        if (existsSync(p)) return { path: p, text: await readFile(p, 'utf8') }
        if (dirname(dir) === dir) return undefined
      }
    },
    // Threads only from the built CLI, where the worker script sits beside this module.
    ...(existsSync(fileURLToPath(worker)) ? { workerUrl: worker } : {}),
    cores: availableParallelism(),
  }
}

import { readFile, readdir, stat } from 'node:fs/promises'
import { join } from 'node:path'
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
  }
}

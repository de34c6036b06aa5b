import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs'
import { mkdir, readFile, readdir, realpath, rename, stat, writeFile } from 'node:fs/promises'
import { availableParallelism } from 'node:os'
import { dirname, join, normalize, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { CliIO } from './io.ts'
import { tempPath } from './out-path.ts'

/**
 * The files below `dir`, sorted, into `out`. Paths are built by plain concatenation under one
 * normalised root: `path.join` for each of a million entries leaves tens of MB of garbage behind.
 * Symbolic links are followed (scrapers link folders of downloads together), each folder read
 * once however many links lead to it, so a link to a folder above it cannot loop; a link that
 * leads nowhere is listed like a file, so that the run reports it unreadable rather than leave
 * it out unsaid.
 */
async function walk(dir: string, out: string[]): Promise<void> {
  const root = normalize(dir)
  // The working folder's files are named as `a.txt`, not `./a.txt`.
  await walkFolder(root === '.' || root === `.${sep}` ? '' : root.endsWith(sep) ? root : `${root}${sep}`, out, new Set())
}

/** The files of the folder at `prefix` and below, unless a link led there already. */
async function walkFolder(prefix: string, out: string[], seen: Set<string>): Promise<void> {
  const real = await realpath(prefix || '.')
  if (seen.has(real)) return
  seen.add(real)
  const entries = await readdir(prefix || '.', { withFileTypes: true })
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  for (const e of entries) {
    if (e.name.startsWith('.')) continue
    const path = `${prefix}${e.name}`
    if (e.isDirectory()) await walkFolder(`${path}${sep}`, out, seen)
    else if (e.isFile()) out.push(path)
    else if (e.isSymbolicLink()) {
      const target = await stat(path).catch(() => undefined)
      if (target?.isDirectory()) await walkFolder(`${path}${sep}`, out, seen)
      else if (!target || target.isFile()) out.push(path)
    }
  }
}

const worker = new URL('./worker.js', import.meta.url)

/**
 * The real process: files, stdin, stdout. `sync` reads and writes files without the libuv thread
 * pool, for reader threads that do one file at a time anyway.
 */
export function nodeIO(options: { sync?: boolean } = {}): CliIO {
  return {
    stdout: (t) => void process.stdout.write(t),
    stderr: (t) => void process.stderr.write(t),
    readFile: options.sync ? async (p) => readFileSync(p) : async (p) => new Uint8Array(await readFile(p)),
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
    // Written under a temporary name and renamed when whole: an interrupted run leaves no half file.
    writeFile: options.sync
      ? async (p, text) => {
          mkdirSync(dirname(p), { recursive: true })
          writeFileSync(tempPath(p), text)
          renameSync(tempPath(p), p)
        }
      : async (p, text) => {
          await mkdir(dirname(p), { recursive: true })
          await writeFile(tempPath(p), text)
          await rename(tempPath(p), p)
        },
    exists: async (p) => existsSync(p),
    fileSize: options.sync
      ? async (p) => {
          const s = statSync(p, { throwIfNoEntry: false })
          return s?.isFile() ? s.size : undefined
        }
      : async (p) => {
          const s = await stat(p).catch(() => undefined)
          return s?.isFile() ? s.size : undefined
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

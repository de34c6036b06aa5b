import type { CliIO } from '../src/io.ts'

/** Files held in memory (text or bytes), so each case states exactly what the command finds. */
export function memoryIO(files: Record<string, string | Uint8Array>, stdin = ''): CliIO & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    stdout: (t: string) => void (io.out += t),
    stderr: (t: string) => void (io.err += t),
    readFile: async (p: string) => {
      const f = files[p]
      if (f === undefined) throw Object.assign(new Error(`ENOENT: ${p}`), { code: 'ENOENT' })
      return typeof f === 'string' ? new TextEncoder().encode(f) : f
    },
    listFolder: async (p: string) => {
      const inside = Object.keys(files).filter((f) => f.startsWith(`${p}/`))
      return inside.length ? inside.sort() : undefined
    },
    readStdin: async () => new TextEncoder().encode(stdin),
    cwd: '/',
    isTTY: false,
  }
  return io
}

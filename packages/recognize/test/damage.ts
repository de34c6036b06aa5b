import { readFileSync } from 'node:fs'
import { checkReport, getCell, reportCellKeys } from '@gai/model'
import type { Diagnostic, Report } from '@gai/model'
import { decodeInput } from '../src/decode.ts'
import { LineIndex } from '../src/position.ts'
import type { ParseResult } from '../src/types.ts'

/**
 * The damage harness the readers' tests share: real reports damaged in one place, as downloads
 * and copies damage them, and what a reader must do with them — never crash, hang or fail
 * inside; never give a number the undamaged report does not have, unless an error says so or
 * the damage itself wrote that number (digits deleted from a figure make another figure, which
 * no reader can tell); keep nearly every cell of a file damaged by a few bytes.
 */

/** mulberry32: a small seeded PRNG, so a failing case is found again by its seed. */
export function prng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export type DamageKind = 'insert' | 'replace' | 'delete' | 'delete-line' | 'duplicate-line' | 'cut'
export const byteKinds: readonly DamageKind[] = ['insert', 'replace', 'delete']
export const damageKinds: readonly DamageKind[] = [...byteKinds, 'delete-line', 'duplicate-line', 'cut']

export interface Damaged {
  kind: DamageKind
  bytes: Uint8Array
  /** The byte range of the damage in the damaged bytes (empty where bytes went missing). */
  at: number
  end: number
}

/** One place of damage of the kind asked for, at a random place. */
export function damage(b: Uint8Array, kind: DamageKind, random: () => number): Damaged {
  const int = (n: number) => Math.floor(random() * n)
  const at = int(b.length)
  const join = (...parts: Uint8Array[]) => {
    const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
    let o = 0
    for (const p of parts) (out.set(p, o), (o += p.length))
    return out
  }
  const junk = (n: number) => Uint8Array.from({ length: n }, () => int(256))
  const lineAt = () => {
    const start = b.lastIndexOf(0x0a, at - 1) + 1
    const nl = b.indexOf(0x0a, at)
    return [start, nl === -1 ? b.length : nl + 1] as const
  }
  switch (kind) {
    case 'insert': {
      const n = 1 + int(16)
      return { kind, bytes: join(b.subarray(0, at), junk(n), b.subarray(at)), at, end: at + n }
    }
    case 'replace': {
      const n = Math.min(1 + int(16), b.length - at)
      return { kind, bytes: join(b.subarray(0, at), junk(n), b.subarray(at + n)), at, end: at + n }
    }
    case 'delete':
      return { kind, bytes: join(b.subarray(0, at), b.subarray(at + 1 + int(16))), at, end: at }
    case 'delete-line': {
      const [s, e] = lineAt()
      return { kind, bytes: join(b.subarray(0, s), b.subarray(e)), at: s, end: s }
    }
    case 'duplicate-line': {
      const [s, e] = lineAt()
      return { kind, bytes: join(b.subarray(0, e), b.subarray(s, e), b.subarray(e)), at: e, end: e + (e - s) }
    }
    case 'cut':
      return { kind, bytes: b.slice(0, at), at, end: at }
  }
}

/** What went wrong in one damaged case; an empty list is a pass. */
export interface Outcome {
  problems: string[]
  /** Cells with a value in the undamaged report, and how many of them kept it. */
  cells: number
  kept: number
}

const numbers = /[0-9０-９]/

/**
 * Judge a reader on one damaged case: `parse` reads bytes, `original` is its result on the
 * undamaged bytes. A number that differs from the original's is a problem unless an error
 * (the reader's, or a 勾稽 rule's naming the cell) flags it, or the cell's text lies where the
 * damage is (within a line of it) and reads as the number given: the damage wrote it.
 */
export function judge(original: Report, damaged: Damaged, parse: (b: Uint8Array) => ParseResult): Outcome {
  const problems: string[] = []
  let result: ParseResult
  try {
    result = parse(damaged.bytes)
  } catch (e) {
    return { problems: [`threw ${(e as Error).message}`], cells: 0, kept: 0 }
  }
  const internal = result.diagnostics.find((d) => d.ruleId === 'internal-error')
  if (internal) problems.push(`internal-error: ${internal.reason}`)
  const keys = reportCellKeys(original).filter((k) => getCell(original, k)?.value !== null)
  const report = result.report
  if (!report) return { problems, cells: keys.length, kept: 0 }
  const flagged = new Set<string>()
  const errors: Diagnostic[] = [...result.diagnostics, ...checkReport(report)].filter((d) => d.severity === 'error')
  for (const d of errors) for (const c of d.cells) flagged.add(c.key)
  const text = decodeInput(damaged.bytes).text
  const lines = new LineIndex(text)
  // The damage's place in the text: the text of the bytes before it, as long as they decode alone.
  const site = new TextDecoder().decode(damaged.bytes.subarray(0, damaged.at)).length
  const siteEnd = site + new TextDecoder().decode(damaged.bytes.subarray(damaged.at, damaged.end)).length
  const [first, last] = [lines.point(site).line - 1, lines.point(Math.min(text.length, siteEnd)).line + 1]
  let kept = 0
  for (const key of reportCellKeys(report)) {
    const want = getCell(original, key)?.value ?? null
    const cell = getCell(report, key)!
    if (cell.value === want) {
      if (want !== null) kept++
      continue
    }
    if (cell.value === null || flagged.has(key)) continue
    const pos = cell.origin?.position
    const line = pos ? pos.start.line : -1
    const written = pos ? text.slice(pos.start.offset, pos.end.offset).normalize('NFKC').replace(/[,\s]/g, '') : ''
    if (line >= first && line <= last && numbers.test(written) && written.includes(String(cell.value).replace(/\.0+$/, ''))) continue
    problems.push(`${key}: ${want} became ${cell.value} (text “${written}” at ${line}:${pos?.start.column}; damage at lines ${first}–${last})`)
  }
  return { problems, cells: keys.length, kept }
}

/** What a harness run over many files found: every problem, and how many cells byte damage kept. */
export interface HarnessRun {
  problems: string[]
  cells: number
  kept: number
}

/**
 * Damage `cases` random copies of the files (seeded), read each with `read`, and judge it against
 * the undamaged file's report: the harness each reader runs over its own real inputs.
 */
export function runHarness(files: readonly URL[], read: (bytes: Uint8Array, source: string) => ParseResult, cases: number, seed: number): HarnessRun {
  const random = prng(seed)
  const originals = files.map((f) => {
    const bytes = new Uint8Array(readFileSync(f))
    const name = f.pathname.split('/').pop()!
    return { name, bytes, report: read(bytes, name).report! }
  })
  const run: HarnessRun = { problems: [], cells: 0, kept: 0 }
  for (let i = 0; i < cases; i++) {
    const o = originals[Math.floor(random() * originals.length)]!
    const kind = damageKinds[Math.floor(random() * damageKinds.length)]!
    const d = damage(o.bytes, kind, random)
    const r = judge(o.report, d, (b) => read(b, o.name))
    for (const p of r.problems) run.problems.push(`case ${i} ${o.name} ${kind} at byte ${d.at}: ${p}`)
    if (byteKinds.includes(kind)) (run.cells += r.cells), (run.kept += r.kept)
  }
  return run
}

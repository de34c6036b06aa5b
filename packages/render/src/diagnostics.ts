import type { Diagnostic, Locale, Severity } from '@gai/model'

export interface DiagnosticsOptions {
  /** `pretty` for people (default), `json` for programs, `github` for GitHub Actions annotations. */
  format?: 'pretty' | 'json' | 'github'
  /** The text of each file by name, to print the source line under a message. */
  sources?: Record<string, string>
  /** ANSI colours (for a terminal); off unless asked, so that piped output stays plain. */
  color?: boolean
  /**
   * The language of what the formatter itself writes (severity words, the summary). The reasons
   * are already in the locale the checks were run with. Default `en`, like vfile-reporter.
   */
  locale?: Locale
}

const words: Record<Locale, { severity: Record<Severity, string>; input: string; summary: (e: number, w: number, i: number) => string }> = {
  en: {
    severity: { error: 'error', warning: 'warning', info: 'info' },
    input: '(input)',
    summary: (e, w, i) => `${e} error${e === 1 ? '' : 's'}, ${w} warning${w === 1 ? '' : 's'}, ${i} info${i === 1 ? '' : 's'}`,
  },
  zh: {
    severity: { error: '错误', warning: '警告', info: '提示' },
    input: '（输入）',
    summary: (e, w, i) => `${e} 个错误，${w} 个警告，${i} 条提示`,
  },
}

const colors: Record<Severity, string> = { error: '\x1b[31m', warning: '\x1b[33m', info: '\x1b[36m' }
const dim = (s: string, on: boolean) => (on ? `\x1b[2m${s}\x1b[22m` : s)
const paint = (s: string, sev: Severity, on: boolean) => (on ? `${colors[sev]}${s}\x1b[39m` : s)

/** Display width of a string: CJK and full-width characters take two columns. */
function width(s: string): number {
  let w = 0
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1
  return w
}

function sourceLine(lines: readonly string[], d: Diagnostic): string[] {
  const p = d.place
  if (!p) return []
  const line = lines[p.start.line - 1]
  if (line === undefined) return []
  // Long lines (a flattened page) are cut to a window around the place.
  const from = Math.max(0, p.start.column - 1 - 30)
  const to = Math.min(line.length, Math.max(p.start.column - 1 + 50, from + 80))
  const shown = (from > 0 ? '…' : '') + line.slice(from, to).replace(/\t/g, ' ') + (to < line.length ? '…' : '')
  const lead = (from > 0 ? '…' : '') + line.slice(from, p.start.column - 1).replace(/\t/g, ' ')
  const span = p.end.line === p.start.line ? line.slice(p.start.column - 1, Math.min(p.end.column - 1, to)) : line.slice(p.start.column - 1, to)
  const caret = `^${'~'.repeat(Math.max(0, width(span) - 1))}`
  return [`      ${shown}`, `      ${' '.repeat(width(lead))}${caret}`]
}

function pretty(diagnostics: Diagnostic[], options: DiagnosticsOptions): string {
  const color = options.color ?? false
  const t = words[options.locale ?? 'en']
  // Severity words padded to one width, CJK counted double, so that reasons line up.
  const sevWidth = Math.max(...Object.values(t.severity).map(width))
  const byFile = new Map<string, Diagnostic[]>()
  for (const d of diagnostics) {
    const list = byFile.get(d.file ?? '')
    if (list) list.push(d)
    else byFile.set(d.file ?? '', [d])
  }
  const out: string[] = []
  for (const [file, list] of byFile) {
    out.push(file || t.input)
    // Split once per file, not once per message: a file with many messages stays linear.
    const text = file ? options.sources?.[file] : undefined
    const lines = text === undefined ? undefined : text.split(/\r?\n/)
    for (const d of list) {
      const where = d.line === undefined ? '' : `${d.line}:${d.column}`
      out.push(`  ${dim(where.padEnd(9), color)} ${paint(t.severity[d.severity] + ' '.repeat(sevWidth - width(t.severity[d.severity])), d.severity, color)} ${d.reason}  ${dim(d.ruleId, color)}`)
      if (lines) out.push(...sourceLine(lines, d))
    }
    out.push('')
  }
  const n = (s: Severity) => diagnostics.filter((d) => d.severity === s).length
  const e = n('error')
  const w = n('warning')
  const i = n('info')
  const mark = e > 0 ? '✖' : w > 0 ? '⚠' : '✔'
  out.push(paint(`${mark} ${t.summary(e, w, i)}`, e > 0 ? 'error' : w > 0 ? 'warning' : 'info', color))
  return `${out.join('\n')}\n`
}

function json(diagnostics: Diagnostic[]): string {
  return `${JSON.stringify(
    diagnostics.map((d) => ({
      source: d.file || null,
      ruleId: d.ruleId,
      severity: d.severity,
      reason: d.reason,
      cells: d.cells.map((c) => c.key),
      actual: d.actual ?? null,
      expected: d.expected ?? null,
      line: d.line ?? null,
      column: d.column ?? null,
      url: d.url ?? null,
      reporter: d.source,
      ...(d.data ? { data: d.data } : {}),
    })),
    null,
    2,
  )}\n`
}

// GitHub Actions workflow commands: `::error file=…,line=…,col=…,title=…::message`.
const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C')

function github(diagnostics: Diagnostic[]): string {
  return diagnostics
    .map((d) => {
      const kind = d.severity === 'error' ? 'error' : d.severity === 'warning' ? 'warning' : 'notice'
      const props = [
        d.file ? `file=${escapeProperty(d.file)}` : '',
        d.line === undefined ? '' : `line=${d.line},col=${d.column}`,
        `title=${escapeProperty(d.ruleId)}`,
      ].filter(Boolean)
      return `::${kind} ${props.join(',')}::${escapeData(d.reason)}\n`
    })
    .join('')
}

/** Diagnostics for people (`pretty`, grouped by file, with the source line and a caret) or programs. */
export function formatDiagnostics(diagnostics: Diagnostic[], options: DiagnosticsOptions = {}): string {
  const format = options.format ?? 'pretty'
  return format === 'json' ? json(diagnostics) : format === 'github' ? github(diagnostics) : pretty(diagnostics, options)
}

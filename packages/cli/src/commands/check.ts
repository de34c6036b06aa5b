import { dirname } from 'node:path'
import { checkReports, rules } from '@gai/model'
import type { CheckOptions, Diagnostic, Report } from '@gai/model'
import { formatDiagnostics } from '@gai/render'
import { VFile } from 'vfile'
import { reporter as vfileReporter } from 'vfile-reporter'
import { reporterJson } from 'vfile-reporter-json'
import { inputFiles, interruptedStatus, printSummary, runBatch } from '../batch.ts'
import { loadConfig } from '../config.ts'
import type { CliIO } from '../io.ts'
import { UsageError } from '../io.ts'
import type { Values } from '../run.ts'
import { ruleSettings, splitSettings } from './shared.ts'

const ruleIds = new Set(rules.map((r) => r.id))

/** How reports are grouped for the cross-year rules: by organ name, by folder, or by a pattern. */
function grouping(spec: string): (r: Report) => string | undefined {
  if (spec === 'organ') return (r) => r.meta.organ?.replace(/\s+/g, '')
  if (spec === 'dir') return (r) => (r.source ? dirname(r.source) : undefined)
  if (spec.startsWith('regex:')) {
    let re: RegExp
    try {
      re = new RegExp(spec.slice(6))
    } catch (e) {
      throw new UsageError(`--group-by ${spec}: ${(e as Error).message}`)
    }
    // The first group of the pattern, matched against the file path, names the organ.
    return (r) => {
      const m = r.source ? re.exec(r.source) : null
      return m ? (m[1] ?? m[0]) : undefined
    }
  }
  throw new UsageError(`--group-by must be organ, dir or regex:PATTERN, not \`${spec}\``)
}

/** `gai check`: the readers' messages and the rules' findings; exit 1 on errors (or too many warnings). */
export async function checkCommand(positionals: string[], values: Values, io: CliIO): Promise<number> {
  const config = await loadConfig(io)
  const reporter = (values.reporter as string | undefined) ?? 'pretty'
  if (!['pretty', 'json', 'vfile', 'github'].includes(reporter)) throw new UsageError(`--reporter must be pretty, json, vfile or github, not \`${reporter}\``)
  const locale = (values.locale as 'zh' | 'en' | undefined) ?? config.locale ?? 'zh'
  const maxWarnings = values['max-warnings'] !== undefined ? Number(values['max-warnings']) : config.maxWarnings
  if (maxWarnings !== undefined && (!Number.isInteger(maxWarnings) || maxWarnings < 0)) throw new UsageError('--max-warnings must be a whole number ≥ 0')
  const groupBy = grouping((values['group-by'] as string | undefined) ?? config.groupBy ?? 'organ')
  // The file's `rules` and the flags name rules and readers' diagnostics alike; flags win.
  const fromFile = splitSettings(config.rules ?? {}, 'gai.config.json `rules`')
  const fromFlags = splitSettings(ruleSettings(values), '--rule')
  const readerSettings = { ...fromFile.readers, ...fromFlags.readers }
  const options: CheckOptions = {
    locale,
    rules: { ...fromFile.rules, ...fromFlags.rules },
    blankAsZero: Boolean(values['blank-as-zero']) || config.blankAsZero === true,
    infos: !values['no-info'],
  }
  const files = await inputFiles(positionals, io)
  const reports: Report[] = []
  let errors = 0
  let warnings = 0
  const asVFiles = reporter === 'json' || reporter === 'vfile'
  const vfiles = new Map<string, VFile>()
  const print = (list: Diagnostic[], sources: Record<string, string>, file?: string) => {
    if (asVFiles && file !== undefined && !vfiles.has(file)) vfiles.set(file, new VFile({ path: file }))
    for (const d of list) {
      if (d.severity === 'error') errors++
      else if (d.severity === 'warning') warnings++
    }
    if (asVFiles) {
      // vfile's reporters print files with their messages: one VFile per input, kept in input
      // order; the cross-year messages join the file they are about.
      for (const d of list) {
        const path = d.file ?? ''
        let file = vfiles.get(path)
        if (!file) vfiles.set(path, (file = new VFile(path ? { path } : {})))
        file.messages.push(d)
      }
    } else if (list.length > 0) {
      const text = formatDiagnostics(list, { format: reporter as 'pretty' | 'github', sources, color: io.isTTY })
      // The per-file summary line of `pretty` waits for the end of the run.
      io.stdout(reporter === 'pretty' ? text.replace(/\n[✖⚠✔][^\n]*\n$/, '\n') : text)
    }
  }
  const summary = await runBatch(
    files,
    { ...values, locale },
    io,
    { mode: 'check', check: options, severity: readerSettings, wantText: reporter === 'pretty' },
    (r) => {
      if (r.report) reports.push(r.report)
      const keep = r.diagnostics.filter((d) => !(d.source !== '@gai/model' && ruleIds.has(d.ruleId)) && (d.severity !== 'info' || !values['no-info']))
      print(keep, r.text !== undefined ? { [r.file]: r.text } : {}, r.file)
    },
  )
  // Across years: the pair rules only, over the reports of each organ.
  const pairOnly = { ...options, rules: { ...Object.fromEntries(rules.filter((r) => r.scope === 'report').map((r) => [r.id, 'off' as const])), ...Object.fromEntries(Object.entries(options.rules ?? {}).filter(([id]) => rules.find((r) => r.id === id)?.scope === 'pair')) }, groupBy }
  // An interrupted run has only some years of each organ: comparing them would mislead.
  if (!summary.interrupted) print(checkReports(reports, pairOnly), {})
  if (reporter === 'json') io.stdout(`${reporterJson([...vfiles.values()])}\n`)
  else if (reporter === 'vfile') io.stdout(`${vfileReporter([...vfiles.values()], { color: io.isTTY })}\n`)
  else if (reporter === 'pretty') io.stdout(`${errors > 0 ? '✖' : warnings > 0 ? '⚠' : '✔'} ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}\n`)
  if (!values.quiet || summary.failed > 0 || summary.interrupted) printSummary(summary, io)
  if (summary.interrupted) return interruptedStatus(io)
  if (summary.failed > 0) return 2
  if (errors > 0) return 1
  return maxWarnings !== undefined && warnings > maxWarnings ? 1 : 0
}

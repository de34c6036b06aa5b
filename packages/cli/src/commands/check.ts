import { checkReports, rules } from '@gai/model'
import { formatDiagnostics } from '@gai/render'
import type { CliIO } from '../io.ts'
import { UsageError } from '../io.ts'
import type { Values } from '../run.ts'
import { printUnreadable, readAll, reportsOf, ruleSettings, sourcesOf } from './shared.ts'

const ruleIds = new Set(rules.map((r) => r.id))

/** `gai check`: the readers' messages and the rules' findings, with exit status 1 on errors. */
export async function checkCommand(positionals: string[], values: Values, io: CliIO): Promise<number> {
  const reporter = (values.reporter as string | undefined) ?? 'pretty'
  if (reporter !== 'pretty' && reporter !== 'json') throw new UsageError(`--reporter must be pretty or json, not \`${reporter}\``)
  const settings = ruleSettings(values)
  const results = await readAll(positionals, values, io)
  const reports = reportsOf(results)
  const found = checkReports(reports, {
    locale: (values.locale as 'zh' | 'en' | undefined) ?? 'zh',
    rules: settings,
    blankAsZero: Boolean(values['blank-as-zero']),
    infos: !values['no-info'],
  })
  // A reader's own remark that a rule repeats (format-year) is left to the rule.
  const readerMessages = results.flatMap((r) =>
    r.diagnostics.filter((d) => !ruleIds.has(d.ruleId) && (d.severity !== 'info' || !values['no-info'])),
  )
  const all = [...readerMessages, ...found]
  io.stdout(formatDiagnostics(all, { format: reporter, sources: sourcesOf(results), color: io.isTTY }))
  const unreadable = printUnreadable(results, io)
  if (unreadable > 0) return 2
  return all.some((d) => d.severity === 'error') ? 1 : 0
}

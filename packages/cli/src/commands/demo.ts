import { relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { checkReport, reportCellKeys, getCell } from '@gai/model'
import type { CliIO } from '../io.ts'
import type { Values } from '../run.ts'
import { bundledReports } from '../package.ts'
import { count, printUnreadable, readAll } from './shared.ts'

const bundled = fileURLToPath(bundledReports)

/** `gai demo`: parse and check the bundled example reports, one summary each. */
export async function demoCommand(positionals: string[], values: Values, io: CliIO): Promise<number> {
  const folder = positionals[0] ?? bundled
  const results = await readAll([folder], values, io)
  const locale = (values.locale as 'zh' | 'en' | undefined) ?? 'zh'
  let errors = 0
  const show = (p: string) => relative(io.cwd, p) || p
  io.stdout(`gai demo: ${results.length} reports in ${show(folder)}\n\n`)
  for (const r of results) {
    if (!r.report) continue
    const report = r.report
    const keys = reportCellKeys(report)
    const read = keys.filter((k) => getCell(report, k)?.value !== null).length
    const found = checkReport(report, { locale, infos: false })
    const readerWarnings = count(r.diagnostics, 'warning')
    errors += count(found, 'error')
    const m = report.meta
    io.stdout(
      `${show(r.file)}\n  ${m.organ ?? '(organ not found)'} · ${m.year ?? '?'} · format ${report.format} · ${read}/${keys.length} cells with a value · ` +
        `${Object.keys(report.sections).length}/6 sections · ${readerWarnings} reader warnings · ${count(found, 'error')} rule errors, ${count(found, 'warning')} rule warnings\n`,
    )
    for (const d of found.filter((x) => x.severity !== 'info').slice(0, 5)) io.stdout(`    ${d.severity} ${d.ruleId}: ${d.reason}\n`)
  }
  const unreadable = printUnreadable(results, io)
  // A demo that read nothing has shown nothing: say so and fail, as a broken install should.
  if (results.length === unreadable) {
    io.stderr(`gai demo: no report could be read in ${show(folder)}\n`)
    return 2
  }
  io.stdout(`\n${results.length - unreadable} of ${results.length} reports read; ${errors} rule errors in all.\n`)
  io.stdout('Next: gai check FILE for every message with its place, gai parse FILE --to csv for the cells.\n')
  return unreadable > 0 ? 2 : 0
}

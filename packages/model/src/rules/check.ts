import { createDiagnostic } from '../diagnostic.ts'
import type { Diagnostic, Locale, Severity, SeveritySetting } from '../diagnostic.ts'
import type { Report } from '../types.ts'
import { rules as builtIn } from './registry.ts'
import type { PairRule, ReportRule, Rule, RuleMessage } from './types.ts'
import { docsUrl } from './types.ts'

/** A rule's setting, as ESLint spells them: off, or a severity (`warn` is accepted for `warning`). */
export type RuleSetting = 'off' | Severity | 'warn'
export type Preset = 'recommended' | 'strict' | 'all-off'

/** Named sets of severities. `recommended` is every rule at its default; `strict` makes warnings errors. */
export const presets: Readonly<Record<Preset, (rule: Rule) => Severity | 'off'>> = {
  recommended: (rule) => rule.severity,
  strict: (rule) => (rule.severity === 'warning' ? 'error' : rule.severity),
  'all-off': () => 'off',
}

export interface CheckOptions {
  /** Language of the reasons (default `zh`). */
  locale?: Locale
  /** Starting severities (default `recommended`). */
  preset?: Preset
  /** Per-rule settings over the preset, by rule id. */
  rules?: Record<string, RuleSetting>
  /**
   * Severity per rule id, over `rules` and the preset, as every reader's `severity` option takes
   * it: `'error' | 'warning' | 'info' | 'off'` (`off` drops the rule's messages).
   */
  severity?: Record<string, SeveritySetting>
  /** Count blank cells as 0 instead of reporting their relations as not assessable. */
  blankAsZero?: boolean
  /** Rules to run besides the built-in ones (see `defineRule`). */
  plugins?: readonly Rule[]
  /** Whether to keep `info` messages (not assessable relations); default true. */
  infos?: boolean
}

/** The severity each rule runs at, or `off`; throws on a setting for an unknown rule or value. */
export function resolveSeverities(options: CheckOptions = {}): Map<Rule, Severity> {
  const all = [...builtIn, ...(options.plugins ?? [])]
  const preset = presets[options.preset ?? 'recommended']
  if (!preset) throw new RangeError(`Unknown preset \`${String(options.preset)}\`; expected one of ${Object.keys(presets).join(', ')}`)
  const settings: Record<string, RuleSetting> = { ...options.rules, ...options.severity }
  const unknown = Object.keys(settings).filter((id) => !all.some((r) => r.id === id))
  if (unknown.length > 0) {
    throw new RangeError(`Unknown rule${unknown.length > 1 ? 's' : ''} ${unknown.map((id) => `\`${id}\``).join(', ')}; known rules: ${all.map((r) => r.id).join(', ')}`)
  }
  for (const [id, setting] of Object.entries(settings)) {
    if (!['off', 'info', 'warning', 'warn', 'error'].includes(setting)) {
      throw new RangeError(`Rule \`${id}\`: unknown setting \`${String(setting)}\`; expected off, info, warn or error`)
    }
  }
  const out = new Map<Rule, Severity>()
  for (const rule of all) {
    const setting = Object.hasOwn(settings, rule.id) ? settings[rule.id]! : preset(rule)
    if (setting === 'off') continue
    out.set(rule, setting === 'warn' ? 'warning' : setting)
  }
  return out
}

function toDiagnostic(rule: Rule, severity: Severity, message: RuleMessage, report: Report, locale: Locale): Diagnostic {
  return createDiagnostic({
    ruleId: rule.id,
    source: '@gai/model',
    // A rule's own `info` (not assessable) stays info whatever the rule's severity.
    severity: message.severity === 'info' ? 'info' : severity,
    reason: message.reason[locale],
    cells: message.cells,
    url: docsUrl(rule.id),
    file: message.file ?? report.source,
    place: message.place,
    actual: message.actual,
    expected: message.expected,
    data: message.data,
  })
}

function run(
  rule: Rule,
  severity: Severity,
  options: CheckOptions,
  report: Report,
  call: (context: Parameters<ReportRule['check']>[1]) => void,
): Diagnostic[] {
  const locale = options.locale ?? 'zh'
  const out: Diagnostic[] = []
  call({
    blankAsZero: options.blankAsZero ?? false,
    locale,
    report: (message) => {
      if (message.severity === 'info' && options.infos === false) return
      out.push(toDiagnostic(rule, severity, message, report, locale))
    },
  })
  return out
}

/** Run the single-report rules over a report. Diagnostics come in rule order. */
export function checkReport(report: Report, options: CheckOptions = {}): Diagnostic[] {
  const out: Diagnostic[] = []
  for (const [rule, severity] of resolveSeverities(options)) {
    if (rule.scope !== 'report') continue
    for (const d of run(rule, severity, options, report, (ctx) => rule.check(report, ctx))) out.push(d)
  }
  return out
}

export interface CheckReportsOptions extends CheckOptions {
  /** The organ a report belongs to (default: its `meta.organ` with spaces removed). */
  groupBy?: (report: Report) => string | undefined
}

/**
 * Check several reports: each on its own, then the cross-report rules (carry-over, stock) over
 * every pair of consecutive years of one organ. Reports without an organ or a year take no part
 * in the cross-report rules.
 */
export function checkReports(reports: readonly Report[], options: CheckReportsOptions = {}): Diagnostic[] {
  const out: Diagnostic[] = []
  for (const report of reports) for (const d of checkReport(report, options)) out.push(d)
  const groupBy = options.groupBy ?? ((r: Report) => r.meta.organ?.replace(/\s+/g, ''))
  const groups = new Map<string, Report[]>()
  for (const report of reports) {
    const group = groupBy(report)
    if (group === undefined || group === '' || report.meta.year === undefined) continue
    groups.set(group, [...(groups.get(group) ?? []), report])
  }
  const pairRules = [...resolveSeverities(options)].filter((e): e is [PairRule, Severity] => e[0].scope === 'pair')
  for (const members of groups.values()) {
    const byYear = new Map<number, Report>()
    for (const r of members) byYear.set(r.meta.year!, r)
    for (const [year, current] of byYear) {
      const previous = byYear.get(year - 1)
      if (!previous) continue
      for (const [rule, severity] of pairRules) {
        for (const d of run(rule, severity, options, current, (ctx) => rule.check(previous, current, ctx))) out.push(d)
      }
    }
  }
  return out
}

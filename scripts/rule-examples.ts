import { checkReport, checkReports, rules as builtIn } from '@gai/model'
import type { Diagnostic, Locale, Report, Rule, RuleExample } from '@gai/model'
import { parseText } from '@gai/parse-text'

/**
 * Reads an example's text (and, for a pair rule, the year before) with @gai/parse-text, runs
 * that one rule on it, and gives its messages as remark-lint prints them:
 * `line:column  reason  ruleId`, with each message's severity beside it.
 */
export function exampleMessages(rule: Rule, example: RuleExample, locale: Locale): { line: string; severity: string }[] {
  const options = {
    locale,
    preset: 'all-off' as const,
    rules: { [rule.id]: rule.severity },
    // A rule of one's own runs as a plugin; a built-in one is already there.
    plugins: builtIn.includes(rule) ? [] : [rule],
  }
  const current = read(example.text, `${rule.id}.txt`)
  const found =
    rule.scope === 'pair'
      ? checkReports([read(example.previous ?? '', `${rule.id}.previous.txt`), current], options)
      : checkReport(current, options)
  return found.map((d) => ({ line: formatMessage(d), severity: d.severity }))
}

/** `line:column  reason  ruleId`; a message with no place shows as `0:0`. */
export function formatMessage(d: Diagnostic): string {
  return `${d.place?.start.line ?? 0}:${d.place?.start.column ?? 0}  ${d.reason}  ${d.ruleId}`
}

function read(text: string, source: string): Report {
  const { report } = parseText(text, { source })
  if (!report) throw new Error(`${source}: the example's text is not read as a report`)
  return report
}

import { rules } from './registry.ts'
import type { RuleExample } from './types.ts'

/**
 * The rule reference (docs/rules.md), written from the rule modules themselves: id, severity,
 * what the rule asks in words, and its examples as report text with the messages written down
 * beside them (`line:column  reason  ruleId`; the tests check that the rule gives exactly those),
 * never from running the rules. Anchors are the rule ids, which is where every
 * diagnostic's `url` points.
 */
export function rulesReference(): string {
  const out: string[] = [
    '# Rules',
    '',
    '<!-- Generated from packages/model/src/rules by rulesReference(); do not edit by hand. -->',
    '',
    'Every rule runs on the canonical model, whatever the report was read from. Run them with',
    '`gai check FILE…` or `checkReport(report, options)` from `@gai/model`. Set a rule\'s severity with',
    '`--rule ID=off|info|warn|error` or `checkReport(report, { severity: { ID: "warning" } })`',
    '(`error`, `warning`, `info`, or `off` to drop its messages). Each message is a `VFileMessage`:',
    '`fatal` is true for an error, false for a warning, unset for info.',
    '',
    'A relation that touches a blank cell is not computed: it is reported once as *not assessable*',
    '(`info`). `--blank-as-zero` (`blankAsZero: true`) counts blanks as 0 instead.',
    '',
    'Each example is a report as it is published, in text that `@gai/parse-text` reads. Under a',
    'not-OK example stand the messages the rule gives on it, as `line:column  reason  ruleId`',
    '(where in the text, in Chinese, then in English); the tests read every example and compare.',
    '',
    '| rule | code | default | checks |',
    '| --- | --- | --- | --- |',
    ...rules.map((r) => `| [\`${r.id}\`](#${r.id}) | ${r.code ?? ''} | ${r.severity} | ${r.description.en} |`),
    '',
  ]
  for (const r of rules) {
    out.push(`## ${r.id}`, '')
    out.push(`${r.description.zh}`, '', `${r.description.en}`, '')
    out.push(`- default severity: \`${r.severity}\``)
    out.push(`- scope: ${r.scope === 'pair' ? 'two reports of one organ for consecutive years' : 'one report'}`)
    if (r.code) out.push(`- code in the format reference: ${r.code}`)
    out.push(`- turn it off: \`gai check --rule ${r.id}=off\` or \`{ rules: { '${r.id}': 'off' } }\``, '')
    for (const e of r.examples.ok) out.push(`**OK**: ${e.title.en} (${e.title.zh}): no message.`, '', ...exampleText(e))
    for (const e of r.examples.notOk) {
      out.push(`**Not OK**: ${e.title.en} (${e.title.zh}):`, '', ...exampleText(e))
      for (const lines of [e.messages.zh, e.messages.en]) out.push('```text', ...lines, '```', '')
    }
  }
  return `${out.join('\n').trimEnd()}\n`
}

/** An example's report text as a code block; a pair rule's year before comes first. */
function exampleText(e: RuleExample): string[] {
  const block = (text: string) => ['```text', ...text.replace(/\n$/, '').split('\n'), '```', '']
  return e.previous === undefined ? block(e.text) : ['The year before:', '', ...block(e.previous), 'This year:', '', ...block(e.text)]
}

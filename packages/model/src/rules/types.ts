import type { Diagnostic, DiagnosticCell, Locale, LocalizedText, Severity } from '../diagnostic.ts'
import type { Position, Report } from '../types.ts'

/** What a rule reports; the engine adds ruleId, severity, source, file and url. */
export interface RuleMessage {
  reason: LocalizedText
  cells: DiagnosticCell[]
  actual?: number | null
  expected?: number | null
  place?: Position
  /** Overrides the rule's severity for this one message (e.g. `info` for "not assessable"). */
  severity?: Severity
  /** The source the message is about when it is not the checked report's (cross-report rules). */
  file?: string
  data?: Record<string, unknown>
}

export interface RuleContext {
  /** Treat blank cells as 0 instead of reporting relations over them as not assessable. */
  blankAsZero: boolean
  locale: Locale
  report(message: RuleMessage): void
}

/**
 * One example for the docs and the tests, as remark-lint writes its examples: a small report as
 * it is published (a few lines of text in a layout @gai/parse-text reads: the title, and only the
 * tables, rows and sections the rule looks at), which the tests read and check.
 */
export interface RuleExample {
  title: LocalizedText
  /** The report the rule checks, as text. */
  text: string
  /** For a pair rule: the same organ's report for the year before, as text. */
  previous?: string
}

/**
 * A message as a person writes it down from the example's text, in remark-lint's form:
 * `line:column  reason  ruleId`, where line:column is where the message points in `text`.
 */
export type ExpectedMessage = string

/**
 * An example the rule rejects, with every message it must give, in order, in both languages:
 * the tests compare them with what the rule reports on the text, and docs/rules.md prints them
 * as written.
 */
export interface NotOkExample extends RuleExample {
  messages: { zh: readonly ExpectedMessage[]; en: readonly ExpectedMessage[] }
}

interface RuleBase {
  /** Kebab-case id, also the anchor of the rule's section in docs/rules.md. */
  id: string
  /** The rule's number in the format reference (R1 …), when it has one. */
  code?: string
  severity: Severity
  description: LocalizedText
  /** Examples the rule accepts and rejects; the tests run every one. */
  examples: { ok: RuleExample[]; notOk: NotOkExample[] }
}

/** A rule over one report. */
export interface ReportRule extends RuleBase {
  scope: 'report'
  check(report: Report, context: RuleContext): void
}

/** A rule over two reports of one organ for consecutive years. */
export interface PairRule extends RuleBase {
  scope: 'pair'
  check(previous: Report, current: Report, context: RuleContext): void
}

export type Rule = ReportRule | PairRule

/** Identity with type checking, in the manner of `defineConfig`: the way to write a custom rule. */
export function defineRule<R extends Rule>(rule: R): R {
  if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(rule.id)) {
    throw new TypeError(`Rule id \`${rule.id}\` must be kebab-case, e.g. \`my-rule\``)
  }
  return rule
}

/** Where a rule is documented. */
export function docsUrl(ruleId: string): string {
  return `https://github.com/gai-reports/gai/blob/main/docs/rules.md#${ruleId}`
}

export type { Diagnostic }

import type { RuleSetting } from '@gai/model'
import type { CliIO } from './io.ts'
import { UsageError } from './io.ts'

/** `gai.config.json`: what a team fixes once for every run, found upward from the working folder. */
export interface Config {
  rules?: Record<string, RuleSetting>
  blankAsZero?: boolean
  locale?: 'zh' | 'en'
  maxWarnings?: number
  groupBy?: string
}

const known = ['rules', 'blankAsZero', 'locale', 'maxWarnings', 'groupBy', '$schema']

export async function loadConfig(io: CliIO): Promise<Config> {
  const found = await io.findConfig?.()
  if (!found) return {}
  let value: unknown
  try {
    value = JSON.parse(found.text)
  } catch (e) {
    throw new UsageError(`${found.path}: not valid JSON: ${(e as Error).message}`)
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new UsageError(`${found.path}: expected an object`)
  const o = value as Record<string, unknown>
  for (const k of Object.keys(o)) if (!known.includes(k)) throw new UsageError(`${found.path}: unknown setting \`${k}\` (known: ${known.slice(0, -1).join(', ')})`)
  const config: Config = {}
  if (Object.hasOwn(o, 'rules')) {
    if (typeof o.rules !== 'object' || o.rules === null || Array.isArray(o.rules)) throw new UsageError(`${found.path}: \`rules\` must be an object of rule ids to off|info|warn|error`)
    config.rules = {}
    for (const [id, v] of Object.entries(o.rules as Record<string, unknown>)) {
      if (!['off', 'info', 'warn', 'warning', 'error'].includes(v as string)) throw new UsageError(`${found.path}: rule \`${id}\` must be off, info, warn or error`)
      config.rules[id] = v as RuleSetting
    }
  }
  if (Object.hasOwn(o, 'blankAsZero')) config.blankAsZero = o.blankAsZero === true
  if (o.locale === 'zh' || o.locale === 'en') config.locale = o.locale
  if (typeof o.maxWarnings === 'number') config.maxWarnings = o.maxWarnings
  if (typeof o.groupBy === 'string') config.groupBy = o.groupBy
  return config
}

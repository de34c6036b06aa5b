import { parseArgs } from 'node:util'
import type { ParseArgsConfig } from 'node:util'
import { help } from './help.ts'
import { packageVersion } from './package.ts'
import type { CliIO } from './io.ts'
import { UsageError } from './io.ts'
import { checkCommand } from './commands/check.ts'
import { demoCommand } from './commands/demo.ts'
import { parseCommand } from './commands/parse.ts'
import { renderCommand } from './commands/render.ts'

export type Options = ParseArgsConfig['options']

const shared = {
  from: { type: 'string' },
  encoding: { type: 'string' },
  locale: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const

const commands = {
  parse: {
    options: { ...shared, to: { type: 'string' }, out: { type: 'string' }, resume: { type: 'boolean' }, quiet: { type: 'boolean' }, jobs: { type: 'string' }, timeout: { type: 'string' } },
    run: parseCommand,
  },
  check: {
    options: {
      ...shared,
      reporter: { type: 'string' },
      rule: { type: 'string', multiple: true },
      'blank-as-zero': { type: 'boolean' },
      'no-info': { type: 'boolean' },
      'max-warnings': { type: 'string' },
      'group-by': { type: 'string' },
      quiet: { type: 'boolean' },
      jobs: { type: 'string' },
      timeout: { type: 'string' },
    },
    run: checkCommand,
  },
  render: { options: { ...shared, to: { type: 'string' }, document: { type: 'boolean' } }, run: renderCommand },
  demo: { options: { help: shared.help, locale: shared.locale }, run: demoCommand },
} as const

export type Values = Record<string, string | boolean | string[] | undefined>

/**
 * Run the command line with `argv` (without node and the script) and return the exit status:
 * 0 no errors, 1 rule errors, 2 unreadable input or a usage mistake, 130/143 stopped by
 * `io.signal` (aborted with reason 'SIGINT' or 'SIGTERM').
 */
export async function run(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(help.main)
    return name === undefined ? 2 : 0
  }
  if (name === '--version' || name === '-v') {
    io.stdout(`${packageVersion()}\n`)
    return 0
  }
  const command = commands[name as keyof typeof commands]
  if (!command) {
    io.stderr(`gai: unknown command \`${name}\`\n\n${help.main}`)
    return 2
  }
  try {
    let parsed
    try {
      parsed = parseArgs({ args: rest, options: command.options as Options, allowPositionals: true, strict: true })
    } catch (e) {
      throw new UsageError((e as Error).message.replace(/\. To specify a positional.*$/s, ''))
    }
    const values = parsed.values as Values
    if (values.help) {
      io.stdout(help[name] ?? help.main!)
      return 0
    }
    if (values.locale !== undefined && values.locale !== 'zh' && values.locale !== 'en') {
      throw new UsageError(`--locale must be zh or en, not \`${String(values.locale)}\``)
    }
    return await command.run(parsed.positionals, values, io)
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`gai ${name}: ${e.message}\nRun \`gai ${name} --help\` for usage.\n`)
      return 2
    }
    io.stderr(`gai ${name}: internal error: ${(e as Error).stack ?? String(e)}\n`)
    return 2
  }
}

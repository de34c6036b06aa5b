import { toCsv, toHtml, toJson, toMarkdown, toText } from '@gai/render'
import type { CliIO } from '../io.ts'
import { UsageError } from '../io.ts'
import type { Values } from '../run.ts'
import { printUnreadable, readAll } from './shared.ts'

const formats = ['md', 'html', 'csv', 'csv-wide', 'txt', 'json'] as const

/** `gai render`: one report out in the chosen format. */
export async function renderCommand(positionals: string[], values: Values, io: CliIO): Promise<number> {
  const to = (values.to as string | undefined) ?? 'md'
  if (!(formats as readonly string[]).includes(to)) throw new UsageError(`--to must be one of ${formats.join(', ')}, not \`${to}\``)
  if (positionals.length !== 1) throw new UsageError('render takes exactly one input')
  const results = await readAll(positionals, values, io)
  if (printUnreadable(results, io) > 0) return 2
  if (results.length !== 1) throw new UsageError('render takes exactly one input file, not a folder of several')
  const report = results[0]!.report!
  const out =
    to === 'md'
      ? toMarkdown(report)
      : to === 'html'
        ? toHtml(report, { document: Boolean(values.document) })
        : to === 'csv'
          ? toCsv(report, { shape: 'tidy' })
          : to === 'csv-wide'
            ? toCsv(report, { shape: 'wide' })
            : to === 'txt'
              ? toText(report)
              : toJson(report)
  io.stdout(out.endsWith('\n') ? out : `${out}\n`)
  return 0
}

import { formats, formatVersions, tableIds } from './formats.ts'
import { sectionTemplates } from './sections.ts'
import type { FormatVersion, TableId } from '../types.ts'

const esc = (s: string) => s.replace(/\|/g, '\\|')
const variants = (a: readonly string[]) => (a.length ? a.map((x) => `${esc(x)}`).join('、') : '')

function tableSection(id: TableId): string[] {
  const [a, b] = formatVersions.map((v) => formats[v].tables[id])
  const out = [`## ${id}: ${a!.title}`, '']
  const inBoth = (v: FormatVersion, kind: 'rows' | 'columns', key: string) => formats[v].tables[id][kind].some((x) => x.key === key)
  const keys = (kind: 'rows' | 'columns') => [...new Set([...b![kind].map((x) => x.key), ...a![kind].map((x) => x.key)])]
  out.push('Rows:', '', '| key | label | marker | also accepted | 2019 | 2021 |', '| --- | --- | --- | --- | --- | --- |')
  for (const key of keys('rows')) {
    const r = (b!.rows.find((x) => x.key === key) ?? a!.rows.find((x) => x.key === key))!
    out.push(`| \`${key}\` | ${esc(r.label)} | ${r.marker ?? ''} | ${variants(r.aliases)} | ${inBoth('2019', 'rows', key) ? '✓' : ''} | ${inBoth('2021', 'rows', key) ? '✓' : ''} |`)
  }
  out.push('', 'Columns:', '', '| key | label | kind | unit | also accepted | 2019 | 2021 |', '| --- | --- | --- | --- | --- | --- | --- |')
  for (const key of keys('columns')) {
    const c = (b!.columns.find((x) => x.key === key) ?? a!.columns.find((x) => x.key === key))!
    out.push(`| \`${key}\` | ${esc(c.label)} | ${c.kind} | ${c.unit ?? ''} | ${variants(c.aliases)} | ${inBoth('2019', 'columns', key) ? '✓' : ''} | ${inBoth('2021', 'columns', key) ? '✓' : ''} |`)
  }
  out.push('', `Cells: ${formatVersions.map((v) => `${v}: ${formats[v].tables[id].cells.length}`).join(', ')}.`, '')
  for (const v of formatVersions) {
    const t = formats[v].tables[id]
    if (t.blocks.length) out.push(`Blocks (${v}): ${t.blocks.map((bl) => `${bl.label} (${bl.rows.map((r) => `\`${r}\``).join(', ')} × ${bl.columns.map((c) => `\`${c}\``).join(', ')})`).join('; ')}.`, '')
  }
  const rel = [...new Set(formatVersions.flatMap((v) => formats[v].tables[id].relations.map((r) => r.rule)))]
  if (rel.length) out.push(`Relations: ${rel.map((r) => `[\`${r}\`](rules.md#${r})`).join(', ')}.`, '')
  return out
}

/**
 * The model reference (docs/model.md), written from the template declarations so it cannot
 * drift from them: every section, table, row and column key with its label and the variants
 * the readers accept, both format versions side by side.
 */
export function modelReference(): string {
  const out = [
    '# Model reference',
    '',
    '<!-- Generated from packages/model/src/templates by modelReference(); do not edit by hand. -->',
    '',
    'A cell is addressed as `table/row/column`, e.g. `applications/newReceived/total`. Labels are',
    'matched after normalisation (full-width forms, spaces, line breaks and quotes do not count).',
    '',
    'A report as JSON (`reportToJson`) follows the JSON Schema shipped with `@gai/model`, importable',
    "as `import schema from '@gai/model/schema.json' with { type: 'json' }` (file",
    '`packages/model/schema/report.schema.json`), for validators in any language.',
    '',
    'A cell is `{ value, raw, unit?, origin?, inferred? }`: `value` a number or `null` for a blank',
    '(never 0); `origin` the source and the range in its text, with `box` (page and box) for a PDF',
    'or `word` (part, table, row, cell) for a Word file; `inferred` when a reader placed the figure',
    "by a relation rather than read it in place (digits run together split the one way the row's",
    'relation allows, or the one cell a row short of a figure could leave blank): the rules then do',
    'not take that relation for confirmed.',
    '',
    '## Sections',
    '',
    '| id | number | title | also accepted |',
    '| --- | --- | --- | --- |',
    ...sectionTemplates.map((s) => `| \`${s.id}\` | ${s.number} | ${s.title} | ${variants(s.aliases)} |`),
    '',
  ]
  for (const id of tableIds) out.push(...tableSection(id))
  return `${out.join('\n').trimEnd()}\n`
}

import { sectionTemplates, tableTemplate } from '@gai/model'
import type { Cell, Report } from '@gai/model'

/**
 * Writers of the text layouts real reports arrive in, for round-trip properties: a report is
 * written as Word, a PDF text layer or a crawler would leave it, then read back.
 */
export interface Noise {
  fullWidth?: boolean
  /** Spaces inside labels, as PDF extraction leaves them. */
  spacedLabels?: boolean
  /** `— N —` page numbers between rows. */
  pageFooters?: boolean
}

type Row = string[]

const toFullWidth = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0))

function value(cell: Cell | undefined, noise: Noise, blank: string): string {
  if (!cell || cell.value === null) return blank
  const s = String(cell.value)
  return noise.fullWidth ? toFullWidth(s) : s
}

function label(s: string, noise: Noise): string {
  return noise.spacedLabels && s.length > 3 ? `${s.slice(0, 2)} ${s.slice(2)}` : s
}

/** The report as rows of cells in reading order, the way the official layout prints them. */
export function officialRows(report: Report, noise: Noise, blank = ''): Row[][] {
  const blocks: Row[][] = []
  const title = `${report.meta.organ ?? '示例局'}${report.meta.year ?? 2023}年政府信息公开工作年度报告`
  blocks.push([[title]])
  for (const s of sectionTemplates) {
    const rows: Row[] = [[`${s.number}、${s.title}`]]
    const text = report.sections[s.id]?.text
    if (text) for (const p of text.split('\n')) rows.push([p])
    if (s.id === 'active') {
      const t = tableTemplate('active', report.tables.active.format)
      for (const b of t.blocks) {
        rows.push([b.label])
        rows.push(['信息内容', ...b.columns.map((c) => t.columns.find((x) => x.key === c)!.label)])
        for (const r of b.rows) {
          const tr = t.rows.find((x) => x.key === r)!
          rows.push([label(tr.label, noise), ...tr.columns.map((c) => value(report.tables.active.rows[r]?.[c], noise, blank))])
        }
      }
    }
    if (s.id === 'applications') {
      const table = report.tables.applications
      const t = tableTemplate('applications', table.format)
      rows.push([t.corner ?? '', '申请人情况'])
      rows.push(['', '自然人', '法人或其他组织', '总计'])
      rows.push(['', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'])
      let group: string | undefined
      for (const r of t.rows) {
        const cells = r.columns.map((c) => value(table.rows[r.key]?.[c], noise, blank))
        const g = r.group && r.group !== 'outcomes' ? t.rowGroups.find((x) => x.key === r.group) : undefined
        const lead = r.group === 'outcomes' || g ? (group === undefined && r.group ? '三、本年度办理结果' : '') : ''
        if (r.group) group ??= r.group
        const own = `${r.marker ?? ''}${label(r.label, noise)}`
        if (g) {
          const first = t.rows.find((x) => x.group === g.key) === r
          rows.push([lead, first ? `${g.marker}${g.label}` : '', own, ...cells])
        } else if (r.group) rows.push([lead, own, ...cells])
        else rows.push([own, '', ...cells])
      }
    }
    if (s.id === 'reviewLitigation') {
      const table = report.tables.reviewLitigation
      const t = tableTemplate('reviewLitigation', table.format)
      const cols = t.columns.map((c) => c.label)
      rows.push(['行政复议', '行政诉讼'])
      rows.push([...cols, '未经复议直接起诉', '复议后起诉'])
      rows.push([...cols, ...cols])
      rows.push(t.rows.flatMap((r) => r.columns.map((c) => value(table.rows[r.key]?.[c], noise, blank))))
    }
    blocks.push(rows)
  }
  return blocks
}

export const layouts = {
  /** Word copied to text: tab-separated cells, empty cells kept. */
  tabs: (report: Report, noise: Noise = {}) =>
    officialRows(report, noise)
      .flat()
      .map((r) => r.join('\t'))
      .join('\n'),
  /** Pipe tables as Markdown converters write them. */
  pipes: (report: Report, noise: Noise = {}) =>
    officialRows(report, noise)
      .flat()
      .map((r) => (r.length > 1 ? `| ${r.join(' | ')} |` : r[0]))
      .join('\n'),
  /**
   * Pipe tables without their border pipes, as GFM allows (`行政许可 | 5`); a row whose first or
   * last cell is empty keeps them, since without them GFM would lose that cell.
   */
  barePipes: (report: Report, noise: Noise = {}) =>
    officialRows(report, noise)
      .flat()
      .map((r) => (r.length < 2 ? r[0] : r[0] === '' || r[r.length - 1] === '' ? `| ${r.join(' | ')} |` : r.join(' | ')))
      .join('\n'),
  /** A table saved as CSV: fields parted by commas, quoted where they hold a comma or a quote. */
  csv: (report: Report, noise: Noise = {}) =>
    officialRows(report, noise)
      .flat()
      .map((r) => (r.length < 2 ? r[0] : r.map((c) => (/[",]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',')))
      .join('\n'),
  /** One cell per line with a tab before it, rows apart, short labels broken over lines. */
  cellPerLine: (report: Report, noise: Noise = {}) =>
    officialRows(report, noise)
      .flat()
      .map((r) =>
        r.length > 1
          ? r.map((c) => `\t${/^[\u4e00-\u9fff]{3}$/.test(c) ? c.split('').join('\n\n') : c}`).join('\n') + '\n'
          : r[0],
      )
      .join('\n'),
  /** `pdftotext -layout`: columns apart by runs of spaces, blanks written `/`, page numbers between rows. */
  spaced: (report: Report, noise: Noise = {}) =>
    officialRows(report, noise, '/')
      .flat()
      .map((r, i) => {
        const line = r.filter((c) => c !== '').join('    ')
        return noise.pageFooters && i % 9 === 8 ? `${line}\n\n— ${Math.floor(i / 9) + 1} —\n` : line
      })
      .join('\n'),
  /** `pdftotext` without `-layout`: one cell a line, no separators, blank cells written `/`. */
  lines: (report: Report, noise: Noise = {}) =>
    officialRows(report, noise, '/')
      .flat()
      .flatMap((r) => r.filter((c) => c !== ''))
      .join('\n'),
  /**
   * A PDF's narrow label column through `pdftotext -layout`: a long label printed over three lines
   * of its cell, the row's figures (one space apart, blanks `/`) beside the middle piece.
   */
  stacked: (report: Report, noise: Noise = {}) =>
    officialRows(report, noise, '/')
      .flat()
      .flatMap((r) => {
        const cells = r.filter((c) => c !== '')
        const k = cells.findIndex((c) => /^[\d/\uff10-\uff19]/.test(c))
        const label = cells[k - 1]
        if (k < 1 || label === undefined || label.length < 12) return [cells.join('    ')]
        const a = Math.floor(label.length / 3)
        const b = Math.floor((2 * label.length) / 3)
        const before = cells.slice(0, k - 1).join('  ')
        return [`${before}  ${label.slice(0, a)}`, `      ${label.slice(a, b)}    ${cells.slice(k).join(' ')}`, `      ${label.slice(b)}`]
      })
      .join('\n'),
  /** Word's or Writer's own text export: one cell a line, an empty cell an empty line. */
  exported: (report: Report, noise: Noise = {}) =>
    officialRows(report, noise)
      .flat()
      .flat()
      .join('\n'),
  /** A page flattened by `textContent`: cells run together, digits of neighbouring cells too. */
  flattened: (report: Report, noise: Noise = {}) =>
    officialRows(report, noise)
      .map((block) => block.map((r) => r.join('')).join(''))
      .join('\n'),
}

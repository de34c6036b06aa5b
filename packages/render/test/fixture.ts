import { emptyReport, formatCellKeys, setCell } from '@gai/model'
import type { FormatVersion, Report } from '@gai/model'

/**
 * A report of `version` whose cells hold distinct numbers (cell i holds i + 1, so that a number
 * found in an output names its cell), except the keys in `blank`, which stay blank.
 */
export function filledReport(version: FormatVersion = '2021', blank: readonly string[] = []): Report {
  const r = emptyReport(version)
  r.meta = { organ: '示例县人民政府办公室', year: version === '2021' ? 2023 : 2020 }
  formatCellKeys(version).forEach((key, i) => {
    if (!blank.includes(key)) setCell(r, key, { value: i + 1, raw: String(i + 1) })
  })
  r.sections = {
    overview: { id: 'overview', heading: '一、总体情况', text: '本年度主动公开政府信息 120 条。\n（一）主动公开' },
    active: { id: 'active', heading: '二、主动公开政府信息情况', text: '详见下表。' },
  }
  return r
}

import type { CellKey, FormatVersion, TableId } from '../types.ts'
import { activeDeclaration } from './active.ts'
import {
  applicationColumnGroups,
  applicationColumns,
  applicationRowGroups,
  applicationRows,
  applicationsCorner,
  outcomeRowKeys,
} from './applications.ts'
import { reviewLitigationColumns, reviewLitigationRowGroups, reviewLitigationRows } from './review-litigation.ts'
import type { FormatTemplate, Relation, RowTemplate, TableTemplate } from './types.ts'

export const formatVersions: readonly FormatVersion[] = ['2019', '2021']

export const tableIds: readonly TableId[] = ['active', 'applications', 'reviewLitigation']

export const tableTitles: Readonly<Record<TableId, string>> = {
  active: '主动公开政府信息情况',
  applications: '收到和处理政府信息公开申请情况',
  reviewLitigation: '政府信息公开行政复议、行政诉讼情况',
}

function cellsOf(table: TableId, rows: readonly RowTemplate[]): CellKey[] {
  return rows.flatMap((r) => r.columns.map((c): CellKey => `${table}/${r.key}/${c}`))
}

const applicantParts = applicationColumns.filter((c) => c.key !== 'total').map((c) => c.key)

function applicationRelations(version: FormatVersion): Relation[] {
  const rows = applicationRows(version)
  const outcomes = outcomeRowKeys(version)
  const key = (row: string, col: string): CellKey => `applications/${row}/${col}`
  const relations: Relation[] = []
  for (const c of applicationColumns) {
    relations.push({
      id: `applications-balance/${c.key}`,
      rule: 'applications-balance',
      total: [key('totalHandled', c.key), key('carriedForward', c.key)],
      parts: [key('newReceived', c.key), key('carriedOver', c.key)],
    })
  }
  for (const c of applicationColumns) {
    relations.push({
      id: `applications-outcome-sum/${c.key}`,
      rule: 'applications-outcome-sum',
      total: [key('totalHandled', c.key)],
      parts: outcomes.map((r) => key(r, c.key)),
    })
  }
  for (const r of rows) {
    relations.push({
      id: `applications-applicant-sum/${r.key}`,
      rule: 'applications-applicant-sum',
      total: [key(r.key, 'total')],
      parts: applicantParts.map((c) => key(r.key, c)),
    })
  }
  return relations
}

const reviewParts = ['upheld', 'corrected', 'other', 'pending'] as const

const reviewRelations: Relation[] = reviewLitigationRows.map((r) => ({
  id: `review-litigation-sum/${r.key}`,
  rule: 'review-litigation-sum',
  total: [`reviewLitigation/${r.key}/total`],
  parts: reviewParts.map((c): CellKey => `reviewLitigation/${r.key}/${c}`),
}))

function buildFormat(version: FormatVersion, notice: string): FormatTemplate {
  const active = activeDeclaration(version)
  const appRows = applicationRows(version)
  const tables: Record<TableId, TableTemplate> = {
    active: {
      id: 'active',
      format: version,
      title: tableTitles.active,
      orientation: 'rows',
      columns: active.columns,
      columnGroups: [],
      rows: active.rows,
      rowGroups: [],
      blocks: active.blocks,
      cells: cellsOf('active', active.rows),
      relations: [],
    },
    applications: {
      id: 'applications',
      format: version,
      title: tableTitles.applications,
      orientation: 'rows',
      columns: applicationColumns,
      columnGroups: applicationColumnGroups,
      rows: appRows,
      rowGroups: applicationRowGroups,
      blocks: [],
      corner: applicationsCorner,
      cells: cellsOf('applications', appRows),
      relations: applicationRelations(version),
    },
    reviewLitigation: {
      id: 'reviewLitigation',
      format: version,
      title: tableTitles.reviewLitigation,
      orientation: 'columns',
      columns: reviewLitigationColumns,
      columnGroups: [],
      rows: reviewLitigationRows,
      rowGroups: reviewLitigationRowGroups,
      blocks: [],
      cells: cellsOf('reviewLitigation', reviewLitigationRows),
      relations: reviewRelations,
    },
  }
  return { version, notice, tables }
}

/** The two national templates, declared once; readers, rules, renderers and docs all read these. */
export const formats: Readonly<Record<FormatVersion, FormatTemplate>> = {
  '2019': buildFormat('2019', '国办公开办函〔2019〕60号《中华人民共和国政府信息公开工作年度报告格式（试行）》'),
  '2021': buildFormat('2021', '国办公开办函〔2021〕30号《中华人民共和国政府信息公开工作年度报告格式》'),
}

export function tableTemplate(table: TableId, version: FormatVersion): TableTemplate {
  return formats[version].tables[table]
}

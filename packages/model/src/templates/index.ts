export { formats, formatVersions, tableIds, tableTemplate, tableTitles } from './formats.ts'
export { sectionTemplates } from './sections.ts'
export type {
  BlockTemplate,
  ColumnTemplate,
  FormatTemplate,
  GroupTemplate,
  Relation,
  RelationRule,
  RowTemplate,
  SectionTemplate,
  TableTemplate,
  ValueKind,
} from './types.ts'
export { columnLabel, describeCell, rowLabel } from './labels.ts'
export { modelReference } from './reference.ts'

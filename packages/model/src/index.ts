export type {
  Cell,
  CellKey,
  FormatVersion,
  Inference,
  Origin,
  PageBox,
  Point,
  Position,
  Report,
  ReportMeta,
  Section,
  SectionId,
  StatisticsPeriod,
  Table,
  TableId,
  WordPlace,
} from './types.ts'
export * from './templates/index.ts'
export {
  blankCell,
  cellKey,
  emptyReport,
  emptyTable,
  formatCellKeys,
  getCell,
  parseCellKey,
  reportCellKeys,
  setCell,
} from './cells.ts'
export type { CellAddress } from './cells.ts'
export { createDiagnostic, Diagnostic, diagnosticFromJson, fatalOf, setSeverity } from './diagnostic.ts'
export type { DiagnosticCell, DiagnosticInit, DiagnosticJson, Locale, LocalizedText, Severity, SeveritySetting } from './diagnostic.ts'
export { evaluateRelation, rowRelations } from './relations/evaluate.ts'
export type { RelationOutcome, RowRelation } from './relations/evaluate.ts'
export * from './rules/index.ts'
export * from './json/index.ts'

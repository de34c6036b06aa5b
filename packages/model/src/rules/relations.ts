import { getCell } from '../cells.ts'
import type { DiagnosticCell } from '../diagnostic.ts'
import { describeCell } from '../templates/labels.ts'
import { tableTemplate } from '../templates/formats.ts'
import { evaluateRelation } from '../relations/evaluate.ts'
import type { Relation, RelationRule } from '../templates/types.ts'
import type { CellKey, Report, TableId } from '../types.ts'
import type { RuleContext } from './types.ts'

/**
 * Check every relation a table's template declares for `rule`. A relation with a blank cell is
 * not computed: it is reported once as not assessable (info), unless blanks count as 0. A table
 * that is blank throughout (the source had no such table) is reported once, not per relation.
 */
export function checkRelations(report: Report, table: TableId, rule: RelationRule, context: RuleContext): void {
  const t = report.tables[table]
  const template = tableTemplate(table, t.format)
  const relations = template.relations.filter((r) => r.rule === rule)
  if (relations.length === 0) return
  const allBlank = template.cells.every((k) => getCell(report, k)?.value === null)
  if (allBlank && !context.blankAsZero) {
    context.report({
      severity: 'info',
      reason: {
        zh: `表${tableNumber(table)}全部为空，无法核验`,
        en: `Table ${table} is blank throughout; its relations cannot be checked`,
      },
      cells: [],
      data: { relations: relations.map((r) => r.id), notAssessable: true },
    })
    return
  }
  for (const relation of relations) {
    const side = (keys: readonly string[]) =>
      keys.map((key): DiagnosticCell => {
        const cell = getCell(report, key)
        const entry: DiagnosticCell = { key: key as DiagnosticCell['key'], value: cell?.value ?? null }
        if (cell?.origin) entry.origin = cell.origin
        return entry
      })
    const outcome = evaluateRelation(relation, (key) => getCell(report, key)?.value ?? null, context.blankAsZero)
    const placedBy = outcome.state === 'holds' ? inferredFrom(report, relation) : []
    if (outcome.state === 'holds' && placedBy.length === 0) continue
    const cells = [...side(relation.total), ...side(relation.parts)]
    const place = cells.find((c) => c.origin)?.origin?.position
    const label = describeCell(relation.total[0]!, t.format)
    if (outcome.state === 'holds') {
      // The reader chose these cells' figures because the relation then held: that it holds
      // confirms nothing, and is not to be read as checked.
      context.report({
        severity: 'info',
        reason: {
          zh: `${label.zh}所在的勾稽关系成立，但其中 ${placedBy.length} 个单元格的数值是读取时按此关系确定的，不能据此核验`,
          en: `${relation.id} holds only because the reader placed ${placedBy.length} of its cell(s) by it: it confirms nothing`,
        },
        cells: cells.filter((c) => placedBy.includes(c.key)),
        ...(place ? { place } : {}),
        data: { relation: relation.id, notAssessable: true, inferred: true },
      })
      continue
    }
    if (outcome.state === 'blank') {
      const blanks = cells.filter((c) => c.value === null)
      context.report({
        severity: 'info',
        reason: {
          zh: `${label.zh}所在的勾稽关系含空白单元格（${blanks.length} 个），无法核验`,
          en: `${relation.id}: ${blanks.length} blank cell(s), relation not assessable`,
        },
        cells: blanks,
        ...(place ? { place } : {}),
        data: { relation: relation.id, notAssessable: true },
      })
      continue
    }
    const { actual, expected } = outcome
    context.report({
      reason: reasonFor(rule, label, actual, expected, relation.id),
      cells,
      actual,
      expected,
      ...(place ? { place } : {}),
      data: { relation: relation.id },
    })
  }
}

/** The cells of a relation whose figures a reader placed by that very relation. */
function inferredFrom(report: Report, relation: Relation): CellKey[] {
  const out: CellKey[] = []
  for (const key of [...relation.total, ...relation.parts]) if (getCell(report, key)?.inferred?.relations.includes(relation.id)) out.push(key)
  return out
}

function reasonFor(
  rule: RelationRule,
  label: { zh: string; en: string },
  actual: number,
  expected: number,
  id: string,
): { zh: string; en: string } {
  switch (rule) {
    case 'applications-balance':
      return {
        zh: `${label.zh.replace(/“[^”]*”行/, '')}：总计加结转下年度 ${actual}，不等于本年新收加上年结转 ${expected}`,
        en: `${id}: totalHandled + carriedForward is ${actual}, newReceived + carriedOver is ${expected}`,
      }
    case 'applications-outcome-sum':
      return {
        zh: `${label.zh}为 ${actual}，不等于各项办理结果之和 ${expected}`,
        en: `${id}: totalHandled is ${actual}, the outcome rows add up to ${expected}`,
      }
    case 'applications-applicant-sum':
      return {
        zh: `${label.zh}为 ${actual}，不等于各类申请人之和 ${expected}`,
        en: `${id}: total is ${actual}, the six applicant columns add up to ${expected}`,
      }
    case 'review-litigation-sum':
      return {
        zh: `${label.zh}为 ${actual}，不等于维持、纠正、其他、尚未审结之和 ${expected}`,
        en: `${id}: total is ${actual}, upheld + corrected + other + pending is ${expected}`,
      }
  }
}

export function tableNumber(table: TableId): string {
  return table === 'active' ? '二' : table === 'applications' ? '三' : '四'
}

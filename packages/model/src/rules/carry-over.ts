import { getCell } from '../cells.ts'
import { applicationColumns } from '../templates/applications.ts'
import { describeCell } from '../templates/labels.ts'
import { defineRule } from './types.ts'

/** R5: what one year carries forward, the next year carries over; same organ, per column. */
export const carryOver = defineRule({
  id: 'carry-over',
  code: 'R5',
  scope: 'pair',
  severity: 'error',
  description: {
    zh: '本年“上年结转”= 上一年度报告的“结转下年度继续办理”（同一机关，表三每一列）',
    en: "This year's carriedOver = last year's carriedForward, per column, same organ",
  },
  check(previous, current, context) {
    for (const { key: column } of applicationColumns) {
      const forwardKey = `applications/carriedForward/${column}`
      const overKey = `applications/carriedOver/${column}`
      const forward = getCell(previous, forwardKey)
      const over = getCell(current, overKey)
      if (!forward || !over) continue
      if (forward.value === null || over.value === null) continue
      if (forward.value === over.value) continue
      const label = describeCell(overKey, current.tables.applications.format)
      context.report({
        reason: {
          zh: `${current.meta.year ?? '本'}年度${label.zh}为 ${over.value}，不等于${previous.meta.year ?? '上一'}年度结转下年度的 ${forward.value}`,
          en: `${overKey} of ${current.meta.year ?? 'this year'} is ${over.value}, ${previous.meta.year ?? 'last year'} carried forward ${forward.value}`,
        },
        cells: [
          { key: overKey as `applications/${string}/${string}`, value: over.value, ...(over.origin ? { origin: over.origin } : {}) },
          { key: forwardKey as `applications/${string}/${string}`, value: forward.value, ...(forward.origin ? { origin: forward.origin } : {}) },
        ],
        actual: over.value,
        expected: forward.value,
        ...(over.origin ? { place: over.origin.position } : {}),
        data: { previous: previous.source ?? null, previousYear: previous.meta.year ?? null },
      })
    }
  },
  examples: {
    ok: [
      {
        title: { zh: '结转一致', en: 'Carry-over agrees' },
        previous: `示例市示例局2022年政府信息公开工作年度报告

三、收到和处理政府信息公开申请情况

| 申请人情况 | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |
| 四、结转下年度继续办理 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |
`,
        text: `示例市示例局2023年政府信息公开工作年度报告

三、收到和处理政府信息公开申请情况

| 申请人情况 | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |
| 二、上年结转政府信息公开申请数量 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |
`,
      },
    ],
    notOk: [
      {
        title: { zh: '上年结转多 1 件', en: 'carriedOver one too many' },
        previous: `示例市示例局2022年政府信息公开工作年度报告

三、收到和处理政府信息公开申请情况

| 申请人情况 | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |
| 四、结转下年度继续办理 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |
`,
        text: `示例市示例局2023年政府信息公开工作年度报告

三、收到和处理政府信息公开申请情况

| 申请人情况 | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |
| 二、上年结转政府信息公开申请数量 | 2 | 0 | 0 | 0 | 0 | 0 | 2 |
`,
        messages: {
          zh: [
            '6:22  2023年度表三“二、上年结转政府信息公开申请数量”行“自然人”列为 2，不等于2022年度结转下年度的 1  carry-over',
            '6:46  2023年度表三“二、上年结转政府信息公开申请数量”行“总计”列为 2，不等于2022年度结转下年度的 1  carry-over',
          ],
          en: [
            '6:22  applications/carriedOver/naturalPerson of 2023 is 2, 2022 carried forward 1  carry-over',
            '6:46  applications/carriedOver/total of 2023 is 2, 2022 carried forward 1  carry-over',
          ],
        },
      },
    ],
  },
})

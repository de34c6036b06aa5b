import type { FormatVersion } from '../types.ts'
import type { ColumnTemplate, GroupTemplate, RowTemplate } from './types.ts'

/** Table 三's columns: the same in both versions. */
export const applicationColumns: readonly ColumnTemplate[] = [
  { key: 'naturalPerson', label: '自然人', aliases: [], kind: 'count', group: 'applicant' },
  { key: 'commercial', label: '商业企业', aliases: [], kind: 'count', group: 'legalPerson' },
  { key: 'research', label: '科研机构', aliases: [], kind: 'count', group: 'legalPerson' },
  { key: 'nonprofit', label: '社会公益组织', aliases: ['社会组织', '公益组织'], kind: 'count', group: 'legalPerson' },
  { key: 'legalService', label: '法律服务机构', aliases: [], kind: 'count', group: 'legalPerson' },
  { key: 'otherOrg', label: '其他', aliases: [], kind: 'count', group: 'legalPerson' },
  { key: 'total', label: '总计', aliases: ['合计'], kind: 'count', group: 'applicant' },
]

export const applicationColumnGroups: readonly GroupTemplate[] = [
  { key: 'applicant', label: '申请人情况', aliases: [] },
  { key: 'legalPerson', label: '法人或其他组织', aliases: ['法人或者其他组织'], parent: 'applicant' },
]

export const applicationRowGroups: readonly GroupTemplate[] = [
  { key: 'outcomes', label: '本年度办理结果', marker: '三、', aliases: ['本年度办理情况'] },
  { key: 'denied', label: '不予公开', marker: '（三）', aliases: [], parent: 'outcomes' },
  { key: 'unavailable', label: '无法提供', marker: '（四）', aliases: [], parent: 'outcomes' },
  { key: 'notProcessed', label: '不予处理', marker: '（五）', aliases: [], parent: 'outcomes' },
  { key: 'otherHandling', label: '其他处理', marker: '（六）', aliases: [], parent: 'outcomes' },
]

const all = applicationColumns.map((c) => c.key)

function row(key: string, marker: string, label: string, group?: string, aliases: readonly string[] = []): RowTemplate {
  return group === undefined
    ? { key, marker, label, aliases, columns: all }
    : { key, marker, label, aliases, columns: all, group }
}

const head: readonly RowTemplate[] = [
  row('newReceived', '一、', '本年新收政府信息公开申请数量', undefined, ['本年新收政府信息公开申请']),
  row('carriedOver', '二、', '上年结转政府信息公开申请数量', undefined, ['上年结转政府信息公开申请']),
  row('granted', '（一）', '予以公开', 'outcomes'),
  row('partiallyGranted', '（二）', '部分公开（区分处理的，只计这一情形，不计其他情形）', 'outcomes', ['部分公开']),
  row('denied.stateSecret', '1.', '属于国家秘密', 'denied'),
  row('denied.lawForbidden', '2.', '其他法律行政法规禁止公开', 'denied'),
  row('denied.safetyStability', '3.', '危及“三安全一稳定”', 'denied', ['危及三安全一稳定']),
  row('denied.thirdPartyRights', '4.', '保护第三方合法权益', 'denied'),
  row('denied.internalAffairs', '5.', '属于三类内部事务信息', 'denied'),
  row('denied.processInformation', '6.', '属于四类过程性信息', 'denied'),
  row('denied.enforcementFiles', '7.', '属于行政执法案卷', 'denied'),
  row('denied.inquiryMatters', '8.', '属于行政查询事项', 'denied'),
  row('unavailable.notHeld', '1.', '本机关不掌握相关政府信息', 'unavailable'),
  row('unavailable.needsCreation', '2.', '没有现成信息需要另行制作', 'unavailable'),
  row('unavailable.unclearAfterCorrection', '3.', '补正后申请内容仍不明确', 'unavailable'),
  row('notProcessed.complaint', '1.', '信访举报投诉类申请', 'notProcessed'),
  row('notProcessed.duplicate', '2.', '重复申请', 'notProcessed'),
  row('notProcessed.publication', '3.', '要求提供公开出版物', 'notProcessed'),
  row('notProcessed.massRepeated', '4.', '无正当理由大量反复申请', 'notProcessed'),
  row('notProcessed.confirmation', '5.', '要求行政机关确认或重新出具已获取信息', 'notProcessed'),
]

const tail: readonly RowTemplate[] = [
  row('totalHandled', '（七）', '总计', 'outcomes', ['合计']),
  row('carriedForward', '四、', '结转下年度继续办理', undefined, ['结转下年度继续办理申请数量']),
]

const otherHandling2021: readonly RowTemplate[] = [
  row('otherHandling.overdueCorrection', '1.', '申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', 'otherHandling', [
    '申请人无正当理由逾期不补正',
  ]),
  row('otherHandling.overdueFee', '2.', '申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', 'otherHandling', [
    '申请人逾期未按收费通知要求缴纳费用',
  ]),
  row('otherHandling.other', '3.', '其他', 'otherHandling'),
]

// In 2019 （六）其他处理 is one row with no sub-items; its label is the group's own.
const otherHandling2019: readonly RowTemplate[] = [row('otherHandling', '（六）', '其他处理', 'outcomes')]

export function applicationRows(version: FormatVersion): readonly RowTemplate[] {
  return [...head, ...(version === '2021' ? otherHandling2021 : otherHandling2019), ...tail]
}

/** The outcome rows whose sum is （七）总计 (R2). */
export function outcomeRowKeys(version: FormatVersion): readonly string[] {
  return applicationRows(version)
    .filter((r) => r.group !== undefined && r.key !== 'totalHandled')
    .map((r) => r.key)
}

export const applicationsCorner = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）'

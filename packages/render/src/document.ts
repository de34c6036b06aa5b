import { sectionTemplates } from '@gai/model'
import type { Report, SectionId, TableId } from '@gai/model'

/** What a renderer walks: the title, then each section with its prose and its table. */
export interface DocumentPart {
  section: SectionId
  heading: string
  paragraphs: string[]
  table?: TableId
}

const tableOf: Partial<Record<SectionId, TableId>> = { active: 'active', applications: 'applications', reviewLitigation: 'reviewLitigation' }

/** The report in reading order, sections in template order, each table after its section's prose. */
export function documentParts(report: Report): DocumentPart[] {
  return sectionTemplates.map((t) => {
    const s = report.sections[t.id]
    const part: DocumentPart = {
      section: t.id,
      // The heading as the report wrote it (`3、收到和处理…` stays so); the template's otherwise.
      heading: s?.heading.replace(/\s+/g, ' ').trim() || `${t.number}、${t.title}`,
      paragraphs: s ? s.text.split('\n').filter((p) => p.trim() !== '') : [],
    }
    const table = tableOf[t.id]
    if (table) part.table = table
    return part
  })
}

/** `meta.title`, or one composed from organ and year the way every report titles itself. */
export function titleOf(report: Report): string | undefined {
  return report.meta.title ?? (report.meta.organ && report.meta.year ? `${report.meta.organ}${report.meta.year}年政府信息公开工作年度报告` : undefined)
}

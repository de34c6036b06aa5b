import { reportToJson } from '@gai/model'
import type { Report } from '@gai/model'

/** The canonical model as JSON, keys in template order. */
export function toJson(report: Report): string {
  return reportToJson(report)
}

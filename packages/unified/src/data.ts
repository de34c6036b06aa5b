import type { Report } from '@gai/model'

declare module 'vfile' {
  interface DataMap {
    /**
     * The report of the file: set by `rehypeGai` and `remarkGai` (`null` when the file holds
     * none), read by `gaiRehype` and `gaiRemark`.
     */
    report: Report | null
  }
}

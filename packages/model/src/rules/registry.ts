import { applicationsApplicantSum } from './applications-applicant-sum.ts'
import { applicationsBalance } from './applications-balance.ts'
import { applicationsOutcomeSum } from './applications-outcome-sum.ts'
import { carryOver } from './carry-over.ts'
import { domain } from './domain.ts'
import { formatYear } from './format-year.ts'
import { reviewLitigationSum } from './review-litigation-sum.ts'
import { stock } from './stock.ts'
import { narrativeFees } from './narrative-fees.ts'
import { narrativeNoneContradiction } from './narrative-none-contradiction.ts'
import { narrativePartsSum } from './narrative-parts-sum.ts'
import { narrativeTableAgreement } from './narrative-table-agreement.ts'
import type { Rule } from './types.ts'

/** Every built-in rule, in the order of the format reference. */
export const rules: readonly Rule[] = [
  applicationsBalance,
  applicationsOutcomeSum,
  applicationsApplicantSum,
  reviewLitigationSum,
  carryOver,
  stock,
  domain,
  narrativePartsSum,
  narrativeTableAgreement,
  narrativeNoneContradiction,
  narrativeFees,
  formatYear,
]

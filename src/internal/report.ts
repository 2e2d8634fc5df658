import type { ValidationIssue } from '../model/validation.js';
import type { LocalizeController } from './localize.js';
import type * as it from '../translations/it.js';

const problemTerms = {
  required: 'problemRequired',
  type: 'problemType',
  duplicate: 'problemDuplicate',
  url: 'problemUrl',
  json: 'problemJson',
  unknown: 'problemUnknown',
  negative: 'problemNegative',
  amount: 'problemAmount',
  currency: 'problemCurrency',
} as const satisfies Record<ValidationIssue['problem'], keyof typeof it.common>;

/** The localised sentence for a validation issue. */
export function describeIssue(localize: LocalizeController, issue: ValidationIssue): string {
  return localize.term('invalidDetail', issue.field, localize.term(problemTerms[issue.problem]));
}

/** Logs one `console.error` naming the element and the field that is wrong. */
export function logIssue(tag: string, issue: ValidationIssue): void {
  console.error(`<${tag}>: invalid "${issue.field}" (${issue.problem}).`);
}

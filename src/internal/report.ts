import { html, type TemplateResult } from 'lit';
import type { ValidationIssue } from '../model/validation.js';
import type { LocalizeController } from './localize.js';
import type * as it from '../translations/it.js';

/** A problem's translation key: `duplicate` → `problemDuplicate`. */
type ProblemKey = `problem${Capitalize<ValidationIssue['problem']>}`;
/**
 * Fails to compile when a problem has no text in the common, the money, the product menu's or
 * the PayPal accounts' catalogue (only `<product-switch>` takes a list of products).
 */
type Translated<
  K extends
    | keyof typeof it.common
    | keyof typeof it.orderSummary
    | keyof typeof it.productSwitch
    | keyof typeof it.paypalAccounts,
> = K;
export type ProblemKeys = Translated<ProblemKey>;

const problemKey = (problem: ValidationIssue['problem']) =>
  `problem${problem[0]!.toUpperCase()}${problem.slice(1)}` as ProblemKey;

/**
 * The localised sentence for a validation issue. The money problems' texts live in the
 * catalogues of the elements that handle money, and the product list's in the product menu's,
 * so that the others do not carry them.
 */
export function describeIssue(localize: LocalizeController, issue: ValidationIssue): string {
  // A list's limit is the one parameter a problem's text takes ("al massimo 20 ambienti").
  const problem = (localize.term as (key: string, limit?: number) => string | undefined)(
    problemKey(issue.problem),
    issue.limit,
  );
  return localize.term('invalidDetail', issue.field, problem ?? issue.problem);
}

/** Logs one `console.error` naming the element and the field that is wrong. */
export function logIssue(tag: string, issue: ValidationIssue): void {
  console.error(`<${tag}>: invalid "${issue.field}" (${issue.problem}).`);
}

/** The error box an element shows in place of its content when the host's data are invalid. */
export function renderIssue(
  localize: LocalizeController,
  title: string,
  issue: ValidationIssue,
): TemplateResult {
  return html`
    <p class="error" role="alert" part="error">
      <strong>${title}</strong>
      <span>${describeIssue(localize, issue)}</span>
    </p>
  `;
}

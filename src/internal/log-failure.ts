// In a module of its own: only the elements that change things on the backend log failed
// requests this way, and report.ts is in every element's first file (the CDN's shared chunk).

/**
 * Logs one `console.error` for a request that failed in a way `request()` and `logIssue()` do not
 * already report (a timeout, a rejection, the network, a refusal), naming the event.
 */
export function logFailure(
  tag: string,
  type: string,
  error: { readonly code: string; readonly message?: string },
): void {
  const why: Record<string, string> = {
    timeout: 'was not answered within request-timeout',
    network: 'failed: the network is unreachable',
    rejected: 'was rejected',
    declined: 'was declined',
  };
  const what = why[error.code];
  if (what)
    console.error(`<${tag}>: "${type}" ${what}${error.message ? `: ${error.message}` : ''}.`);
}

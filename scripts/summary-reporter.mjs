// A web-test-runner reporter that counts passed and failed tests over every browser (and per
// browser) and writes them to .wtr-summary.json; scripts/test.mjs prints the closing
// `N passed, N failed` line. A test file that failed to load (or a browser error outside any
// test) counts as a failure.
import { writeFileSync } from 'node:fs';

function count(suite, totals) {
  for (const test of suite.tests) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const child of suite.suites) count(child, totals);
}

function hasFailedTest(suite) {
  if (!suite) return false;
  return suite.tests.some((t) => !t.passed && !t.skipped) || suite.suites.some(hasFailedTest);
}

export function summaryReporter({ file = '.wtr-summary.json' } = {}) {
  return {
    stop({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0, browsers: {} };
      for (const session of sessions) {
        const browser = (totals.browsers[session.browser.name] ??= {
          passed: 0,
          failed: 0,
          skipped: 0,
        });
        const counts = { passed: 0, failed: 0, skipped: 0 };
        if (session.testResults) count(session.testResults, counts);
        const loadFailed = !session.testResults || session.errors.length > 0;
        if (loadFailed || (!session.passed && !hasFailedTest(session.testResults)))
          counts.failed += 1;
        for (const target of [totals, browser]) {
          target.passed += counts.passed;
          target.failed += counts.failed;
          target.skipped += counts.skipped;
        }
      }
      writeFileSync(file, JSON.stringify(totals));
    },
  };
}

// A web-test-runner reporter that counts passed and failed tests over all browsers and writes
// them to test-results/browser.json, so .ci/run can print one plain "N passed, N failed" line.
import { mkdirSync, writeFileSync } from 'node:fs';

function walk(suite, counts) {
  if (!suite) return;
  for (const t of suite.tests ?? []) {
    if (t.skipped) counts.skipped++;
    else if (t.passed) counts.passed++;
    else counts.failed++;
  }
  for (const s of suite.suites ?? []) walk(s, counts);
}

export function countReporter({ file = 'test-results/browser.json' } = {}) {
  return {
    onTestRunFinished({ sessions }) {
      const counts = { passed: 0, failed: 0, skipped: 0, errors: 0 };
      for (const s of sessions) {
        walk(s.testResults, counts);
        // A file that failed to load or threw outside a test counts as one failure.
        if (!s.passed && (s.errors?.length ?? 0) > 0) counts.errors++;
      }
      counts.failed += counts.errors;
      mkdirSync('test-results', { recursive: true });
      writeFileSync(file, JSON.stringify(counts, null, 2));
    },
  };
}

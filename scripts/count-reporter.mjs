// A web-test-runner reporter that counts passed and failed tests over all browsers and writes
// them to test-results/browser.json, so .ci/run can print one plain "N passed, N failed" line.
import { mkdirSync, writeFileSync } from 'node:fs';

/** Counts a suite's tests; a skipped test is named with its suites ("describe > it"), which hold its reason. */
function walk(suite, counts, path = []) {
  if (!suite) return;
  const here = suite.name ? [...path, suite.name] : path;
  for (const t of suite.tests ?? []) {
    if (t.skipped) {
      counts.skipped++;
      (counts.skippedNames ??= []).push([...here, t.name].join(' > '));
    } else if (t.passed) counts.passed++;
    else counts.failed++;
  }
  for (const s of suite.suites ?? []) walk(s, counts, here);
}

export function countReporter({ file = 'test-results/browser.json' } = {}) {
  return {
    onTestRunFinished({ sessions }) {
      const counts = { passed: 0, failed: 0, skipped: 0, errors: 0, browsers: {} };
      for (const s of sessions) {
        const name = s.browser?.name ?? 'browser';
        const own = (counts.browsers[name] ??= { passed: 0, failed: 0, skipped: 0, errors: 0 });
        walk(s.testResults, own);
        // Per test file too, so a change that loses tests shows where.
        const file = (counts.files ??= {})[s.testFile.replace(process.cwd() + '/', '')] ??= {};
        const perFile = { passed: 0, failed: 0, skipped: 0 };
        walk(s.testResults, perFile);
        file[name] = perFile.passed + perFile.failed + perFile.skipped;
        // A file that failed to load or threw outside a test counts as one failure.
        if (!s.passed && (s.errors?.length ?? 0) > 0) own.errors++;
      }
      for (const own of Object.values(counts.browsers)) {
        own.failed += own.errors;
        for (const k of ['passed', 'failed', 'skipped', 'errors']) counts[k] += own[k];
      }
      mkdirSync('test-results', { recursive: true });
      writeFileSync(file, JSON.stringify(counts, null, 2));
    },
  };
}

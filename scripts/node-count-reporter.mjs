// node:test reporter: counts leaf tests and writes JSON (used by scripts/summary.mjs).
export default async function* countReporter(source) {
  const counts = { passed: 0, failed: 0, skipped: 0, notes: [] };
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    if (event.data.details?.type === 'suite') continue;
    if (event.data.skip || event.data.todo) {
      counts.skipped++;
      // Why: a to-do (a target not met yet) or a skip, with the test's own reason.
      const why = event.data.todo ?? event.data.skip;
      counts.notes.push(`${event.data.todo ? 'to-do' : 'skipped'}: ${event.data.name}${typeof why === 'string' ? ` (${why})` : ''}`);
    }
    else if (event.type === 'test:pass') counts.passed++;
    else counts.failed++;
  }
  yield JSON.stringify(counts);
}

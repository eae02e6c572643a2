// Sums the unit (Vitest) and end-to-end (Playwright) JSON reports into one line:
// "N passed, M failed, K skipped". A suite that never produced its report counts as one failure,
// so a run that stopped early (type-check, lint, build) never reads as green.
import { existsSync, readFileSync } from 'node:fs';

function read(path) {
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null;
}

let passed = 0;
let failed = 0;
let skipped = 0;

const unit = read('reports/unit-results.json');
if (unit) {
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
  skipped += unit.numPendingTests + unit.numTodoTests;
} else {
  console.log('unit: no report (the run stopped before the unit tests finished)');
  failed += 1;
}

const e2e = read('reports/e2e-results.json');
if (e2e) {
  passed += e2e.stats.expected + e2e.stats.flaky;
  failed += e2e.stats.unexpected;
  skipped += e2e.stats.skipped;
} else {
  console.log('e2e: no report (the run stopped before the end-to-end tests finished)');
  failed += 1;
}

console.log(`${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`);

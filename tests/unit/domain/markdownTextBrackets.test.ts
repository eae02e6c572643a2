import { expect, it } from 'vitest';
import { excerptOf } from '../../../src-renderer/src/domain/markdownText';

/*
 * Runs of unclosed brackets once made an excerpt take 5 to 24 seconds (each opening bracket looked
 * ahead to the end of the body). No stopwatch here: the test's own time limit is the guard, far
 * above what a linear excerpt of these bodies takes and far below what the quadratic one did.
 */
it.each([
  ['brackets', `${'['.repeat(99_000)}x${']'.repeat(99_000)}`],
  ['images', '![['.repeat(66_000)],
  ['link targets', '[a]('.repeat(49_000)],
  ['angle brackets', '<'.repeat(199_000)],
])('makes an excerpt of a body of %s without looking ahead for each bracket', (_name, body) => {
  const excerpt = excerptOf(body);
  expect(excerpt.length).toBeGreaterThan(0);
  expect(excerpt.length).toBeLessThanOrEqual(280);
});

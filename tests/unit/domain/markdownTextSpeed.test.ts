import { expect, it } from 'vitest';
import { excerptOf } from '../../../src-renderer/src/domain/markdownText';

it.each([
  ['brackets', `${'['.repeat(99_000)}x${']'.repeat(99_000)}`],
  ['images', '![['.repeat(66_000)],
  ['link targets', '[a]('.repeat(49_000)],
  ['angle brackets', '<'.repeat(199_000)],
])('makes an excerpt of a body of %s in linear time', (_name, body) => {
  const started = performance.now();
  excerptOf(body);
  expect(performance.now() - started).toBeLessThan(500);
});

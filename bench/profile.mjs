// @ts-check
/** CPU profiles of a step (BENCH_PROFILE=1), summarised as the functions with the most self time. */
import { fmt } from './stats.mjs';

/**
 * Summarises a CDP CPU profile: the functions with the most self time.
 * @param {any} profile
 * @param {number} top
 */
function summariseProfile(profile, top) {
  const interval = (profile.endTime - profile.startTime) / 1000 / Math.max(1, profile.samples.length);
  /** @type {Map<string, number>} */
  const self = new Map();
  for (const node of profile.nodes) {
    const frame = node.callFrame;
    const where = frame.url ? `${frame.url.split('/').pop()}:${frame.lineNumber + 1}` : '';
    const key = `${frame.functionName || '(anonymous)'} ${where}`.trim();
    self.set(key, (self.get(key) ?? 0) + (node.hitCount ?? 0) * interval);
  }
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  return [...self.entries()]
    .filter(([key]) => key !== '(idle)' && key !== '(program)')
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([key, ms]) => `    ${fmt(ms).padStart(7)} ms  ${((ms / total) * 100).toFixed(1).padStart(5)}%  ${key}`)
    .join('\n');
}

/**
 * Runs `action` under Chromium's sampling profiler and summarises where its time went.
 * @param {import('playwright-core').BrowserContext} context
 * @param {import('playwright-core').Page} page
 * @param {() => Promise<unknown>} action
 */
export async function profiled(context, page, action) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await action();
  const { profile } = await cdp.send('Profiler.stop');
  await cdp.detach();
  return summariseProfile(profile, 15);
}

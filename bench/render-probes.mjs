// @ts-check
/**
 * Functions run inside the page that wait for a render, or for the app to go quiet, reading what
 * page-instrumentation.mjs notes. Playwright serialises each one with `toString()`, so each is
 * self-contained: no closures over module scope, no imports.
 */

/**
 * Resolves with the first-render record of this document, plus the breakdown.
 * @param {number} timeoutMs
 */
export async function awaitFirstRender(timeoutMs) {
  /** @type {any} */
  const bench = /** @type {any} */ (window).__bench;
  const timeout = new Promise((resolve) => setTimeout(() => resolve(null), timeoutMs));
  const result = await Promise.race([bench.firstRenderDone, timeout]);
  const nav = /** @type {PerformanceNavigationTiming | undefined} */ (performance.getEntriesByType('navigation')[0]);
  return {
    ok: result !== null,
    firstRender: bench.firstRender,
    timeline: bench.timeline,
    hookActive: bench.hookActive,
    earlyCommits: bench.earlyCommits.slice(0, 20),
    idb: bench.idb.filter((/** @type {any} */ r) => r.start < (bench.firstRender?.tFrame ?? Infinity)),
    longTasks: bench.longTasks.filter((/** @type {any} */ t) => t.start < (bench.firstRender?.tFrame ?? Infinity)),
    nav: nav
      ? {
          responseEnd: nav.responseEnd,
          domInteractive: nav.domInteractive,
          domContentLoaded: nav.domContentLoadedEventEnd,
          loadEnd: nav.loadEventEnd,
        }
      : null,
  };
}

/**
 * Resolves with the Insights first-render record of this document (opened on `#/insights`), plus
 * the breakdown.
 * @param {number} timeoutMs
 */
export async function awaitInsightsRender(timeoutMs) {
  /** @type {any} */
  const bench = /** @type {any} */ (window).__bench;
  const timeout = new Promise((resolve) => setTimeout(() => resolve(null), timeoutMs));
  const result = await Promise.race([bench.insightsRenderDone, timeout]);
  const end = bench.insightsRender?.tFrame ?? Infinity;
  const nav = /** @type {PerformanceNavigationTiming | undefined} */ (performance.getEntriesByType('navigation')[0]);
  return {
    ok: result !== null,
    render: bench.insightsRender,
    timeline: bench.insightsTimeline,
    hash: location.hash,
    earlyCommits: bench.earlyCommits.slice(0, 20),
    idb: bench.idb.filter((/** @type {any} */ r) => r.start < end),
    longTasks: bench.longTasks.filter((/** @type {any} */ t) => t.start < end),
    nav: nav ? { responseEnd: nav.responseEnd, domContentLoaded: nav.domContentLoadedEventEnd } : null,
  };
}

/**
 * Waits until the app has finished its work: no IndexedDB request in flight, no idle callback
 * pending, and `frames` animation frames in a row each within 25 ms of the previous one with no
 * React commit. Returns when that quiet streak began (ms since navigation start), i.e. when the
 * app last did anything, and whether it timed out.
 * @param {{ frames: number, timeoutMs: number }} args
 */
export async function waitForQuiet({ frames, timeoutMs }) {
  /** @type {any} */
  const bench = /** @type {any} */ (window).__bench;
  const t0 = performance.now();
  let quiet = 0;
  let previous = t0;
  let streakStart = t0;
  let commits = bench?.commitCount ?? 0;
  while (quiet < frames) {
    if (performance.now() - t0 > timeoutMs) return { settledAt: performance.now(), timedOut: true };
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const now = performance.now();
    const committed = (bench?.commitCount ?? 0) !== commits;
    commits = bench?.commitCount ?? 0;
    const busy = committed || now - previous > 25 || (bench?.idbPending ?? 0) > 0 || (bench?.pendingIdle?.() ?? 0) > 0;
    if (busy) {
      quiet = 0;
      streakStart = now;
    } else {
      quiet += 1;
    }
    previous = now;
  }
  return { settledAt: streakStart, timedOut: false };
}

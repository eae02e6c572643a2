// @ts-check
/**
 * The journal's measurements at one size, in its page: the first render after a reload and in a
 * new window, search as you type, and the kind and scope filters. Each adds its samples, and what
 * went wrong, to the size's result (measure-size.mjs).
 */
import { log } from './clock.mjs';
import {
  baseUrl,
  dbName,
  filterRounds,
  freshRuns,
  kindLabels,
  queries,
  reloads,
  scopeLabels,
  searchRounds,
  wantProfile,
} from './config.mjs';
import { timeInteraction } from './interaction-probes.mjs';
import { profiled } from './profile.mjs';
import { rawIndexedDbRead } from './record-probes.mjs';
import { awaitFirstRender, waitForQuiet } from './render-probes.mjs';
import { fmt, median, percentile } from './stats.mjs';

/** @typedef {import('./measure-size.mjs').SizeResult} SizeResult */
/**
 * @typedef {object} JournalStep
 * @property {import('playwright-core').BrowserContext} context
 * @property {import('playwright-core').Page} page  the journal's page, showing every entry
 * @property {number} size  entries in the journal
 * @property {string} expected  the status text of the full journal ("10,000 entries")
 * @property {SizeResult} result
 */

/** How an interaction is timed: until 2 frames pass with no change, at most 15 s. */
const settle = { settleFrames: 2, timeoutMs: 15_000 };

/**
 * Times the journal's first render after reloads, then in new windows as when the app starts. Those
 * close the page they replace, so the caller goes on with the one returned.
 * @param {JournalStep} step
 * @returns {Promise<import('playwright-core').Page>}
 */
export async function measureFirstRender({ context, page, size, expected, result }) {
  // 1. First render after reload; one warm-up reload first (not recorded).
  for (let run = -1; run < reloads; run += 1) {
    await page.reload({ waitUntil: 'commit' });
    const render = await page.evaluate(awaitFirstRender, 30_000);
    if (!render.ok) {
      const timeline = JSON.stringify(render.timeline.slice(-5));
      throw new Error(`the journal did not show "${expected}" with a visible article within 30 s (last states: ${timeline})`);
    }
    const quiet = await page.evaluate(waitForQuiet, { frames: 20, timeoutMs: 30_000 });
    if (quiet.timedOut) result.errors.push('the app was still busy 30 s after the first render');
    const raw = await page.evaluate(rawIndexedDbRead, dbName);
    if (raw.count !== size) result.errors.push(`raw IndexedDB read ${raw.count} entries, expected ${size}`);
    if (!render.hookActive && !result.errors.some((e) => e.startsWith('React'))) {
      result.errors.push(
        "React did not attach to the bench's DevTools hook: interactions were timed from DOM mutations only and may be under-measured",
      );
    }
    if (run < 0) continue;
    result.firstRender.push(render.firstRender.tFrame);
    result.firstRenderDom.push(render.firstRender.tDom);
    result.fullyLoaded.push(quiet.settledAt);
    result.rawIdb.push(raw.totalMs);
    result.rawIdbGetAll.push(raw.getAllMs);
    result.breakdowns.push(render);
    log(`  ${size}: first render ${fmt(render.firstRender.tFrame)} ms (raw IndexedDB ${fmt(raw.totalMs)} ms)`);
  }

  // The same in a new window, as when the app starts: the previous window is closed first, so no
  // earlier document is torn down during the measurement. The last one is used from here on.
  for (let run = 0; run < freshRuns; run += 1) {
    const fresh = await context.newPage();
    await fresh.addInitScript((text) => {
      try {
        if (!sessionStorage.getItem('__benchExpect')) sessionStorage.setItem('__benchExpect', text);
      } catch {
        // about:blank has no sessionStorage
      }
    }, expected);
    await page.close();
    page = fresh;
    await page.goto(baseUrl, { waitUntil: 'commit' });
    const render = await page.evaluate(awaitFirstRender, 30_000);
    if (render.ok) result.firstRenderFresh.push(render.firstRender.tFrame);
    else result.errors.push(`a new window did not show "${expected}" within 30 s`);
  }
  await page.evaluate(waitForQuiet, { frames: 20, timeoutMs: 30_000 });

  if (wantProfile) {
    result.profile = `  reload → fully loaded and idle:\n${await profiled(context, page, async () => {
      await page.reload({ waitUntil: 'commit' });
      await page.evaluate(awaitFirstRender, 30_000);
      await page.evaluate(waitForQuiet, { frames: 20, timeoutMs: 30_000 });
    })}`;
  }
  return page;
}

/**
 * Times search as you type, one keystroke at a time; a failure is noted in the result, not thrown,
 * so the other measurements still run.
 * @param {JournalStep} step
 */
export async function measureSearch({ context, page, size, expected, result }) {
  // 2. Search as you type, one keystroke at a time, each timed until the list has settled.
  try {
    for (let round = 0; round < searchRounds; round += 1) {
      for (const query of queries) {
        for (let i = 1; i <= query.length; i += 1) {
          const prefix = query.slice(0, i);
          const timing = await page.evaluate(timeInteraction, { control: { ariaLabel: 'Search entries' }, value: prefix, ...settle });
          result.keystrokes.push({
            query,
            prefix,
            resultMs: timing.resultMs,
            latencyMs: timing.latencyMs,
            domMs: timing.domMs,
            status: timing.statusAfter,
            timedOut: timing.timedOut,
            commits: timing.commits,
            longTasks: timing.longTasks,
          });
          if (timing.timedOut) result.errors.push(`search "${prefix}" did not settle within ${settle.timeoutMs} ms`);
        }
        const cleared = await page.evaluate(timeInteraction, { control: { ariaLabel: 'Search entries' }, value: '', ...settle });
        result.clears.push(cleared.latencyMs);
        if (!cleared.statusAfter.startsWith(expected))
          result.errors.push(`after clearing the search the status says "${cleared.statusAfter}"`);
      }
    }
    const p95 = percentile(
      result.keystrokes.map((k) => k.latencyMs),
      95,
    );
    log(`  ${size}: search p95 ${fmt(p95)} ms over ${result.keystrokes.length} keystrokes`);
    if (wantProfile) {
      await page.evaluate(timeInteraction, { control: { ariaLabel: 'Search entries' }, value: '', ...settle });
      result.profile += `\n  first search keystroke ("l"):\n${await profiled(context, page, async () => {
        await page.evaluate(timeInteraction, { control: { ariaLabel: 'Search entries' }, value: 'l', ...settle });
      })}`;
      await page.evaluate(timeInteraction, { control: { ariaLabel: 'Search entries' }, value: '', ...settle });
    }
  } catch (error) {
    result.errors.push(`search: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/**
 * Times changing the kind and scope filters to each option and back to "All …".
 * @param {Omit<JournalStep, 'context'>} step
 */
export async function measureFilters({ page, size, expected, result }) {
  // 3. Filter changes: every option of each select in turn, then back to "All …".
  /** @param {string} label @param {string[]} options @param {string} all @param {{ result: number[], settled: number[] }} into */
  const cycle = async (label, options, all, into) => {
    try {
      for (let round = 0; round < filterRounds; round += 1) {
        for (const optionLabel of [...options, all]) {
          const timing = await page.evaluate(timeInteraction, { control: { label }, value: '', optionLabel, ...settle });
          into.result.push(timing.resultMs);
          into.settled.push(timing.latencyMs);
          if (timing.timedOut) result.errors.push(`${label} → ${optionLabel} did not settle`);
          if (optionLabel === all && !timing.statusAfter.startsWith(expected))
            result.errors.push(`after ${label} → ${all} the status says "${timing.statusAfter}"`);
        }
      }
    } catch (error) {
      result.errors.push(`${label}: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  await cycle('Filter by kind', kindLabels, 'All kinds', result.kind);
  await cycle('Filter by scope', scopeLabels, 'All scopes', result.scope);
  log(`  ${size}: filters kind median ${fmt(median(result.kind.settled))} ms, scope median ${fmt(median(result.scope.settled))} ms`);
}

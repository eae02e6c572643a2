// @ts-check
/**
 * The Insights screen's measurements at one size: its aggregation for every chart, run in the
 * journal's page over the records loaded for the baselines, and its first render after a reload.
 */
import { insightsGlobal } from './aggregation.mjs';
import { log, sleep } from './clock.mjs';
import { aggregationRuns, baseUrl, insightsPeriods, insightsSlowMs, insightsTimeoutMs, reloads } from './config.mjs';
import { insightsAggregation } from './insights-probes.mjs';
import { awaitInsightsRender, waitForQuiet } from './render-probes.mjs';
import { fmt, median, percentile } from './stats.mjs';

/** @typedef {import('./measure-size.mjs').SizeResult} SizeResult */

/**
 * Times the Insights functions in the page, over `window.__benchRecords`; a failure is noted in the
 * result, so the other measurements still run.
 * @param {{ page: import('playwright-core').Page, size: number, insightsBundle: string, result: SizeResult }} step
 *   `insightsBundle` is the code from buildInsightsBundle()
 */
export async function measureInsightsAggregation({ page, size, insightsBundle, result }) {
  try {
    await page.evaluate(insightsBundle); // a script: defines window.__benchInsights (CSP does not apply to evaluate)
    result.aggregation = await page.evaluate(insightsAggregation, {
      globalName: insightsGlobal,
      runs: aggregationRuns,
      periods: insightsPeriods,
    });
    const line = Object.entries(result.aggregation.byPeriod)
      .map(([name, p]) => `${name} median ${fmt(median(p.total))} ms, p95 ${fmt(percentile(p.total, 95))} ms`)
      .join('; ');
    log(`  ${size}: Insights aggregation ${line}`);
  } catch (error) {
    result.errors.push(`Insights aggregation: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/**
 * Times the Insights screen's first render with data. A render stuck past the timeout is left
 * with its page, so the caller goes on with the page returned.
 * @param {{ context: import('playwright-core').BrowserContext, page: import('playwright-core').Page, size: number, result: SizeResult }} step
 * @returns {Promise<import('playwright-core').Page>}
 */
export async function measureInsightsRender({ context, page, size, result }) {
  // 5. Insights first render: reload on #/insights, as many times as the journal's. No warm-up
  // reload: the journal's reloads have just loaded the same bundle. Bounded: a render that takes
  // longer than insightsTimeoutMs is abandoned with the page, and after a run slower than
  // insightsSlowMs no more are made.
  /** @type {string[]} */
  const notes = [];
  /** @param {import('playwright-core').ConsoleMessage} message */
  const onConsole = (message) => {
    const text = message.text();
    if (text.startsWith('[bench-insights] ')) notes.push(text.slice(17));
  };
  page.on('console', onConsole);
  try {
    await page.evaluate(() => {
      location.hash = '#/insights';
    });
    for (let run = 0; run < reloads; run += 1) {
      notes.length = 0;
      await page.reload({ waitUntil: 'commit' });
      const pending = page.evaluate(awaitInsightsRender, insightsTimeoutMs + 60_000);
      pending.catch(() => {}); // rejected when the page is closed below
      const render = await Promise.race([pending, sleep(insightsTimeoutMs).then(() => null)]);
      if (!render || !render.ok) {
        result.insightsTimedOut = { afterMs: insightsTimeoutMs, notes: [...notes] };
        result.errors.push(
          `Insights did not show the "Scope over time" chart with bars within ${insightsTimeoutMs / 1000} s of the reload (so far: ${notes.join('; ') || 'nothing'}); its page was closed without waiting longer`,
        );
        log(`  ${size}: Insights first render timed out after ${insightsTimeoutMs / 1000} s (${notes.join('; ') || 'nothing shown'})`);
        // The renderer is stuck in a long task: leave it rather than wait.
        page.off('console', onConsole);
        const fresh = await context.newPage();
        await page.close({ runBeforeUnload: false }).catch(() => {});
        page = fresh;
        await page.goto(baseUrl, { waitUntil: 'commit' });
        await page.evaluate(waitForQuiet, { frames: 20, timeoutMs: 30_000 });
        return page;
      }
      const quiet = await page.evaluate(waitForQuiet, { frames: 20, timeoutMs: 30_000 });
      if (quiet.timedOut) result.errors.push('Insights was still busy 30 s after its first render');
      result.insightsRender.push(render.render.tFrame);
      result.insightsBreakdowns.push(render);
      log(`  ${size}: Insights first render ${fmt(render.render.tFrame)} ms`);
      if (render.render.tFrame > insightsSlowMs && run < reloads - 1) {
        result.errors.push(
          `Insights first render took ${fmt(render.render.tFrame)} ms: stopped after ${run + 1} run(s) of ${reloads} (each over ${insightsSlowMs / 1000} s)`,
        );
        break;
      }
    }
  } catch (error) {
    result.errors.push(`Insights first render: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    page.off('console', onConsole);
  }
  // Back to the journal for the next size: its reloads must open on the journal.
  await page.evaluate(() => history.replaceState(null, '', location.pathname + location.search)).catch(() => {});
  return page;
}

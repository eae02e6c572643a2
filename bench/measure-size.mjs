// @ts-check
/**
 * Every measurement at one journal size, in order, in the journal's page: the journal's (first
 * render, search, filters, saving an entry), the heap after a reload, the raw in-memory baselines
 * of search and the filters, then the Insights screen's (its aggregation not at a report-only
 * size). The backup, restore and import (dataflows.mjs) and the PDF export (pdf.mjs) are measured
 * after it, at some sizes.
 */
import { dbName, isReportOnly, kindIds, queries, scopeIds, searchRounds } from './config.mjs';
import { measureHeap } from './measure-heap.mjs';
import { measureInsightsAggregation, measureInsightsRender } from './measure-insights.mjs';
import { measureFilters, measureFirstRender, measureSearch } from './measure-journal.mjs';
import { measureSave } from './measure-save.mjs';
import { dropBaselineRecords, loadRecordsForBaseline, rawInMemoryBaselines } from './record-probes.mjs';

/**
 * @typedef {object} SizeResult
 * @property {number} size
 * @property {boolean} reportOnly  measured for the growth curve only: no targets
 * @property {import('./seed.mjs').Seeding | null} seeding  how the journal was brought to this size
 * @property {number[]} firstRender  navigation start → first article visible and full count shown, next frame
 * @property {number[]} firstRenderDom  same, when the DOM first had it (before the frame)
 * @property {number[]} firstRenderFresh  same, in a new window instead of a reload
 * @property {number[]} fullyLoaded  navigation start → the app's last work after a reload (every read done, idle work done)
 * @property {number[]} rawIdb  open + getAll of every entry, in the same page
 * @property {number[]} rawIdbGetAll  getAll alone
 * @property {any[]} breakdowns
 * @property {{ query: string, prefix: string, resultMs: number, latencyMs: number, domMs: number, status: string, timedOut: boolean, commits: number, longTasks: number[][] }[]} keystrokes
 * @property {number[]} clears
 * @property {{ result: number[], settled: number[] }} kind
 * @property {{ result: number[], settled: number[] }} scope
 * @property {{ search: number[], kind: number[], scope: number[], counts: Record<string, number> } | null} baseline
 * @property {import('./measure-save.mjs').SaveResult | null} save  Save → the list shows the change
 * @property {import('./measure-heap.mjs').HeapResult | null} heap  the JS heap after full load
 * @property {{ byPeriod: Record<string, { total: number[], cold: number, steps: Record<string, number[]>, summary: any }>, baseline: number[], records: number } | null} aggregation
 * @property {number[]} insightsRender  reload on #/insights → the scope chart has a bar, next frame
 * @property {any[]} insightsBreakdowns
 * @property {{ afterMs: number, notes: string[] } | null} insightsTimedOut  the render abandoned after afterMs
 * @property {import('./dataflows.mjs').DataFlowResult | null} dataflows  backup export, restore and import
 * @property {import('./import-block.mjs').ImportBlockResult | null} [importBlock]  the import watched for long tasks, after the last size
 * @property {string[]} errors
 * @property {string | null} profile
 */

/**
 * Measures the journal seeded with `size` entries. Some steps replace the page (a new window, or
 * one abandoned while stuck), so the caller goes on with the page returned.
 * @param {import('playwright-core').BrowserContext} context
 * @param {import('playwright-core').Page} startPage
 * @param {number} size
 * @param {string} insightsBundle the code from buildInsightsBundle()
 * @returns {Promise<{ result: SizeResult, page: import('playwright-core').Page }>}
 */
export async function measureSize(context, startPage, size, insightsBundle) {
  let page = startPage;
  /** @type {SizeResult} */
  const result = {
    size,
    reportOnly: isReportOnly(size),
    seeding: null,
    firstRender: [],
    firstRenderDom: [],
    firstRenderFresh: [],
    fullyLoaded: [],
    rawIdb: [],
    rawIdbGetAll: [],
    breakdowns: [],
    keystrokes: [],
    clears: [],
    kind: { result: [], settled: [] },
    scope: { result: [], settled: [] },
    baseline: null,
    save: null,
    heap: null,
    aggregation: null,
    insightsRender: [],
    insightsTimedOut: null,
    insightsBreakdowns: [],
    dataflows: null,
    errors: [],
    profile: null,
  };
  const expected = `${size.toLocaleString('en-US')} ${size === 1 ? 'entry' : 'entries'}`;
  await page.evaluate((text) => sessionStorage.setItem('__benchExpect', text), expected);

  page = await measureFirstRender({ context, page, size, expected, result });
  await measureSearch({ context, page, size, expected, result });
  await measureFilters({ page, size, expected, result });
  result.save = await measureSave({ page, size, errors: result.errors });
  result.heap = await measureHeap({ page, size, errors: result.errors });

  // Raw in-memory baselines over the same records, in the same page.
  await page.evaluate(loadRecordsForBaseline, dbName);
  result.baseline = await page.evaluate(rawInMemoryBaselines, {
    queries,
    kinds: kindIds,
    scopes: scopeIds,
    rounds: Math.max(1, searchRounds),
  });

  if (!result.reportOnly) await measureInsightsAggregation({ page, size, insightsBundle, result });
  await page.evaluate(dropBaselineRecords);

  page = await measureInsightsRender({ context, page, size, result });
  return { result, page };
}

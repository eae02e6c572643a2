// @ts-check
/**
 * The benchmark's settings: what the environment chooses, and the fixed queries, filters, periods
 * and targets the measurements and the report share.
 *
 * Environment: BENCH_PORT (4191), BENCH_SIZES ("10000,50000", ascending), BENCH_RELOADS (5),
 * BENCH_SEARCH_ROUNDS (2), BENCH_FILTER_ROUNDS (2), BENCH_FRESH_RUNS (3), BENCH_AGGREGATION_RUNS
 * (10), BENCH_INSIGHTS_TIMEOUT (30000 ms), BENCH_LAST_DAY (the generated journal's last day,
 * YYYY-MM-DD; default four days before today), BENCH_PDF_PACKETS ("50,300" entries per packet; ""
 * for none), BENCH_PDF_RUNS (5), BENCH_DATA_RUNS (recorded runs of the backup export, restore and
 * import at every size; 0 for none; default 3 up to 10,000 entries and 2 above), BENCH_PROFILE=1 to
 * add, per size, a CPU profile summary of one reload and of the first keystroke.
 * BENCH_IMPORT_BLOCK_ENTRIES (50000; 0 for none): entries of the import watched for main-thread
 * blocks through the Data screen, once, after the last size. CHROMIUM_PATH
 * (default /usr/bin/chromium) is read by scripts/chromium.mjs.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultLastDay } from './journal-span.mjs';

export const benchDir = path.dirname(fileURLToPath(import.meta.url));
export const projectRoot = path.resolve(benchDir, '..');
// Not 4190: that is on the Fetch standard's list of blocked ports (ManageSieve), so Chromium and
// Node's fetch refuse it with ERR_UNSAFE_PORT / "bad port".
export const port = Number(process.env.BENCH_PORT ?? 4191);
export const baseUrl = `http://127.0.0.1:${port}/`;
export const sizes = (process.env.BENCH_SIZES ?? '10000,50000')
  .split(',')
  .map((s) => Number(s.trim()))
  .filter((n) => Number.isFinite(n) && n > 0)
  .sort((a, b) => a - b);
export const reloads = Number(process.env.BENCH_RELOADS ?? 5);
export const searchRounds = Number(process.env.BENCH_SEARCH_ROUNDS ?? 2);
export const filterRounds = Number(process.env.BENCH_FILTER_ROUNDS ?? 2);
export const freshRuns = Number(process.env.BENCH_FRESH_RUNS ?? 3);
export const aggregationRuns = Number(process.env.BENCH_AGGREGATION_RUNS ?? 10);
export const lastDay = process.env.BENCH_LAST_DAY ?? defaultLastDay();
export const insightsTimeoutMs = Number(process.env.BENCH_INSIGHTS_TIMEOUT ?? 30_000);
/** After an Insights render slower than this, no more reloads are made at that size. */
export const insightsSlowMs = 10_000;
/** Packet sizes (entries) whose PDF export is timed, at the first journal size. */
export const pdfPacketSizes = (process.env.BENCH_PDF_PACKETS ?? '50,300')
  .split(',')
  .map((s) => Number(s.trim()))
  .filter((n) => Number.isFinite(n) && n > 0);
export const pdfRuns = Number(process.env.BENCH_PDF_RUNS ?? 5);
/** The target: the export takes at most this many times the static-HTML print. */
export const pdfTargetRatio = 1.5;
/**
 * Recorded runs of the backup export, restore and import at a size (the first size also makes one
 * warm-up run): BENCH_DATA_RUNS at every size (0 for none), else 3 up to 10,000 entries and 2
 * above (a run at 50,000 takes about 1½ minutes).
 * @param {number} size
 */
export const dataRunsAt = (size) =>
  process.env.BENCH_DATA_RUNS !== undefined ? Number(process.env.BENCH_DATA_RUNS) : size <= 10_000 ? 3 : 2;
/** How many data-flow runs were recorded, for the report's method. */
export const dataRunsText =
  process.env.BENCH_DATA_RUNS !== undefined
    ? `${Number(process.env.BENCH_DATA_RUNS)} recorded runs`
    : '3 recorded runs (2 above 10,000 entries)';
/** Entries imported through the UI while watching for long tasks (import-block.mjs); 0 for none. */
export const importBlockEntries = Number(process.env.BENCH_IMPORT_BLOCK_ENTRIES ?? 50_000);
export const wantProfile = process.env.BENCH_PROFILE === '1';
/** Entries written per transaction while seeding. */
export const chunkSize = 5_000;
/** The app's IndexedDB database. */
export const dbName = 'scope-journal';

/** What search as you type types, one character at a time. */
export const queries = ['latency', 'mentoring budget', 'payments'];
/** The filters' options: as the selects label them, and as the records store them. */
export const kindLabels = ['Win', 'Decision', 'Feedback', 'Mentoring', 'Learning', 'Incident', 'Writing', 'Reflection'];
export const kindIds = ['win', 'decision', 'feedback', 'mentoring', 'learning', 'incident', 'writing', 'reflection'];
export const scopeLabels = ['Self', 'Team', 'Department', 'Company', 'Industry'];
export const scopeIds = ['self', 'team', 'department', 'company', 'industry'];

/** Targets from the issues, by journal size. */
/** @type {Record<number, { firstRender: number, searchP95: number, aggregation: number }>} */
export const targets = {
  10_000: { firstRender: 500, searchP95: 50, aggregation: 50 },
  50_000: { firstRender: 1_000, searchP95: 150, aggregation: 200 },
};

/** The Insights periods the aggregation is timed for; the screen opens on the last four quarters. */
export const insightsPeriods = [
  { name: 'all quarters', period: { kind: 'all' } },
  { name: 'last 8 quarters', period: { kind: 'last-quarters', count: 8 } },
];

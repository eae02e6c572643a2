// @ts-check
/**
 * The benchmark's settings: what the environment chooses, and the fixed queries, filters, periods
 * and targets the measurements and the report share.
 *
 * Environment: BENCH_PORT (4191), BENCH_SIZES ("10000,50000,100000", ascending),
 * BENCH_REPORT_ONLY_SIZES ("100000": sizes measured for the growth curve only, with no targets and
 * fewer steps), BENCH_RELOADS (5), BENCH_SAVES (20 timed saves of an entry per size),
 * BENCH_SEARCH_ROUNDS (2), BENCH_FILTER_ROUNDS (2), BENCH_FRESH_RUNS (3), BENCH_AGGREGATION_RUNS
 * (10), BENCH_INSIGHTS_TIMEOUT (30000 ms), BENCH_LAST_DAY (the generated journal's last day,
 * YYYY-MM-DD; default four days before today), BENCH_PDF_PACKETS ("50,300" entries per packet; ""
 * for none), BENCH_PDF_RUNS (5), BENCH_DATA_RUNS (recorded runs of the backup export, restore and
 * import at every size but the report-only ones; 0 for none; default 3 up to 10,000 entries and 2
 * above), BENCH_PROFILE=1 to
 * add, per size, a CPU profile summary of one reload and of the first keystroke.
 * BENCH_IMPORT_BLOCK_ENTRIES (50000; 0 for none): entries of the import watched for main-thread
 * blocks through the Data screen, once, after the last size with targets. BENCH_INBOX_RUNS (3; 0
 * for none) and BENCH_INBOX_COMMITS (50000): the Inbox's git scan and calendar import (inbox.mjs),
 * once, before the journal sizes. BENCH_SUGGESTION_RUNS (20; 0 for none) and BENCH_SUGGESTIONS_SIZE
 * (50000): the coach's suggestions for an entry (suggestions.mjs); BENCH_ONLY=suggestions measures
 * that alone. BENCH_DOCX_ENTRIES (300; 0 for none) and BENCH_DOCX_RUNS (5): "Export DOCX" of a saved
 * packet at the first size with targets (docx.mjs); BENCH_ONLY=docx measures that alone.
 * BENCH_ARCHIVE_RUNS (3; 0 for none): the backup with attachments (backup-archive.mjs);
 * BENCH_ONLY=archive measures that alone. BENCH_SYNC_RUNS (3; 0 for none): the first sync of
 * 10,000 entries (sync.mjs); BENCH_ONLY=sync measures that alone. CHROMIUM_PATH
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
/** @param {string} list comma-separated entry counts */
const parseSizes = (list) =>
  list
    .split(',')
    .map((s) => Number(s.trim()))
    .filter((n) => Number.isFinite(n) && n > 0)
    .sort((a, b) => a - b);
export const sizes = parseSizes(
  process.env.BENCH_SIZES ??
    (process.env.BENCH_ONLY === 'suggestions'
      ? String(process.env.BENCH_SUGGESTIONS_SIZE ?? 50_000)
      : process.env.BENCH_ONLY === 'docx'
        ? '10000'
        : '10000,50000,100000'),
);
/**
 * Sizes measured only to show how the figures grow: no targets, no pass or fail, and only the
 * journal's steps (first render, fully loaded, search, filters, save, heap, Insights first render):
 * no Insights aggregation, backup, restore, import or PDF export.
 */
export const reportOnlySizes = parseSizes(process.env.BENCH_REPORT_ONLY_SIZES ?? '100000');
/** @param {number} size */
export const isReportOnly = (size) => reportOnlySizes.includes(size);
/** The sizes with targets, ascending. */
export const scoredSizes = sizes.filter((size) => !isReportOnly(size));
export const reloads = Number(process.env.BENCH_RELOADS ?? 5);
/** Timed saves of an entry through the editor, per size (after one warm-up save). */
export const saveRuns = Number(process.env.BENCH_SAVES ?? 20);
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
 * warm-up run): none at a report-only size, else BENCH_DATA_RUNS (0 for none), else 3 up to 10,000
 * entries and 2 above (a run at 50,000 takes about 1½ minutes).
 * @param {number} size
 */
export const dataRunsAt = (size) =>
  isReportOnly(size) ? 0 : process.env.BENCH_DATA_RUNS !== undefined ? Number(process.env.BENCH_DATA_RUNS) : size <= 10_000 ? 3 : 2;
/** How many data-flow runs were recorded, for the report's method. */
export const dataRunsText =
  process.env.BENCH_DATA_RUNS !== undefined
    ? `${Number(process.env.BENCH_DATA_RUNS)} recorded runs`
    : '3 recorded runs (2 above 10,000 entries)';
/** Entries imported through the UI while watching for long tasks (import-block.mjs); 0 for none. */
export const importBlockEntries = Number(process.env.BENCH_IMPORT_BLOCK_ENTRIES ?? 50_000);
export const wantProfile = process.env.BENCH_PROFILE === '1';
/** Recorded runs of each Inbox row (inbox.mjs: git scan, calendar import); 0 for none. */
export const inboxRuns = Number(process.env.BENCH_INBOX_RUNS ?? 3);
/** Commits in the Inbox's generated repository. */
export const inboxCommits = Number(process.env.BENCH_INBOX_COMMITS ?? 50_000);
/**
 * "Suggestions for an entry" (suggestions.mjs): measured at this journal size (it must be one of
 * the sizes), BENCH_SUGGESTION_RUNS keystrokes (20; 0 for none). BENCH_ONLY=suggestions runs that
 * row alone: it seeds only this size and measures nothing else (about two minutes).
 */
export const suggestionsSize = Number(process.env.BENCH_SUGGESTIONS_SIZE ?? 50_000);
export const suggestionRuns = Number(process.env.BENCH_SUGGESTION_RUNS ?? 20);
export const onlySuggestions = process.env.BENCH_ONLY === 'suggestions';
/** Entries of the packet whose "Export DOCX" is timed (docx.mjs), at the first size with targets; 0 for none. */
export const docxEntries = Number(process.env.BENCH_DOCX_ENTRIES ?? 300);
export const docxRuns = Number(process.env.BENCH_DOCX_RUNS ?? 5);
/** BENCH_ONLY=docx: seeds 10,000 entries and measures "Export DOCX" alone (about a minute). */
export const onlyDocx = process.env.BENCH_ONLY === 'docx';
/** BENCH_ONLY=archive: the backup export and restore with 1,000 attached images alone (a few minutes). */
export const onlyArchive = process.env.BENCH_ONLY === 'archive';
/** Recorded runs of the backup export and restore with attachments, after a warm-up (BENCH_ARCHIVE_RUNS, 3; 0 for none). */
export const archiveRuns = Number(process.env.BENCH_ARCHIVE_RUNS ?? 3);
/** BENCH_ONLY=sync: "Sync: first sync of 10,000 entries" alone (sync.mjs; 6–10 minutes on a busy 2-core machine). */
export const onlySync = process.env.BENCH_ONLY === 'sync';
/** Recorded runs of the first sync and of its raw baseline, after a warm-up (BENCH_SYNC_RUNS, 3; 0 for none). */
export const syncRuns = Number(process.env.BENCH_SYNC_RUNS ?? 3);
/** Whether anything but one row was asked for (BENCH_ONLY). */
export const onlyOneRow = onlySuggestions || onlyDocx || onlyArchive || onlySync;
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

/**
 * @typedef {object} SizeTargets  the issues' targets at one journal size, in ms unless noted
 * @property {number} firstRender  first journal render after reload, median
 * @property {number} searchP95  search as you type, p95 per keystroke
 * @property {number} kindFilter  changing "Filter by kind", median
 * @property {number} save  Save → the list shows the change, median
 * @property {number} insightsRender  Insights first render with data, median
 * @property {number} aggregation  the Insights aggregation, median
 * @property {number} [heapMb]  JS heap after full load, MB (10^6 bytes); none: report only
 */
/**
 * Targets from the issues (issue 12, "Fast at any size", for all but the aggregation), by journal
 * size; a size without targets is report only.
 * @type {Record<number, SizeTargets>}
 */
export const targets = {
  10_000: { firstRender: 300, searchP95: 16, kindFilter: 16, save: 50, insightsRender: 250, aggregation: 50 },
  50_000: { firstRender: 400, searchP95: 50, kindFilter: 30, save: 100, insightsRender: 500, aggregation: 200, heapMb: 300 },
};
/** @param {number} size @returns {SizeTargets | undefined} */
export const targetsAt = (size) => (isReportOnly(size) ? undefined : targets[size]);

/** The Insights periods the aggregation is timed for; the screen opens on the last four quarters. */
export const insightsPeriods = [
  { name: 'all quarters', period: { kind: 'all' } },
  { name: 'last 8 quarters', period: { kind: 'last-quarters', count: 8 } },
];

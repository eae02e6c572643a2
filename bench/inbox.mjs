// @ts-check
/**
 * The Inbox's two rows, through the app's own UI in Chromium with the REAL main-process handlers
 * behind the desktop contract (the end-to-end harness, tests/e2e/support/mainBridge.ts):
 *
 * - "Scan git history (one year)": a generated repository of 50,000 commits over a year
 *   (generate-git.mjs) is added with "Add git repository…"; from the click on "Scan now" until the
 *   drafts are listed. Raw baseline: the same `git log` alone (same arguments, same range, same
 *   machine), run by Node's `execFile`. Target: at most 1.5 times the baseline.
 * - "Import calendar": a year of a busy calendar, 5,000 events with recurrences
 *   (generate-calendar.mjs); from the click on "Import calendar…" until the drafts are listed.
 *   Raw baseline: ical.js parsing the same text (`ICAL.parse`, no expansion) in Node. Target 1 s.
 *
 * Each run starts from an empty Inbox (its two tables cleared, the page reloaded), so every run
 * drafts the same items.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { log } from './clock.mjs';
import { dbName, projectRoot } from './config.mjs';
import { busyCalendar } from './generate-calendar.mjs';
import { generateGitRepository, userEmail } from './generate-git.mjs';
import { median, percentile } from './stats.mjs';

export const scanTargetRatio = 1.5;
export const calendarTargetMs = 1_000;
const uiTimeoutMs = 300_000;

/**
 * @typedef {object} InboxRow
 * @property {number[]} samples  ms, one per run
 * @property {number[]} baselineSamples  ms
 * @property {number[]} transferSamples  ms: the harness handing the same text to the page
 * @property {number} drafts  drafts added by each run
 * @property {string} what  what was read, for the details
 */
/** @typedef {{ scan: InboxRow | null, calendar: InboxRow | null, errors: string[] }} InboxResult */

/** The harness's modules, loaded from TypeScript with Vite's module runner. */
async function loadHarness() {
  // pagePreload.ts finds the built preload next to itself with CommonJS's `__dirname`, which an
  // ES module runner does not define.
  /** @type {any} */ (globalThis).__dirname = path.join(projectRoot, 'tests/e2e/support');
  const { runnerImport } = await import('vite');
  const bridge = /** @type {{ module: { installMainBridge: (page: any, options: object) => Promise<unknown> } }} */ (
    await runnerImport(path.join(projectRoot, 'tests/e2e/support/mainBridge.ts'))
  );
  const command = /** @type {{ module: { gitLogArguments: (options: { since: string }) => string[] } }} */ (
    await runnerImport(path.join(projectRoot, 'src-main/shared/gitLogCommand.ts'))
  );
  return { installMainBridge: bridge.module.installMainBridge, gitLogArguments: command.module.gitLogArguments };
}

/**
 * Empties the Inbox (drafts and the memory of drafted items) behind the app's back, then reloads,
 * so the app reads the empty tables.
 * @param {import('playwright-core').Page} page
 * @param {string} baseUrl
 */
async function resetInbox(page, baseUrl) {
  await page.evaluate(
    (name) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const database = open.result;
          const transaction = database.transaction(['drafts', 'evidenceItems'], 'readwrite');
          transaction.objectStore('drafts').clear();
          transaction.objectStore('evidenceItems').clear();
          transaction.oncomplete = () => {
            database.close();
            resolve(undefined);
          };
          transaction.onerror = () => reject(transaction.error);
        };
      }),
    dbName,
  );
  // A new document, as at app start: the tables were cleared behind the app's back.
  await page.goto(`${baseUrl}#/inbox`);
  await page.reload();
  await page.getByRole('heading', { name: 'Inbox', level: 1 }).waitFor();
  await page.getByText('No drafts waiting.').waitFor();
}

/**
 * Clicks `button` and waits until the Inbox says it added drafts and lists them (the first page of
 * them); returns the time in ms and how many drafts were added.
 * @param {import('playwright-core').Page} page
 * @param {import('playwright-core').Locator} button
 */
async function timeUntilListed(page, button) {
  const started = performance.now();
  await button.click();
  const handle = await page.waitForFunction(
    () => {
      const message = document.querySelector('.inbox-message')?.textContent ?? '';
      if (document.querySelector('.inbox-message.error')) return `error: ${message}`;
      const listed = document.querySelectorAll('.inbox-list > li').length;
      const added = /^Added ([\d,]+) draft/.exec(message);
      return added && listed > 0 ? Number(added[1]?.replace(/,/g, '')) : false;
    },
    null,
    { polling: 'raf', timeout: uiTimeoutMs },
  );
  const elapsed = performance.now() - started;
  const outcome = await handle.jsonValue();
  if (typeof outcome === 'string') throw new Error(outcome);
  return { elapsed, drafts: Number(outcome) };
}

/**
 * @param {string[]} args
 * @returns {Promise<{ elapsed: number, output: string }>} ms, and what git wrote
 */
function timeGitLog(args) {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    execFile('git', args, { encoding: 'utf8', maxBuffer: 60 * 1024 * 1024 }, (error, output) =>
      error ? reject(error) : resolve({ elapsed: performance.now() - started, output }),
    );
  });
}

const echoBinding = '__benchEcho';

/**
 * The harness's own cost of handing `value` to the page: the end-to-end harness answers the page's
 * desktop calls through a Playwright binding (the DevTools protocol, JSON), where the desktop app
 * has Electron's IPC. Timed in the page, from the call until the value is there, as the app's call
 * would be; median of 3 after a warm-up.
 * @param {import('playwright-core').Page} page
 * @param {unknown} value
 */
async function timeHarnessTransfer(page, value) {
  /** @type {any} */ (page).__benchEchoValue = value;
  return page.evaluate(async (name) => {
    const echo = /** @type {() => Promise<unknown>} */ (/** @type {any} */ (window)[name]);
    const samples = [];
    for (let run = 0; run < 4; run += 1) {
      const started = performance.now();
      await echo();
      samples.push(performance.now() - started);
    }
    return samples.slice(1).sort((a, b) => a - b)[1] ?? 0;
  }, echoBinding);
}

/**
 * Measures both rows in a new page of `browser`, served from `baseUrl`.
 * @param {{ browser: import('playwright-core').Browser, baseUrl: string, lastDay: string, runs: number, commits: number }} options
 * @returns {Promise<InboxResult>}
 */
export async function measureInbox({ browser, baseUrl, lastDay, runs, commits }) {
  /** @type {InboxResult} */
  const result = { scan: null, calendar: null, errors: [] };
  const work = await mkdtemp(path.join(os.tmpdir(), 'scope-journal-bench-inbox-'));
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  try {
    const { installMainBridge, gitLogArguments } = await loadHarness();
    const repository = path.join(work, 'monorepo');
    log(`inbox: generating a repository of ${commits.toLocaleString('en-US')} commits (git fast-import)`);
    const generated = await generateGitRepository(repository, { commits, lastDay });
    const calendarFile = path.join(work, 'team-calendar.ics');
    const year = Number(lastDay.slice(0, 4)) - 1;
    const calendarText = busyCalendar({ year, events: 5_000, email: userEmail });
    await writeFile(calendarFile, calendarText);

    const page = await context.newPage();
    await page.exposeFunction(echoBinding, () => /** @type {any} */ (page).__benchEchoValue);
    await installMainBridge(page, {
      folderDialogPath: () => repository,
      openDialogPath: () => calendarFile,
      now: () => new Date(`${lastDay}T12:00:00`),
    });
    await page.goto(baseUrl);
    await page.getByRole('button', { name: 'Start empty' }).click();
    await page.goto(`${baseUrl}#/inbox`);
    await page.getByRole('heading', { name: 'Inbox', level: 1 }).waitFor();
    const git = page.getByRole('region', { name: 'Git history', exact: true });
    await git.getByLabel('Your commit emails').fill(userEmail);
    await git.getByLabel('Your commit emails').blur();
    await git.getByRole('button', { name: 'Add git repository…' }).click();
    await git.getByRole('list', { name: 'Repositories' }).getByText('monorepo', { exact: true }).waitFor();
    // The year before the generated history's last day, whatever today is.
    const since = `${Number(lastDay.slice(0, 4)) - 1}${lastDay.slice(4)}`;
    await git.getByLabel('Since').fill(since);
    await git.getByLabel('Since').blur();

    try {
      const args = ['-C', repository, ...gitLogArguments({ since })];
      // Warms the file cache, as the app's runs will find it, and gives the text the harness hands over.
      const { output } = await timeGitLog(args);
      /** @type {InboxRow} */
      const scan = { samples: [], baselineSamples: [], transferSamples: [], drafts: 0, what: '' };
      for (let run = 0; run < runs + 1; run += 1) {
        await resetInbox(page, baseUrl);
        const timed = await timeUntilListed(page, git.getByRole('button', { name: 'Scan now' }));
        const baseline = (await timeGitLog(args)).elapsed;
        const transfer = await timeHarnessTransfer(page, { ok: true, value: { status: 'read', text: output } });
        // The first run warms up the page's code paths and the worker's; it is not recorded.
        if (run === 0) continue;
        scan.samples.push(timed.elapsed);
        scan.baselineSamples.push(baseline);
        scan.transferSamples.push(transfer);
        scan.drafts = timed.drafts;
        log(
          `  scan ${run}: ${timed.elapsed.toFixed(0)} ms (${timed.drafts} drafts added); git log alone ${baseline.toFixed(0)} ms; the harness's transfer of its output ${transfer.toFixed(0)} ms`,
        );
      }
      scan.what = `${generated.commits.toLocaleString('en-US')} commits from ${generated.firstDay} to ${lastDay} (${generated.merges.toLocaleString('en-US')} pull-request merges, ${generated.userCommits.toLocaleString('en-US')} commits by the user), read since ${since}; ${scan.drafts.toLocaleString('en-US')} drafts added`;
      result.scan = scan;
    } catch (error) {
      result.errors.push(`git scan: ${error instanceof Error ? error.message : String(error)}`);
    }

    try {
      const { default: ICAL } = await import('ical.js');
      const calendar = page.getByRole('region', { name: 'Calendar', exact: true });
      /** @type {InboxRow} */
      const row = { samples: [], baselineSamples: [], transferSamples: [], drafts: 0, what: '' };
      for (let run = 0; run < runs + 1; run += 1) {
        await resetInbox(page, baseUrl);
        await calendar.getByLabel('Your calendar emails').fill(userEmail);
        await calendar.getByLabel('Your calendar emails').blur();
        await calendar.getByLabel('From', { exact: true }).fill(`${year}-01-01`);
        await calendar.getByLabel('To', { exact: true }).fill(`${year}-12-31`);
        const timed = await timeUntilListed(page, calendar.getByRole('button', { name: 'Import calendar…' }));
        const started = performance.now();
        ICAL.parse(calendarText);
        const baseline = performance.now() - started;
        const transfer = await timeHarnessTransfer(page, {
          ok: true,
          value: { status: 'opened', fileName: path.basename(calendarFile), contents: calendarText },
        });
        if (run === 0) continue;
        row.samples.push(timed.elapsed);
        row.baselineSamples.push(baseline);
        row.transferSamples.push(transfer);
        row.drafts = timed.drafts;
        log(
          `  calendar ${run}: ${timed.elapsed.toFixed(0)} ms (${timed.drafts} drafts added); ICAL.parse alone ${baseline.toFixed(0)} ms; the harness's transfer of the file ${transfer.toFixed(0)} ms`,
        );
      }
      row.what = `${(Buffer.byteLength(calendarText) / 1024 / 1024).toFixed(1)} MB .ics of ${year}; ${row.drafts.toLocaleString('en-US')} drafts added`;
      result.calendar = row;
    } catch (error) {
      result.errors.push(`calendar import: ${error instanceof Error ? error.message : String(error)}`);
    }
  } finally {
    await context.close().catch(() => {});
    await rm(work, { recursive: true, force: true });
  }
  return result;
}

/**
 * The report's rows for the Inbox (cells as in report.mjs) and the targets missed.
 * @param {InboxResult | null} inbox
 */
export function inboxRows(inbox) {
  /** @type {string[][]} */
  const rows = [];
  /** @type {string[]} */
  const failures = [];
  if (!inbox) return { rows, failures };
  const fmt = (/** @type {number} */ ms) => ms.toFixed(0);
  if (inbox.scan && inbox.scan.samples.length) {
    const value = median(inbox.scan.samples);
    const baseline = median(inbox.scan.baselineSamples);
    const limit = baseline * scanTargetRatio;
    const pass = value <= limit;
    rows.push([
      'Scan git history (one year)',
      '—',
      fmt(value),
      fmt(percentile(inbox.scan.samples, 95)),
      `${fmt(baseline)} (git log alone)`,
      `≤ ${fmt(limit)} (1.5 × git log)`,
      pass ? 'PASS' : '**FAIL**',
    ]);
    if (!pass) failures.push(`Scan git history (one year): ${fmt(value)} ms > ${fmt(limit)} ms (1.5 × git log's ${fmt(baseline)} ms)`);
  } else {
    rows.push(['Scan git history (one year)', '—', 'not measured', '—', '—', '≤ 1.5 × git log', '**FAIL**']);
    failures.push('Scan git history (one year): not measured');
  }
  if (inbox.calendar && inbox.calendar.samples.length) {
    const value = median(inbox.calendar.samples);
    const pass = value <= calendarTargetMs;
    rows.push([
      'Import calendar',
      '—',
      fmt(value),
      fmt(percentile(inbox.calendar.samples, 95)),
      `${fmt(median(inbox.calendar.baselineSamples))} (ICAL.parse alone)`,
      `≤ ${calendarTargetMs}`,
      pass ? 'PASS' : '**FAIL**',
    ]);
    if (!pass) failures.push(`Import calendar: ${fmt(value)} ms > ${calendarTargetMs} ms`);
  } else {
    rows.push(['Import calendar', '—', 'not measured', '—', '—', `≤ ${calendarTargetMs}`, '**FAIL**']);
    failures.push('Import calendar: not measured');
  }
  return { rows, failures };
}

/**
 * A row's runs, its median, and its median less the harness's transfer (what the desktop app,
 * whose IPC hands the same text over in a structured clone, would not spend).
 * @param {string} name
 * @param {InboxRow} row
 * @param {string} baselineName
 */
function rowDetails(name, row, baselineName) {
  const list = (/** @type {number[]} */ samples) => samples.map((ms) => ms.toFixed(0)).join(', ');
  const less = row.samples.map((ms, index) => ms - (row.transferSamples[index] ?? 0));
  return `- ${name}: ${row.what}. Runs: ${list(row.samples)} ms; ${baselineName}: ${list(row.baselineSamples)} ms; the harness handing the same text to the page: ${list(row.transferSamples)} ms; the runs less that transfer: ${list(less)} ms (median ${median(less).toFixed(0)}).`;
}

/**
 * The details and method lines for the Inbox rows.
 * @param {InboxResult | null} inbox
 * @param {number} runs
 */
export function inboxDetails(inbox, runs) {
  if (!inbox) return [];
  const lines = ['### Inbox', ''];
  if (inbox.scan) lines.push(rowDetails('Scan git history', inbox.scan, 'git log alone'));
  if (inbox.calendar) lines.push(rowDetails('Import calendar', inbox.calendar, 'ICAL.parse alone'));
  for (const error of inbox.errors) lines.push(`- Problem: ${error}`);
  lines.push(
    '',
    `Method: each row through the app's UI in Chromium, the real main-process handlers behind the desktop contract (the end-to-end harness), ${runs} recorded runs after one warm-up, each from an empty Inbox; the figure is the raw time from the click to the drafts listed. The harness answers the page's desktop calls through a Playwright binding (JSON over the DevTools protocol) where the desktop app has Electron's IPC: its cost of handing the same text to the page is timed apart, in the page, and shown with the runs less it, but the pass or fail is on the raw figure. The git repository is generated by bench/generate-git.mjs with git fast-import; the calendar by bench/generate-calendar.mjs.`,
    '',
  );
  return lines;
}

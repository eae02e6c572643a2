// @ts-check
/**
 * The longest main-thread block during an import of a large jrnl JSON export, through the app's
 * own UI: Data › Import… (the file chooser), the preview, then "Import N entries" until "Imported
 * …". A PerformanceObserver in the page records every `longtask` (and `long-animation-frame`,
 * where Chromium has it) from the click on Import… to the summary. Beside it, the raw baseline:
 * the same file through the same domain code all on the main thread, as the app did before its
 * worker — `readImportFile`, `countNewImports`, `previewImport`, `entriesFromCandidates` and one
 * Dexie `bulkAdd` into a fresh database — watched by the same observer. The imported entries are
 * deleted afterwards through the app's database class, so the journal is as it was for the next
 * size.
 */
import { writeFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { dataGlobal } from './aggregation.mjs';
import { installDataHelpers, loadDataBundle, receiveImportFile } from './data-page-setup.mjs';
import { jrnlJsonExport } from './dataflows.mjs';
import { generateEntries } from './generate.mjs';

/** The target, in ms. */
export const importBlockTargetMs = 100;
const chunkCharacters = 8 * 1024 * 1024;
const uiTimeoutMs = 600_000;

/**
 * @typedef {object} ImportBlockResult
 * @property {number} entries
 * @property {number} fileBytes
 * @property {number} longestMs  longest long task, file chooser → "Imported …"
 * @property {number} longestReadMs  …until the preview showed
 * @property {number} longestWriteMs  …from "Import N entries" on
 * @property {number} longTasks  how many long tasks (over 50 ms)
 * @property {number | null} longestFrameBlockingMs  longest long animation frame's blocking duration, when supported
 * @property {number} totalMs  file chosen → "Imported …", including the click on the preview
 * @property {number} baselineLongestMs  the main-thread import's longest long task
 * @property {number} baselineTotalMs
 */

/** In the page: records long tasks and long animation frames until `stopBlockWatch`. */
function startBlockWatch() {
  /** @type {any} */
  const w = window;
  const watch = {
    tasks: /** @type {{ start: number, duration: number }[]} */ ([]),
    frames: /** @type {number[]} */ ([]),
    observers: /** @type {PerformanceObserver[]} */ ([]),
  };
  const tasks = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) watch.tasks.push({ start: entry.startTime, duration: entry.duration });
  });
  tasks.observe({ type: 'longtask' });
  watch.observers.push(tasks);
  if (PerformanceObserver.supportedEntryTypes.includes('long-animation-frame')) {
    const frames = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) watch.frames.push(/** @type {any} */ (entry).blockingDuration ?? 0);
    });
    frames.observe({ type: 'long-animation-frame' });
    watch.observers.push(frames);
  }
  w.__benchBlockWatch = watch;
  return performance.now();
}

/** In the page: ends the watch (after the last task's entry is delivered) and returns it. */
async function stopBlockWatch() {
  /** @type {any} */
  const w = window;
  await new Promise((resolve) => setTimeout(resolve, 200));
  const watch = w.__benchBlockWatch;
  for (const observer of watch.observers) observer.disconnect();
  w.__benchBlockWatch = undefined;
  return { tasks: watch.tasks, frames: watch.frames, now: performance.now() };
}

/** In the page: the former path, all on the main thread, into a fresh database. */
async function mainThreadImport({ targetName, fileName, today }) {
  /** @type {any} */
  const w = window;
  const api = w.__benchData;
  const target = await w.__benchDataHelpers.freshAppDatabase(targetName);
  const start = performance.now();
  const read = api.readImportFile(fileName, w.__benchImportBytes, today);
  if (!read.ok) throw new Error(read.problem);
  await api.countNewImports(target, read);
  api.previewImport(read);
  const planned = await api.entriesFromCandidates(read.source, read.candidates, { kind: 'win', scope: 'team' }, new Set());
  await target.transaction('rw', target.entries, () => target.entries.bulkAdd(planned.entries));
  const totalMs = performance.now() - start;
  target.close();
  await w.__benchDataHelpers.deleteDatabase(targetName);
  w.__benchImportBytes = undefined;
  return totalMs;
}

/**
 * In the page: deletes every entry an import brought in (they alone have an import key), through
 * the app's database class (the data bundle), so whatever it keeps beside the entries follows.
 * @param {string} dbName
 */
async function deleteImportedEntries(dbName) {
  /** @type {any} */
  const w = window;
  const database = new w.__benchData.ScopeJournalDatabase(dbName);
  await database.open();
  try {
    return await database.transaction('rw', database.entries, async () => {
      const keys = await database.entries.orderBy('importKey').primaryKeys();
      await database.entries.bulkDelete(keys);
      return keys.length;
    });
  } finally {
    database.close();
  }
}

/** @param {{ tasks: { start: number, duration: number }[] }} watch @param {number} from @param {number} to */
const longestBetween = (watch, from, to) =>
  watch.tasks.filter((task) => task.start >= from && task.start < to).reduce((longest, task) => Math.max(longest, task.duration), 0);

/**
 * Imports `entries` generated entries through the Data screen, then the same file on the main
 * thread, each watched for long tasks.
 * @param {{ page: import('playwright-core').Page, bundle: string, dbName: string, entries: number, lastDay: string, log: (message: string) => void }} args
 * @returns {Promise<ImportBlockResult>}
 */
export async function measureImportBlock({ page, bundle, dbName, entries, lastDay, log }) {
  const text = jrnlJsonExport(generateEntries(0, entries, undefined, lastDay));
  const file = path.join(os.tmpdir(), `scope-journal-bench-import-${process.pid}.json`);
  await writeFile(file, text);
  try {
    await page.getByRole('link', { name: 'Data', exact: true }).click();
    await page.getByRole('button', { name: 'Import…' }).waitFor();
    const chooser = page.waitForEvent('filechooser');
    const watchedFrom = await page.evaluate(startBlockWatch);
    await page.getByRole('button', { name: 'Import…' }).click();
    await (await chooser).setFiles(file);
    await page.getByRole('region', { name: 'Import preview' }).waitFor({ timeout: uiTimeoutMs });
    const previewAt = await page.evaluate(() => performance.now());
    await page.getByRole('button', { name: /^Import [\d,]+ entr/ }).click();
    await page.getByText(/^Imported [\d,]+ entr/).waitFor({ timeout: uiTimeoutMs });
    const doneAt = await page.evaluate(() => performance.now());
    const watch = await page.evaluate(stopBlockWatch);

    await page.evaluate(`window.__benchDataInit = function () {\n${bundle}\nreturn ${dataGlobal};\n};`);
    await page.evaluate(loadDataBundle);
    await page.evaluate(installDataHelpers);
    const deleted = await page.evaluate(deleteImportedEntries, dbName);
    log(`  import through the UI: ${deleted} entries imported and removed again`);
    let fileBytes = 0;
    for (let start = 0; start < text.length; start += chunkCharacters) {
      fileBytes = await page.evaluate(receiveImportFile, {
        text: text.slice(start, start + chunkCharacters),
        done: start + chunkCharacters >= text.length,
      });
    }
    await page.evaluate(startBlockWatch);
    const baselineTotalMs = await page.evaluate(mainThreadImport, {
      targetName: `bench-block-${entries}`,
      fileName: 'journal.json',
      today: lastDay,
    });
    const baseline = await page.evaluate(stopBlockWatch);

    return {
      entries,
      fileBytes,
      longestMs: longestBetween(watch, watchedFrom, doneAt + 1),
      longestReadMs: longestBetween(watch, watchedFrom, previewAt),
      longestWriteMs: longestBetween(watch, previewAt, doneAt + 1),
      longTasks: watch.tasks.length,
      longestFrameBlockingMs: watch.frames.length ? Math.max(...watch.frames) : null,
      totalMs: doneAt - watchedFrom,
      baselineLongestMs: longestBetween(baseline, 0, Infinity),
      baselineTotalMs,
    };
  } finally {
    await rm(file, { force: true });
  }
}

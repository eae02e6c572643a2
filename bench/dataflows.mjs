// @ts-check
/**
 * Backup export, restore and import, at each journal size, timed in the app's page with the app's
 * own code (backupRepository.ts, backupFile.ts, importPlan.ts, importRepository.ts and the database
 * class, bundled by aggregation.mjs into `window.__benchData`), each beside a raw baseline:
 * - backup export: `exportBackup` of the seeded journal → text. Beside: `getAll()` of every
 *   backed-up store in one transaction + `JSON.stringify`. No target.
 * - restore: that text → `readBackupText` + `restoreBackup(fresh, backup, 'replace')` into a
 *   fresh, empty database, until committed. Beside: raw IndexedDB `add()` of the same entries in
 *   one transaction into a fresh database with the same stores and indexes. Target ≤ 1.5×.
 * - import: a jrnl JSON export of as many entries as the journal (the generator's entries, without
 *   uuids, so every entry is hashed for its import key) → `readImportFile` + `importCandidates`
 *   into a fresh, empty database, until committed. Beside: raw `add()` of the entries it wrote.
 *   Target ≤ 1.5×.
 * Dexie's `bulkAdd` of the same records on the app's database class is timed once, for the details.
 * The report's rows and details are in dataflow-report.mjs.
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { dataGlobal } from './aggregation.mjs';
import { generateEntries } from './generate.mjs';
import { installDataHelpers, loadDataBundle, receiveImportFile } from './data-page-setup.mjs';
import {
  dropDataFlowState,
  rawExport,
  timeBackupExport,
  timeBulkAdd,
  timeImport,
  timeRestore,
  useBackupEntriesForBaseline,
} from './data-probes.mjs';
import { fmt } from './stats.mjs';

/** The stores a backup holds (backupRepository.ts `backedUpTables`). */
const backedUpStores = ['entries', 'reviews', 'goals', 'readingList', 'packets', 'frameworks', 'settings', 'drafts', 'evidenceItems'];
const importFileName = 'journal.json';
/** Characters of the import file sent to the page per `evaluate`. */
const chunkCharacters = 8 * 1024 * 1024;
/** The storage counts as settled when its files have not changed for this long… */
const storageQuietMs = 1_000;
/** …or when this much time has passed. */
const storageSettleLimitMs = 20_000;

/** @typedef {Awaited<ReturnType<typeof timeBulkAdd>>} BulkAdd */

/**
 * @typedef {object} DataFlowResult
 * @property {number} size  entries in the journal, and in the import file
 * @property {number} runs  recorded runs
 * @property {boolean} warmedUp  whether one run before them was not recorded (`warmUpRun`)
 * @property {number[]} export  exportBackup, ms per recorded run
 * @property {Awaited<ReturnType<typeof timeBackupExport>>[]} exportRuns
 * @property {number[]} rawExport  getAll of every store + JSON.stringify, ms
 * @property {Awaited<ReturnType<typeof rawExport>>[]} rawExportRuns
 * @property {number[]} restore  readBackupText + restoreBackup, ms
 * @property {Awaited<ReturnType<typeof timeRestore>>[]} restoreRuns
 * @property {number[]} restoreRaw  raw IndexedDB add of the backup's entries, ms
 * @property {BulkAdd[]} restoreRawRuns
 * @property {BulkAdd | null} restoreDexie  Dexie bulkAdd of the same, once at the first size
 * @property {number[]} import  readImportFile + importCandidates, ms
 * @property {Awaited<ReturnType<typeof timeImport>>[]} importRuns
 * @property {number[]} importRaw  raw IndexedDB add of the imported entries, ms
 * @property {BulkAdd[]} importRawRuns
 * @property {BulkAdd | null} importDexie  Dexie bulkAdd of the same, once at the first size
 * @property {number} importFileBytes
 * @property {{ export: number, restore: number, restoreRaw: number, import: number, importRaw: number } | null} warmUpRun
 * @property {number[]} settleWaits  ms waited for the storage to settle before each timed write
 * @property {number} settleTimeouts  waits that reached the limit
 * @property {string[]} errors
 */

/**
 * The entries as `jrnl --format json` writes them: tags counted at the top, each entry's tags with
 * their `@`, the time from when it was written. No `uuid` (as older jrnl versions write), so the
 * app hashes each entry for its import key.
 * @param {import('./generate.mjs').Entry[]} entries
 */
export function jrnlJsonExport(entries) {
  /** @type {Record<string, number>} */
  const tags = {};
  const exported = entries.map((entry) => {
    const entryTags = entry.tags.map((tag) => `@${tag.replace(/\s+/g, '-')}`);
    for (const tag of entryTags) tags[tag] = (tags[tag] ?? 0) + 1;
    return {
      title: entry.title,
      body: entry.body,
      date: entry.occurredOn,
      time: entry.createdAt.slice(11, 16),
      tags: entryTags,
      starred: entry.starred,
    };
  });
  return JSON.stringify({ tags, entries: exported }, null, 2);
}

/**
 * Names, sizes and modification times of every file under `dir`, as one string.
 * @param {string} dir
 * @returns {Promise<string>}
 */
async function filesState(dir) {
  const names = await readdir(dir, { recursive: true });
  const states = await Promise.all(
    names.map(async (name) => {
      try {
        const info = await stat(path.join(dir, name));
        return `${name}:${info.size}:${info.mtimeMs}`;
      } catch {
        return `${name}:gone`;
      }
    }),
  );
  return states.sort().join('\n');
}

/**
 * Waits until Chromium's IndexedDB files (one LevelDB per origin, shared by the journal and every
 * fresh database) have not changed for `storageQuietMs`: after writing and deleting tens of
 * megabytes, LevelDB compacts in the background for seconds, and a write timed meanwhile pays for
 * the previous one's. Returns how long it waited (or -1 without a folder to watch).
 * @param {string | null} dir
 * @returns {Promise<{ waitedMs: number, timedOut: boolean }>}
 */
export async function settleStorage(dir) {
  if (!dir) return { waitedMs: -1, timedOut: false };
  const start = Date.now();
  let last = '';
  let changedAt = start;
  while (Date.now() - start < storageSettleLimitMs) {
    let now;
    try {
      now = await filesState(dir);
    } catch {
      return { waitedMs: -1, timedOut: false };
    }
    if (now !== last) {
      last = now;
      changedAt = Date.now();
    } else if (Date.now() - changedAt >= storageQuietMs) {
      return { waitedMs: Date.now() - start, timedOut: false };
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { waitedMs: Date.now() - start, timedOut: true };
}

/**
 * Times the backup export, the restore and the import at one journal size, in the journal's page.
 * Each recorded run does all three, each beside its baseline: app first in even runs, baseline
 * first in odd ones, every write after the storage settled. With `warmUp` (the first size), one
 * run first is not recorded, and Dexie's `bulkAdd` is timed once for the details; at later sizes a
 * run takes tens of seconds and neither is worth the time.
 * @param {{ page: import('playwright-core').Page, bundle: string, dbName: string, size: number,
 *   lastDay: string, runs: number, warmUp: boolean, storageDir: string | null, log: (message: string) => void }} args
 * @returns {Promise<DataFlowResult>}
 */
export async function measureDataFlows({ page, bundle, dbName, size, lastDay, runs, warmUp, storageDir, log }) {
  /** @type {DataFlowResult} */
  const result = {
    size,
    runs,
    warmedUp: warmUp,
    export: [],
    exportRuns: [],
    rawExport: [],
    rawExportRuns: [],
    restore: [],
    restoreRuns: [],
    restoreRaw: [],
    restoreRawRuns: [],
    restoreDexie: null,
    import: [],
    importRuns: [],
    importRaw: [],
    importRawRuns: [],
    importDexie: null,
    importFileBytes: 0,
    warmUpRun: null,
    settleWaits: [],
    settleTimeouts: 0,
    errors: [],
  };
  let databaseNumber = 0;
  const freshName = (/** @type {string} */ what) => `bench-${what}-${size}-${(databaseNumber += 1)}`;
  const settle = async () => {
    const waited = await settleStorage(storageDir);
    if (waited.waitedMs >= 0) result.settleWaits.push(waited.waitedMs);
    if (waited.timedOut) result.settleTimeouts += 1;
  };
  /**
   * @template T, U
   * @param {boolean} appFirst @param {() => Promise<T>} app @param {() => Promise<U>} baseline
   * @returns {Promise<[T, U]>}
   */
  const pair = async (appFirst, app, baseline) => {
    await settle();
    if (appFirst) {
      const a = await app();
      await settle();
      return [a, await baseline()];
    }
    const b = await baseline();
    await settle();
    return [await app(), b];
  };

  // Defined as a function now (the page's CSP does not apply to evaluate), run in a task of its own.
  await page.evaluate(`window.__benchDataInit = function () {\n${bundle}\nreturn ${dataGlobal};\n};`);
  await page.evaluate(loadDataBundle);
  await page.evaluate(installDataHelpers);
  const text = jrnlJsonExport(generateEntries(0, size, undefined, lastDay));
  for (let start = 0; start < text.length; start += chunkCharacters) {
    const done = start + chunkCharacters >= text.length;
    result.importFileBytes = await page.evaluate(receiveImportFile, { text: text.slice(start, start + chunkCharacters), done });
  }

  const firstRun = warmUp ? -1 : 0;
  for (let run = firstRun; run < runs; run += 1) {
    const appFirst = (run - firstRun) % 2 === 0;
    try {
      await settle();
      const exported = await page.evaluate(timeBackupExport, { dbName });
      const rawExported = await page.evaluate(rawExport, { dbName, stores: backedUpStores });
      if (run === firstRun) await page.evaluate(useBackupEntriesForBaseline);
      const [restored, restoreRaw] = await pair(
        appFirst,
        () => page.evaluate(timeRestore, { targetName: freshName('restore') }),
        () => page.evaluate(timeBulkAdd, { targetName: freshName('raw'), how: 'raw', records: 'backup' }),
      );
      if (restored.entries !== size) result.errors.push(`a restore wrote ${restored.entries} entries, expected ${size}`);
      // The first import keeps what it wrote: the records of the import's baseline, so it goes first.
      const [imported, importRaw] = await pair(
        appFirst || run === firstRun,
        () =>
          page.evaluate(timeImport, {
            targetName: freshName('import'),
            fileName: importFileName,
            today: lastDay,
            keepRecords: run === firstRun,
          }),
        () => page.evaluate(timeBulkAdd, { targetName: freshName('raw'), how: 'raw', records: 'import' }),
      );
      if (imported.entries !== imported.added)
        result.errors.push(`an import added ${imported.added} entries but the database holds ${imported.entries}`);
      if (run < 0) {
        result.warmUpRun = {
          export: exported.totalMs,
          restore: restored.totalMs,
          restoreRaw: restoreRaw.totalMs,
          import: imported.totalMs,
          importRaw: importRaw.totalMs,
        };
        continue;
      }
      result.export.push(exported.totalMs);
      result.exportRuns.push(exported);
      result.rawExport.push(rawExported.totalMs);
      result.rawExportRuns.push(rawExported);
      result.restore.push(restored.totalMs);
      result.restoreRuns.push(restored);
      result.restoreRaw.push(restoreRaw.totalMs);
      result.restoreRawRuns.push(restoreRaw);
      result.import.push(imported.totalMs);
      result.importRuns.push(imported);
      result.importRaw.push(importRaw.totalMs);
      result.importRawRuns.push(importRaw);
      log(
        `  ${size}: export ${fmt(exported.totalMs)} ms; restore ${fmt(restored.totalMs)} ms (raw add ${fmt(restoreRaw.totalMs)} ms); import ${fmt(imported.totalMs)} ms (raw add ${fmt(importRaw.totalMs)} ms)`,
      );
    } catch (error) {
      const message = `backup, restore and import, run ${run + 1}: ${error instanceof Error ? error.message : String(error)}`;
      result.errors.push(message);
      log(`  ${size}: ${message}`);
      break;
    }
  }
  if (warmUp && result.restore.length) {
    try {
      await settle();
      result.restoreDexie = await page.evaluate(timeBulkAdd, { targetName: freshName('dexie'), how: 'dexie', records: 'backup' });
      await settle();
      result.importDexie = await page.evaluate(timeBulkAdd, { targetName: freshName('dexie'), how: 'dexie', records: 'import' });
    } catch (error) {
      result.errors.push(`Dexie's bulkAdd: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  await page.evaluate(dropDataFlowState).catch(() => {});
  return result;
}

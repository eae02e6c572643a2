// @ts-check
/**
 * "Backup export with attachments" and "Restore backup with attachments" (issue 16): a journal of
 * 1,000 entries, each with one image of 200 KB (200 MB in all, each with a thumbnail), in a
 * database of its own, written with the app's database class.
 *
 * - Export: the app's `exportBackupArchive` (tables and file list in one transaction, the backup
 *   JSON, the manifest, each file read and zipped one at a time) into a sink that keeps each piece
 *   as a Blob, as the bridge to main takes it off the page. Raw baseline: every backed-up store
 *   read in one transaction and `JSON.stringify`d, then every stored file's and thumbnail's bytes,
 *   zipped with fflate's streaming `Zip`, into the same kind of sink.
 * - Restore: the app's `readBackupStream` over the archive in 4 MB pieces (every member hashed and
 *   checked), `readBackupText` of the backup, and `restoreBackup` with the files into an empty
 *   database. Raw baseline: fflate's streaming `Unzip` of the same pieces, the JSON parsed, its
 *   entries and every file (a Blob) added to an empty database; no checksum, no record checked.
 * Each figure is the median of the recorded runs, after one warm-up; the peak JS heap is sampled
 * every 20 ms over the DevTools protocol (`Runtime.getHeapUsage`) while a run works. Target: the
 * app at most 1.5× its raw baseline, in time and in peak heap.
 */
import { dataGlobal } from './aggregation.mjs';
import { baseUrl } from './config.mjs';
import { loadDataBundle } from './data-page-setup.mjs';
import { generateEntries } from './generate.mjs';

const pageUrl = `${baseUrl}__bench-archive`;
const sourceName = 'scope-journal-archive-bench';
const targetName = 'scope-journal-archive-bench-restore';
export const archiveFiles = 1000;
export const archiveFileBytes = 200 * 1024;
export const archiveTargetRatio = 1.5;

/**
 * @typedef {object} ArchiveFigures
 * @property {number[]} appMs
 * @property {number[]} rawMs
 * @property {number[]} appHeapMb  peak JS heap above the heap before the run
 * @property {number[]} rawHeapMb
 */
/**
 * @typedef {object} ArchiveResult
 * @property {number} files
 * @property {number} bytes  the archive's size
 * @property {ArchiveFigures} exportRun
 * @property {ArchiveFigures} restoreRun
 * @property {string[]} errors
 */

/** In the page: 1,000 entries with one image each, written with the app's database class. */
async function seedArchiveJournal({ sourceName, entriesJson, files, fileBytes }) {
  /** @type {any} */
  const w = window;
  const data = w.__benchData;
  await data.ScopeJournalDatabase.delete?.(sourceName);
  const db = new data.ScopeJournalDatabase(sourceName);
  await db.delete();
  await db.open();
  const entries = JSON.parse(entriesJson);
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0, 0, 0, 1, 0, 8, 6, 0, 0, 0];
  const rows = [];
  for (let index = 0; index < files; index += 1) {
    const bytes = new Uint8Array(fileBytes);
    crypto.getRandomValues(bytes.subarray(0, 65536));
    for (let at = 65536; at < fileBytes; at += 65536) crypto.getRandomValues(bytes.subarray(at, Math.min(fileBytes, at + 65536)));
    bytes.set(png);
    const thumbnail = new Uint8Array(12 * 1024);
    crypto.getRandomValues(thumbnail);
    thumbnail.set(png);
    const hex = async (/** @type {Uint8Array} */ value) =>
      [...new Uint8Array(await crypto.subtle.digest('SHA-256', value))].map((byte) => byte.toString(16).padStart(2, '0')).join('');
    const hash = await hex(bytes);
    rows.push({
      hash,
      mediaType: 'image/png',
      byteSize: fileBytes,
      blob: new Blob([bytes], { type: 'image/png' }),
      thumbnail: new Blob([thumbnail], { type: 'image/png' }),
      createdAt: '2026-01-01T00:00:00.000Z',
      lastAddedAt: '2026-01-01T00:00:00.000Z',
    });
    entries[index].attachments = [
      { hash, fileName: `screenshot-${index}.png`, mediaType: 'image/png', byteSize: fileBytes, width: 256, height: 256 },
    ];
  }
  await db.transaction('rw', db.entries, db.attachments, async () => {
    await db.entries.bulkAdd(entries);
    for (let start = 0; start < rows.length; start += 100) await db.attachments.bulkAdd(rows.slice(start, start + 100));
  });
  db.close();
}

/** In the page: one export, app or raw; keeps the archive's pieces for the restores. */
async function exportOnce({ sourceName, how }) {
  /** @type {any} */
  const w = window;
  const data = w.__benchData;
  const db = new data.ScopeJournalDatabase(sourceName);
  await db.open();
  /** @type {Blob[]} */
  const pieces = [];
  let bytes = 0;
  const sink = (/** @type {Uint8Array} */ piece) => {
    bytes += piece.byteLength;
    // Both keep what they are given, as the bridge to main takes it off the page.
    pieces.push(new Blob([piece]));
    return Promise.resolve();
  };
  const started = performance.now();
  if (how === 'app') {
    await data.exportBackupArchive(db, sink, new Date('2026-12-01T00:00:00Z'));
  } else {
    // Raw: every backed-up store read in one transaction and stringified, then every file's bytes,
    // zipped by fflate's streaming Zip.
    const names = ['entries', 'reviews', 'goals', 'readingList', 'packets', 'frameworks', 'settings', 'drafts', 'evidenceItems'];
    const { tables, rows } = await db.transaction('r', [...names, 'attachments'], async () => ({
      tables: Object.fromEntries(await Promise.all(names.map(async (name) => [name, await db.table(name).toArray()]))),
      rows: await db.attachments.toArray(),
    }));
    await new Promise((resolve, reject) => {
      /** @type {Promise<void>} */
      let queue = Promise.resolve();
      const zip = new data.Zip((/** @type {Error | null} */ error, /** @type {Uint8Array} */ chunk, /** @type {boolean} */ final) => {
        if (error) reject(error);
        else {
          queue = queue.then(() => sink(chunk));
          if (final) queue.then(resolve, reject);
        }
      });
      (async () => {
        const text = new data.ZipPassThrough('backup.json');
        zip.add(text);
        text.push(new TextEncoder().encode(JSON.stringify(tables)), true);
        for (const row of rows) {
          const member = new data.ZipPassThrough(`files/${row.hash}`);
          zip.add(member);
          member.push(new Uint8Array(await row.blob.arrayBuffer()), true);
          await queue;
          if (row.thumbnail) {
            const thumbnail = new data.ZipPassThrough(`thumbnails/${row.hash}`);
            zip.add(thumbnail);
            thumbnail.push(new Uint8Array(await row.thumbnail.arrayBuffer()), true);
          }
        }
        zip.end();
      })().catch(reject);
    });
  }
  const ms = performance.now() - started;
  db.close();
  if (how === 'app') w.__benchArchive = new Blob(pieces);
  return { ms, bytes };
}

/** In the page: one restore of the kept archive into an empty database, app or raw. */
async function restoreOnce({ targetName, how }) {
  /** @type {any} */
  const w = window;
  const data = w.__benchData;
  /** @type {Blob} */
  const archive = w.__benchArchive;
  const target = new data.ScopeJournalDatabase(targetName);
  await target.delete();
  await target.open();
  let at = 0;
  const next = async () => {
    const end = Math.min(archive.size, at + 4 * 1024 * 1024);
    const bytes = new Uint8Array(await archive.slice(at, end).arrayBuffer());
    at = end;
    return { bytes, done: end >= archive.size };
  };
  const started = performance.now();
  let files = 0;
  if (how === 'app') {
    const read = await data.readBackupStream(next);
    if (!read.ok) throw new Error(read.problem);
    const checked = await data.readBackupText(read.text);
    if (!checked.ok) throw new Error(checked.problem);
    await data.restoreBackup(target, checked.backup, 'replace', new Date('2026-12-01T00:00:00Z'), read.files);
    files = await target.attachments.count();
  } else {
    // Raw: fflate's streaming Unzip of the same pieces, the backup's JSON parsed and its entries
    // added, every file kept as a Blob and added; no checksum, no check of any record.
    /** @type {{ name: string, blob: Blob }[]} */
    const members = [];
    const unzip = new data.Unzip();
    unzip.register(data.UnzipPassThrough);
    unzip.onfile = (/** @type {any} */ file) => {
      /** @type {Uint8Array[]} */
      const parts = [];
      file.ondata = (/** @type {Error | null} */ error, /** @type {Uint8Array} */ chunk, /** @type {boolean} */ final) => {
        if (error) throw error;
        parts.push(chunk);
        if (final) members.push({ name: file.name, blob: new Blob(parts) });
      };
      file.start();
    };
    for (;;) {
      const piece = await next();
      unzip.push(piece.bytes, piece.done);
      if (piece.done) break;
    }
    const backup = members.find((member) => member.name.endsWith('.json') && member.name !== 'attachments.json');
    const parsed = JSON.parse((await backup?.blob.text()) ?? '{}');
    const thumbnails = new Map(
      members.filter((member) => member.name.startsWith('thumbnails/')).map((member) => [member.name, member.blob]),
    );
    const rows = members
      .filter((member) => member.name.startsWith('files/'))
      .map((member) => ({
        hash: member.name.slice('files/'.length),
        blob: member.blob,
        mediaType: 'image/png',
        byteSize: member.blob.size,
        thumbnail: thumbnails.get(`thumbnails/${member.name.slice('files/'.length)}`) ?? null,
        createdAt: '',
        lastAddedAt: '',
      }));
    const entries = parsed.data?.entries ?? parsed.entries ?? [];
    await target.transaction('rw', target.entries, target.attachments, async () => {
      for (let start = 0; start < entries.length; start += 500) await target.entries.bulkAdd(entries.slice(start, start + 500));
      for (let start = 0; start < rows.length; start += 100) await target.attachments.bulkAdd(rows.slice(start, start + 100));
    });
    files = rows.length;
  }
  const ms = performance.now() - started;
  target.close();
  return { ms, files };
}

/**
 * Runs `work` while sampling the page's JS heap; resolves to its result and the peak above the
 * heap before it, in MB.
 * @template T
 * @param {import('playwright-core').CDPSession} cdp
 * @param {() => Promise<T>} work
 * @returns {Promise<{ result: T, peakMb: number }>}
 */
async function withPeakHeap(cdp, work) {
  await cdp.send('HeapProfiler.collectGarbage');
  const before = (await cdp.send('Runtime.getHeapUsage')).usedSize;
  let peak = before;
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      const usage = await cdp.send('Runtime.getHeapUsage').catch(() => null);
      if (usage) peak = Math.max(peak, usage.usedSize);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  })();
  try {
    const result = await work();
    return { result, peakMb: (peak - before) / 1e6 };
  } finally {
    sampling = false;
    await sampler;
  }
}

/**
 * Measures both rows in `page`'s browser context, in a blank document of the app's origin.
 * @param {{ page: import('playwright-core').Page, bundle: string, runs: number, lastDay: string, log: (message: string) => void }} args
 * @returns {Promise<ArchiveResult>}
 */
export async function measureBackupArchive({ page, bundle, runs, lastDay, log }) {
  /** @type {ArchiveResult} */
  const result = {
    files: archiveFiles,
    bytes: 0,
    exportRun: { appMs: [], rawMs: [], appHeapMb: [], rawHeapMb: [] },
    restoreRun: { appMs: [], rawMs: [], appHeapMb: [], rawHeapMb: [] },
    errors: [],
  };
  await page.route(pageUrl, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><meta charset="utf-8"><title>Archive</title>' }),
  );
  const cdp = await page.context().newCDPSession(page);
  try {
    await page.goto(pageUrl);
    await page.evaluate(`window.__benchDataInit = function () {\n${bundle}\nreturn ${dataGlobal};\n};`);
    await page.evaluate(loadDataBundle);
    log(`  writing ${archiveFiles} entries with an image of ${archiveFileBytes / 1024} KB each`);
    const entriesJson = JSON.stringify(generateEntries(0, archiveFiles, 7, lastDay));
    await page.evaluate(seedArchiveJournal, { sourceName, entriesJson, files: archiveFiles, fileBytes: archiveFileBytes });
    for (let run = 0; run <= runs; run += 1) {
      for (const how of /** @type {const} */ (['raw', 'app'])) {
        const { result: exported, peakMb } = await withPeakHeap(cdp, () => page.evaluate(exportOnce, { sourceName, how }));
        if (how === 'app') result.bytes = exported.bytes;
        if (run === 0) continue;
        result.exportRun[how === 'app' ? 'appMs' : 'rawMs'].push(exported.ms);
        result.exportRun[how === 'app' ? 'appHeapMb' : 'rawHeapMb'].push(peakMb);
      }
      for (const how of /** @type {const} */ (['raw', 'app'])) {
        const { result: restored, peakMb } = await withPeakHeap(cdp, () => page.evaluate(restoreOnce, { targetName, how }));
        if (restored.files !== archiveFiles) result.errors.push(`the ${how} restore stored ${restored.files} files, not ${archiveFiles}`);
        if (run === 0) continue;
        result.restoreRun[how === 'app' ? 'appMs' : 'rawMs'].push(restored.ms);
        result.restoreRun[how === 'app' ? 'appHeapMb' : 'rawHeapMb'].push(peakMb);
      }
      log(`  run ${run}${run === 0 ? ' (warm-up)' : ''} done`);
    }
  } catch (error) {
    result.errors.push(error instanceof Error ? error.message : String(error));
  } finally {
    await page
      .evaluate(
        async ({ sourceName, targetName }) => {
          /** @type {any} */
          const w = window;
          delete w.__benchArchive;
          for (const name of [sourceName, targetName]) await new w.__benchData.ScopeJournalDatabase(name).delete();
        },
        { sourceName, targetName },
      )
      .catch(() => undefined);
    await cdp.detach().catch(() => undefined);
    await page.unroute(pageUrl);
  }
  return result;
}

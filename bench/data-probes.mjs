// @ts-check
/**
 * Functions that run inside the page for bench/dataflows.mjs: the app's backup export, restore and
 * import, timed with the functions of the data bundle (`window.__benchData`, see aggregation.mjs),
 * and their raw IndexedDB baselines. Playwright serialises each one with `toString()`, so each is
 * self-contained; what they share, `installDataHelpers` (data-page-setup.mjs) puts on
 * `window.__benchDataHelpers` first.
 */

/**
 * The app's `exportBackup` of the journal, through a connection opened before the clock starts (as
 * the app's is). Keeps the text on `window.__benchBackupText` for the restore. Parts: its read
 * transaction (until completed), the canonical JSON for the checksum (until the digest is asked
 * for), the SHA-256 digest, and writing the text.
 * @param {{ dbName: string }} args
 */
export async function timeBackupExport({ dbName }) {
  /** @type {any} */
  const w = window;
  const helpers = w.__benchDataHelpers;
  const database = new w.__benchData.ScopeJournalDatabase(dbName);
  await database.open();
  helpers.startLog();
  const t0 = performance.now();
  const text = await w.__benchData.exportBackup(database);
  const t1 = performance.now();
  const log = helpers.stopLog();
  database.close();
  const read = log.transactions.find((/** @type {any} */ x) => x.db === dbName && x.mode === 'readonly' && x.stores.includes('entries'));
  const digest = log.digests[0];
  w.__benchBackupText = text;
  const readEnd = read && read.end > 0 ? read.end : -1;
  return {
    totalMs: t1 - t0,
    readMs: readEnd > 0 ? readEnd - t0 : -1,
    canonicalMs: digest && readEnd > 0 ? digest.start - readEnd : -1,
    digestMs: digest ? digest.end - digest.start : -1,
    textMs: digest ? t1 - digest.end : -1,
    characters: text.length,
    bytes: new Blob([text]).size,
  };
}

/**
 * Baseline for the export: one read-only transaction with `getAll()` on every backed-up store,
 * then `JSON.stringify` of the rows.
 * @param {{ dbName: string, stores: string[] }} args
 */
export async function rawExport({ dbName, stores }) {
  /** @type {any} */
  const w = window;
  const database = await w.__benchDataHelpers.openRaw(dbName);
  const t0 = performance.now();
  const tx = database.transaction(stores, 'readonly');
  /** @type {Record<string, unknown[]>} */
  const tables = {};
  await Promise.all(
    stores.map(
      (store) =>
        new Promise((resolve, reject) => {
          const request = tx.objectStore(store).getAll();
          request.onsuccess = () => resolve((tables[store] = request.result));
          request.onerror = () => reject(request.error);
        }),
    ),
  );
  const t1 = performance.now();
  const text = JSON.stringify(tables);
  const t2 = performance.now();
  database.close();
  return { totalMs: t2 - t0, getAllMs: t1 - t0, stringifyMs: t2 - t1, characters: text.length };
}

/**
 * The app's restore of the backup text (`window.__benchBackupText`) into a fresh, empty database
 * with the app's schema (opened before the clock starts, deleted afterwards): `readBackupText`
 * (parse, checksum, every record checked) then `restoreBackup(…, 'replace')` (a safety snapshot,
 * then one transaction over every table), until it has committed. Parts, from the log:
 * `readBackupText` as JSON.parse, envelope check + canonical JSON (until the digest is asked for),
 * the digest, and the records' checks; then up to the restore's transaction (the snapshot); then
 * that transaction, as before its first write, placing the writes, committing.
 * @param {{ targetName: string }} args
 */
export async function timeRestore({ targetName }) {
  /** @type {any} */
  const w = window;
  const helpers = w.__benchDataHelpers;
  const target = await helpers.freshAppDatabase(targetName);
  helpers.startLog();
  const t0 = performance.now();
  const read = await w.__benchData.readBackupText(w.__benchBackupText);
  const t1 = performance.now();
  if (!read.ok) {
    helpers.stopLog();
    target.close();
    await helpers.deleteDatabase(targetName);
    throw new Error(`readBackupText refused the backup: ${read.problem}`);
  }
  await w.__benchData.restoreBackup(target, read.backup, 'replace');
  const t2 = performance.now();
  const log = helpers.stopLog();
  const main = log.transactions.find(
    (/** @type {any} */ x) => x.db === targetName && x.mode === 'readwrite' && x.stores.includes('entries'),
  );
  const parse = log.parses.find((/** @type {any} */ x) => x.start < t1);
  const digest = log.digests.find((/** @type {any} */ x) => x.start < t1);
  const entries = await target.entries.count();
  target.close();
  await helpers.deleteDatabase(targetName);
  return {
    totalMs: t2 - t0,
    checkMs: t1 - t0,
    parseMs: parse ? parse.end - parse.start : -1,
    canonicalMs: parse && digest ? digest.start - parse.end : -1,
    digestMs: digest ? digest.end - digest.start : -1,
    recordsMs: digest ? t1 - digest.end : -1,
    snapshotMs: main ? main.start - t1 : -1,
    transactionMs: main ? t2 - main.start : -1,
    ...helpers.writeParts(main, t2),
    entries,
  };
}

/**
 * The baselines for writing the entries of the backup or of the import (`window.__benchBaselineRecords`,
 * see `useBackupEntriesForBaseline` and `timeImport`) into a fresh database with the app's
 * stores and indexes (made by the app's database class, then closed): raw IndexedDB — `add()` of
 * every record in one read-write transaction, `commit()`, until it completes — or Dexie's `bulkAdd`
 * on the app's class. Timed from the open connection; the database is deleted afterwards.
 * @param {{ targetName: string, how: 'raw' | 'dexie', records: 'backup' | 'import' }} args
 */
export async function timeBulkAdd({ targetName, how, records: which }) {
  /** @type {any} */
  const w = window;
  const helpers = w.__benchDataHelpers;
  /** @type {unknown[]} */
  const records = w.__benchBaselineRecords?.[which];
  if (!records) throw new Error(`no ${which} records for the baseline`);
  const created = await helpers.freshAppDatabase(targetName);
  let t0;
  let t1;
  helpers.startLog();
  if (how === 'dexie') {
    t0 = performance.now();
    await created.entries.bulkAdd(records);
    t1 = performance.now();
    created.close();
  } else {
    created.close();
    const database = await helpers.openRaw(targetName);
    t0 = performance.now();
    const tx = database.transaction('entries', 'readwrite');
    const done = helpers.completion(tx);
    const store = tx.objectStore('entries');
    for (const record of records) store.add(record);
    tx.commit(); // as Dexie does once its requests are placed: no wait for the auto-commit
    await done;
    t1 = performance.now();
    database.close();
  }
  const log = helpers.stopLog();
  const write = log.transactions.find((/** @type {any} */ x) => x.db === targetName && x.mode === 'readwrite');
  await helpers.deleteDatabase(targetName);
  return { totalMs: t1 - t0, ...helpers.writeParts(write, t1) };
}

/** Keeps the entries of the backup text, parsed, for the restore's baseline (not timed). */
export function useBackupEntriesForBaseline() {
  /** @type {any} */
  const w = window;
  w.__benchBaselineRecords = { ...w.__benchBaselineRecords, backup: JSON.parse(w.__benchBackupText).data.entries };
  return w.__benchBaselineRecords.backup.length;
}

/**
 * The app's import of the file (`window.__benchImportBytes`) into a fresh, empty database with the
 * app's schema (opened before the clock starts, deleted afterwards), as the Data screen runs it:
 * `readImportFile` (detect, decode, parse, check), the preview (`countNewImports`, which hashes
 * every entry, and `previewImport`), then on "Import" `importCandidates` (hashes again, then one
 * transaction: the import keys looked up, `bulkAdd`). The import is timed from the bytes to the
 * commit without the preview (the user's pause); the preview is timed apart. Parts, from the log:
 * `readImportFile` as decoding (until JSON.parse), JSON.parse, and the candidates; the hashing
 * (until the last digest resolved), building the entries (until the transaction), then the
 * transaction. `keepRecords` keeps the written entries for the import's baseline.
 * @param {{ targetName: string, fileName: string, today: string, keepRecords: boolean }} args
 */
export async function timeImport({ targetName, fileName, today, keepRecords }) {
  /** @type {any} */
  const w = window;
  const helpers = w.__benchDataHelpers;
  const api = w.__benchData;
  const target = await helpers.freshAppDatabase(targetName);
  helpers.startLog();
  const t0 = performance.now();
  const read = api.readImportFile(fileName, w.__benchImportBytes, today);
  const t1 = performance.now();
  const parseLog = helpers.stopLog();
  if (!read.ok || !read.candidates) {
    target.close();
    await helpers.deleteDatabase(targetName);
    throw new Error(`readImportFile: ${read.ok ? `read it as ${read.source}, without candidates` : read.problem}`);
  }
  const count = await api.countNewImports(target, read);
  const preview = api.previewImport(read);
  const t2 = performance.now();
  helpers.startLog();
  const outcome = await api.importCandidates(target, read.source, read.candidates, { kind: 'win', scope: 'team' });
  const t3 = performance.now();
  const log = helpers.stopLog();
  const parse = parseLog.parses[0];
  const write = log.transactions.find(
    (/** @type {any} */ x) => x.db === targetName && x.mode === 'readwrite' && x.stores.includes('entries'),
  );
  const hashed = log.digests.reduce((/** @type {number} */ last, /** @type {any} */ x) => Math.max(last, x.end), -1);
  const entries = await target.entries.count();
  if (keepRecords) w.__benchBaselineRecords = { ...w.__benchBaselineRecords, import: await target.entries.toArray() };
  target.close();
  await helpers.deleteDatabase(targetName);
  return {
    totalMs: t1 - t0 + (t3 - t2),
    readMs: t1 - t0,
    decodeMs: parse ? parse.start - t0 : -1,
    parseMs: parse ? parse.end - parse.start : -1,
    candidatesMs: parse ? t1 - parse.end : -1,
    previewMs: t2 - t1,
    hashMs: hashed > 0 ? hashed - t2 : -1,
    digests: log.digests.length,
    buildMs: write && hashed > 0 ? write.start - hashed : -1,
    transactionMs: write ? t3 - write.start : -1,
    ...helpers.writeParts(write, t3),
    source: read.source,
    candidates: read.candidates.length,
    fresh: count.fresh,
    previewCount: preview.count,
    added: outcome.added,
    skipped: outcome.skipped,
    entries,
  };
}

/** Frees what the data-flow measurements kept in the page. */
export function dropDataFlowState() {
  /** @type {any} */
  const w = window;
  for (const key of ['__benchBackupText', '__benchBaselineRecords', '__benchImportBytes', '__benchImportParts']) w[key] = undefined;
}

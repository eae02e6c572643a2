// @ts-check
/**
 * Functions that run inside the page for bench/dataflows.mjs: the app's backup export, restore and
 * import, timed with the functions of the data bundle (`window.__benchData`, see aggregation.mjs),
 * and their raw IndexedDB baselines. Playwright serialises each one with `toString()`, so each is
 * self-contained; what they share, `installDataHelpers` puts on `window.__benchDataHelpers` first.
 */

/**
 * Once per document: helpers for the other functions, and a log that splits a restore or an import
 * into its steps without changing the code under test. While a log is started it records:
 * - each IndexedDB transaction: created when, on which stores, when the first and the last
 *   `add`/`put` was placed, when it completed;
 * - each `JSON.parse` of a text of 100,000 characters or more: start and end;
 * - each `crypto.subtle.digest`: called when, resolved when (one more promise reaction per digest).
 */
export function installDataHelpers() {
  /** @type {any} */
  const w = window;
  if (w.__benchDataHelpers) return;
  /**
   * @typedef {{ db: string, stores: string[], mode: string, start: number, firstWrite: number,
   *   lastWrite: number, writes: number, end: number, outcome: string }} TransactionRecord
   * @typedef {{ transactions: TransactionRecord[], parses: { start: number, end: number, characters: number }[],
   *   digests: { start: number, end: number }[] }} Log
   */
  /** @type {{ current: Log | null }} */
  const state = { current: null };
  /** @type {WeakMap<IDBTransaction, TransactionRecord>} */
  const byTransaction = new WeakMap();

  const transaction = IDBDatabase.prototype.transaction;
  /** @this {IDBDatabase} @param {any[]} args */
  function loggedTransaction(...args) {
    const tx = transaction.apply(this, /** @type {any} */ (args));
    const log = state.current;
    if (log) {
      /** @type {TransactionRecord} */
      const record = {
        db: this.name,
        stores: [...tx.objectStoreNames],
        mode: tx.mode,
        start: performance.now(),
        firstWrite: -1,
        lastWrite: -1,
        writes: 0,
        end: -1,
        outcome: '',
      };
      byTransaction.set(tx, record);
      tx.addEventListener('complete', () => {
        record.end = performance.now();
        record.outcome = 'complete';
      });
      tx.addEventListener('abort', () => {
        record.end = performance.now();
        record.outcome = 'abort';
      });
      log.transactions.push(record);
    }
    return tx;
  }
  IDBDatabase.prototype.transaction = /** @type {any} */ (loggedTransaction);
  for (const method of /** @type {const} */ (['add', 'put'])) {
    const write = IDBObjectStore.prototype[method];
    /** @this {IDBObjectStore} @param {any[]} args */
    const loggedWrite = function (...args) {
      const record = state.current ? byTransaction.get(this.transaction) : undefined;
      if (record) {
        const now = performance.now();
        if (record.firstWrite < 0) record.firstWrite = now;
        record.lastWrite = now;
        record.writes += 1;
      }
      return write.apply(this, /** @type {any} */ (args));
    };
    IDBObjectStore.prototype[method] = /** @type {any} */ (loggedWrite);
  }
  const parse = JSON.parse;
  /** @param {string} text @param {any} [reviver] */
  JSON.parse = function loggedParse(text, reviver) {
    const log = state.current;
    if (!log || typeof text !== 'string' || text.length < 100_000) return parse(text, reviver);
    const start = performance.now();
    try {
      return parse(text, reviver);
    } finally {
      log.parses.push({ start, end: performance.now(), characters: text.length });
    }
  };
  const digest = SubtleCrypto.prototype.digest;
  /** @this {SubtleCrypto} @param {any[]} args */
  const loggedDigest = function (...args) {
    const log = state.current;
    if (!log) return digest.apply(this, /** @type {any} */ (args));
    const record = { start: performance.now(), end: -1 };
    log.digests.push(record);
    return digest.apply(this, /** @type {any} */ (args)).then((/** @type {ArrayBuffer} */ result) => {
      record.end = performance.now();
      return result;
    });
  };
  SubtleCrypto.prototype.digest = /** @type {any} */ (loggedDigest);

  const startLog = () => {
    state.current = { transactions: [], parses: [], digests: [] };
  };
  /** @returns {Log} */
  const stopLog = () => {
    const log = state.current ?? { transactions: [], parses: [], digests: [] };
    state.current = null;
    return log;
  };
  /** @param {string} name @returns {Promise<IDBDatabase>} */
  const openRaw = (name) =>
    new Promise((resolve, reject) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  /** @param {string} name @returns {Promise<void>} */
  const deleteDatabase = (name) =>
    new Promise((resolve, reject) => {
      const request = indexedDB.deleteDatabase(name);
      request.onsuccess = () => resolve();
      request.onerror = () => reject(request.error);
      // A connection just closed may still be finishing a transaction: deletion waits for it.
      request.onblocked = () => setTimeout(() => reject(new Error(`deleting ${name} stayed blocked by an open connection`)), 30_000);
    });
  /** A fresh database with the app's schema (its own class), open. @param {string} name */
  const freshAppDatabase = async (name) => {
    const database = new w.__benchData.ScopeJournalDatabase(name);
    await database.open();
    return database;
  };
  /** @param {IDBTransaction} tx @returns {Promise<void>} */
  const completion = (tx) =>
    new Promise((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error ?? new Error('transaction aborted'));
    });
  /**
   * A write transaction's time: before its first write, placing the writes, and from the last
   * write until `end` (committed and the caller resumed).
   * @param {TransactionRecord | undefined} record @param {number} end
   */
  const writeParts = (record, end) => ({
    beforeWritesMs: record ? record.firstWrite - record.start : -1,
    writesMs: record ? record.lastWrite - record.firstWrite : -1,
    commitMs: record ? end - record.lastWrite : -1,
    writes: record ? record.writes : 0,
  });
  w.__benchDataHelpers = { startLog, stopLog, openRaw, deleteDatabase, freshAppDatabase, completion, writeParts };
}

/**
 * Runs the data bundle, defined beforehand as `window.__benchDataInit` (a function around the
 * bundle's code), in a task of its own. A `page.evaluate` is exempt from the page's CSP only while
 * it runs synchronously: zod probes once whether it may compile validators with `new Function`,
 * and inside that exemption it would wrongly conclude it may (the app's page forbids eval), then
 * fail later. Run here, the probe sees the page's CSP, as the app's own zod does.
 */
export async function loadDataBundle() {
  /** @type {any} */
  const w = window;
  await new Promise((resolve) => setTimeout(resolve, 0));
  w.__benchData = w.__benchDataInit();
  w.__benchDataInit = undefined;
  return Object.keys(w.__benchData).sort();
}

/**
 * Appends a piece of the import file's text; the last call (`done`) turns the whole into the bytes
 * the desktop's file dialog hands the app (UTF-8). Returns the byte count when done.
 * @param {{ text: string, done: boolean }} args
 */
export function receiveImportFile({ text, done }) {
  /** @type {any} */
  const w = window;
  w.__benchImportParts = [...(w.__benchImportParts ?? []), text];
  if (!done) return 0;
  w.__benchImportBytes = new TextEncoder().encode(w.__benchImportParts.join(''));
  w.__benchImportParts = undefined;
  return w.__benchImportBytes.byteLength;
}

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

// @ts-check
/**
 * What the data-flow probes (data-probes.mjs) need in the page before they run: the helpers they
 * share and a log that splits the app's work into steps, the app's data bundle, and the import
 * file's bytes. Playwright serialises each function with `toString()`, so each is self-contained.
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

// @ts-check
/**
 * Functions run inside the page on the journal's records with raw IndexedDB: seeding them, the
 * first render's baseline read, and the raw in-memory baselines of search and the filters.
 * Playwright serialises each one with `toString()`, so each is self-contained: no imports.
 */

/**
 * Baseline for the first render: open the database and read every entry with one `getAll()`.
 * @param {string} dbName
 */
export async function rawIndexedDbRead(dbName) {
  const t0 = performance.now();
  /** @type {IDBDatabase} */
  const database = await new Promise((resolve, reject) => {
    const request = indexedDB.open(dbName);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const t1 = performance.now();
  const count = await new Promise((resolve, reject) => {
    const request = database.transaction('entries', 'readonly').objectStore('entries').getAll();
    request.onsuccess = () => resolve(request.result.length);
    request.onerror = () => reject(request.error);
  });
  const t2 = performance.now();
  database.close();
  return { openMs: t1 - t0, getAllMs: t2 - t1, totalMs: t2 - t0, count };
}

/**
 * Writes entries with raw IndexedDB into the app's existing database (one transaction).
 * @param {{ dbName: string, entries: unknown[], settings: { key: string, value: unknown }[] }} args
 */
export async function writeRecords({ dbName, entries, settings }) {
  /** @type {IDBDatabase} */
  const database = await new Promise((resolve, reject) => {
    const request = indexedDB.open(dbName);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const stores = [...database.objectStoreNames];
  if (!stores.includes('entries') || !stores.includes('settings')) {
    database.close();
    throw new Error(`database ${dbName} has stores [${stores.join(', ')}], expected entries and settings`);
  }
  await new Promise((resolve, reject) => {
    const tx = database.transaction(['entries', 'settings'], 'readwrite');
    const entriesStore = tx.objectStore('entries');
    for (const entry of entries) entriesStore.put(entry);
    const settingsStore = tx.objectStore('settings');
    for (const setting of settings) settingsStore.put(setting);
    tx.oncomplete = () => resolve(null);
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new Error('transaction aborted'));
  });
  const count = await new Promise((resolve, reject) => {
    const request = database.transaction('entries', 'readonly').objectStore('entries').count();
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  database.close();
  return count;
}

/** Reads every entry into `window.__benchRecords` for the in-memory baselines (not timed). */
export async function loadRecordsForBaseline(/** @type {string} */ dbName) {
  /** @type {IDBDatabase} */
  const database = await new Promise((resolve, reject) => {
    const request = indexedDB.open(dbName);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  /** @type {any[]} */
  const records = await new Promise((resolve, reject) => {
    const request = database.transaction('entries', 'readonly').objectStore('entries').getAll();
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  database.close();
  /** @type {any} */ (window).__benchRecords = records.filter((r) => r.deletedAt === null);
  return records.length;
}

/**
 * The raw baselines over the records already in memory: a naive linear scan per query, and a
 * plain field comparison per filter value.
 * @param {{ queries: string[], kinds: string[], scopes: string[], rounds: number }} args
 */
export function rawInMemoryBaselines({ queries, kinds, scopes, rounds }) {
  /** @type {any[]} */
  const records = /** @type {any} */ (window).__benchRecords;
  /** @type {number[]} */ const search = [];
  /** @type {number[]} */ const kind = [];
  /** @type {number[]} */ const scope = [];
  /** @type {Record<string, number>} */ const counts = {};
  let sink = 0;
  for (let round = -1; round < rounds; round += 1) {
    // round -1 warms the JIT and is not recorded
    for (const query of queries) {
      for (let i = 1; i <= query.length; i += 1) {
        const q = query.slice(0, i).toLowerCase();
        const t0 = performance.now();
        const hits = records.filter((r) => (r.title + ' ' + r.body).toLowerCase().includes(q));
        const dt = performance.now() - t0;
        sink += hits.length;
        if (round >= 0) search.push(dt);
        if (i === query.length) counts[query] = hits.length;
      }
    }
    for (const value of kinds) {
      const t0 = performance.now();
      sink += records.filter((r) => r.kind === value).length;
      if (round >= 0) kind.push(performance.now() - t0);
    }
    for (const value of scopes) {
      const t0 = performance.now();
      sink += records.filter((r) => r.scope === value).length;
      if (round >= 0) scope.push(performance.now() - t0);
    }
  }
  return { search, kind, scope, counts, sink };
}

/** Frees the baseline copy of the records. */
export function dropBaselineRecords() {
  delete (/** @type {any} */ (window).__benchRecords);
}

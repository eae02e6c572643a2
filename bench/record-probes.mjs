// @ts-check
/**
 * Functions run inside the page on the journal's records: seeding them through the app's database
 * class, and the raw baselines with plain IndexedDB (the first render's read, the save's `put`, the
 * heap's held records) and in memory (search and the filters). Playwright serialises each one with
 * `toString()`, so each is self-contained: no imports.
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
 * Writes entries as the app would have written them: through the app's own database class (from
 * the data bundle, `window.__benchData`), `entries.bulkAdd` in one read-write transaction with the
 * settings, so whatever the class keeps beside the entries (indexes, derived tables kept by its
 * middleware) is written with them. The entries come as JSON text: Playwright sends a string far
 * faster than the objects themselves. Returns the journal's entry count after the write and the
 * transaction's time.
 * @param {{ dbName: string, entriesJson: string, settings: { key: string, value: unknown }[] }} args
 */
export async function seedEntries({ dbName, entriesJson, settings }) {
  /** @type {unknown[]} */
  const entries = JSON.parse(entriesJson);
  /** @type {any} */
  const api = /** @type {any} */ (window).__benchData;
  if (!api?.ScopeJournalDatabase) throw new Error("the app's database class (window.__benchData) is not loaded");
  const database = new api.ScopeJournalDatabase(dbName);
  await database.open();
  try {
    const t0 = performance.now();
    await database.transaction('rw', database.entries, database.settings, async () => {
      await database.entries.bulkAdd(entries);
      if (settings.length) await database.settings.bulkPut(settings);
    });
    const writeMs = performance.now() - t0;
    return { count: /** @type {number} */ (await database.entries.count()), writeMs };
  } finally {
    database.close();
  }
}

/**
 * The save's baseline: one raw IndexedDB `put` of the entry, with a new title, in a read-write
 * transaction on `entries` until `complete`; `runs` times after one warm-up. With `runs` 0 and no
 * warm-up (`restoreOnly`), it only puts `entry` back as it is given.
 * @param {{ dbName: string, entry: { id: string }, runs: number, restoreOnly?: boolean }} args
 */
export async function timeRawPuts({ dbName, entry, runs, restoreOnly = false }) {
  /** @type {IDBDatabase} */
  const database = await new Promise((resolve, reject) => {
    const request = indexedDB.open(dbName);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  /** @param {unknown} record @returns {Promise<void>} */
  const put = (record) =>
    new Promise((resolve, reject) => {
      const tx = database.transaction('entries', 'readwrite');
      tx.objectStore('entries').put(record);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error ?? new Error('transaction aborted'));
    });
  /** @type {number[]} */
  const times = [];
  try {
    if (restoreOnly) await put(entry);
    else {
      for (let run = -1; run < runs; run += 1) {
        const record = { ...entry, title: `Raw put ${run + 1} of ${entry.id}` };
        const t0 = performance.now();
        await put(record);
        if (run >= 0) times.push(performance.now() - t0);
      }
    }
  } finally {
    database.close();
  }
  return times;
}

/**
 * One entry as stored, read with raw IndexedDB.
 * @param {{ dbName: string, id: string }} args
 */
export async function readEntry({ dbName, id }) {
  /** @type {IDBDatabase} */
  const database = await new Promise((resolve, reject) => {
    const request = indexedDB.open(dbName);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const record = await new Promise((resolve, reject) => {
    const request = database.transaction('entries', 'readonly').objectStore('entries').get(id);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  database.close();
  return /** @type {{ id: string, title: string } | undefined} */ (record);
}

/**
 * The heap's baseline: every entry read with one `getAll()` and held in `window.__benchHeld`
 * (`releaseEntries` lets go). Returns how many.
 * @param {string} dbName
 */
export async function holdEntries(dbName) {
  /** @type {IDBDatabase} */
  const database = await new Promise((resolve, reject) => {
    const request = indexedDB.open(dbName);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  /** @type {unknown[]} */
  const records = await new Promise((resolve, reject) => {
    const request = database.transaction('entries', 'readonly').objectStore('entries').getAll();
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  database.close();
  /** @type {any} */ (window).__benchHeld = records;
  return records.length;
}

/** Lets go of the entries `holdEntries` held. */
export function releaseEntries() {
  delete (/** @type {any} */ (window).__benchHeld);
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

// @ts-check
/**
 * "Sync: first sync of 10,000 entries" (issue 17): a second computer's first sync with a folder
 * another computer filled with a journal of 10,000 entries.
 *
 * Both computers are the app's real code on both sides of its desktop bridge: in the page, the
 * app's `runSync` over the app's database class (the data bundle, aggregation.mjs); in Node, the
 * real main-process sync service behind the real channel handlers and payload parsing of the
 * desktop contract (`sync-main-entry.mjs`, built for Node by node-bundle.mjs), each computer with
 * its own user-data folder, one shared sync folder, one passphrase at the production scrypt cost.
 * The page reaches Node through a loopback HTTP bridge (http-bridge.mjs), one POST per call of a
 * method of `SyncFolderPort`, where the app has Electron's IPC: JSON text both ways, bytes as base64.
 * It was a Playwright binding until it was measured: over the DevTools protocol the 17 MB of batch
 * text took 4.8 s to reach the page, so that the raw baseline alone took 10.2 s; over loopback HTTP
 * it takes about a third of that. The bridge's time is still shown apart, and counted in the row.
 *
 * - Setup, not timed: computer A joins the folder; its journal (the generated entries, written with
 *   the app's database class) syncs once with `runSync`, which writes the whole journal as A's
 *   batches, through A's service.
 * - Timed: computer B, a fresh empty database and a new service (own user-data folder, joined
 *   before the timer starts, so its key derivations are not timed), runs `runSync` once: from the
 *   call until it resolves, the journal then holding every entry (checked afterwards).
 * - Raw baseline: the same, but the page lists the folder and reads every batch through the same
 *   bridge and service methods (read and decrypted in Node as for the app), `JSON.parse`s it, and
 *   `bulkAdd`s the entries' fields, as they travel, into an empty database of the app's class in
 *   one transaction: no sync records, no sync state, no checks.
 * After one warm-up, `BENCH_SYNC_RUNS` (3) recorded runs of each, app and baseline taking turns to
 * go first, each write once Chromium's IndexedDB files have settled. After each run B's device
 * folder (its `device.sjs`) is removed, so every run finds the folder as A left it. Target: at
 * most 10 s (median).
 */
import { mkdir, mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { dataGlobal } from './aggregation.mjs';
import { installDataHelpers, loadDataBundle } from './data-page-setup.mjs';
import { settleStorage } from './dataflows.mjs';
import { generateEntries } from './generate.mjs';
import { bytesKey, installHttpBridge, startHttpBridge } from './http-bridge.mjs';
import { importForNode } from './node-bundle.mjs';
import { fmt, median } from './stats.mjs';

export const syncEntries = 10_000;
/** Issue 17's target for the first sync of 10,000 entries, in ms. */
export const syncTargetMs = 10_000;
const passphrase = 'correct horse battery staple';
const databaseOfA = 'scope-journal-sync-bench-a';
const databaseOfB = 'scope-journal-sync-bench-b';
/** The desktop methods `runSync` uses (`SyncFolderPort`), each a binding of its own. */
const portMethods = /** @type {const} */ (['listSyncFolder', 'readSyncBatch', 'writeSyncBatch', 'readSyncFile', 'writeSyncFile']);

/**
 * @typedef {object} SyncParts  one run's time, split (ms; see `splitRun`)
 * @property {number} listMs  listSyncFolder, as the page waits for it
 * @property {number} stateMs  from the listing to the first batch read (the sync state bound and read)
 * @property {number} readMs  every readSyncBatch, as the page waits for it
 * @property {number} readMainMs  of which the main process's handlers (read, decrypt, decode)
 * @property {number} checkMs  after each batch arrives, until the next step: JSON.parse and the batch's schema
 * @property {number} jsonParseMs  of which JSON.parse
 * @property {number} beforeApplyMs  from the last batch checked to the write transaction
 * @property {number} planMs  the write transaction, before its first write: the journal read, the step planned, rows checked
 * @property {Record<string, number>} storeMs  per store, in the order written: from its first write to the next store's
 *   first write (the last one's to the transaction's last write placed); each chunk a sync writes is awaited, so this is
 *   the writes done, where a single `bulkAdd` only places them
 * @property {number} commitMs  from the last write placed to the transaction's completion
 * @property {number} afterMs  from the completion to runSync's return (outbox, attached files)
 */
/**
 * @typedef {object} SyncRun
 * @property {number} ms
 * @property {number} bridgeMs  of `ms`, the bridge's part: every call's time in the page less its time in main's handler
 * @property {SyncParts} parts
 */
/**
 * @typedef {object} SyncResult
 * @property {number} entries
 * @property {number} batches  A's batch files
 * @property {number} folderBytes  the sync folder's files on disk after A's sync
 * @property {number} setupMs  A's first sync, writing every batch (not timed against anything)
 * @property {number[]} joinMs  each computer's join (folder chosen, passphrase set: its key derivations)
 * @property {SyncRun[]} app
 * @property {SyncRun[]} raw
 * @property {{ idleMs: number, fullMs: number, editMs: number }[]} followUps  after each app run (warm-up included), on B's
 *   synced journal: a sync with nothing written since, the same comparing every record, one after a single edit
 * @property {{ readFileMs: number, readBatchMs: number } | null} mainRead  Node alone, median of 3: A's batch files read, then read and decrypted by the service
 * @property {{ characters: number, stamps: number, stampCharacters: number } | null} batchText  A's batches decrypted: their
 *   characters, and the clock stamps in them (each field's register has one)
 * @property {{ entries: number, syncRecords: number } | null} tableBytes  computer A's tables after its sync, as JSON (UTF-16 code units)
 * @property {string[]} imports  the Node built-in modules the main bundle imports
 * @property {string[]} errors
 */

/**
 * The main process's sync, built for Node.
 * @typedef {object} MainSync
 * @property {(ports: object) => any} createSyncService
 * @property {(service: any, showFolderDialog: () => Promise<{ canceled: boolean, filePaths: string[] }>) => object} createSyncHandlers
 * @property {(handlers: object) => Record<string, (payload: unknown) => Promise<any>>} createChannelHandlers
 * @property {Record<string, { channel: string }>} desktopMethods
 */

/**
 * One computer in Node: its own user-data folder, the real service behind the contract's handlers.
 * @param {MainSync} main
 * @param {{ root: string, name: string, syncFolder: string, warnings: string[] }} options
 */
function createComputer(main, { root, name, syncFolder, warnings }) {
  const userDataPath = path.join(root, `user-data-${name}`);
  const service = main.createSyncService({
    userDataPath,
    // A key store that keeps nothing: the passphrase stays in memory for the run, as where there is none.
    protectSecret: (/** @type {string} */ text) => new TextEncoder().encode(text),
    revealSecret: (/** @type {Uint8Array} */ bytes) => new TextDecoder().decode(bytes),
    isSecretStorageAvailable: () => false,
    now: () => new Date(),
    appInfo: () => ({ version: 'bench' }),
    hostName: () => name,
    warn: (/** @type {string} */ message) => warnings.push(`${name}: ${message}`),
  });
  const handlers = main.createChannelHandlers(
    main.createSyncHandlers(service, () => Promise.resolve({ canceled: false, filePaths: [syncFolder] })),
  );
  /** @param {string} method @param {unknown} payload */
  const call = (method, payload) => {
    const handler = handlers[main.desktopMethods[method]?.channel ?? ''];
    if (!handler) throw new Error(`no handler for ${method}`);
    return handler(payload);
  };
  return {
    name,
    userDataPath,
    call,
    /** Chooses the folder and joins it with the passphrase; resolves to the device id and the time it took. */
    async join() {
      const started = performance.now();
      await call('chooseSyncFolder', undefined);
      const view = await call('setSyncPassphrase', { passphrase });
      return { deviceId: /** @type {string} */ (view.deviceId), ms: performance.now() - started };
    },
  };
}

/** @typedef {ReturnType<typeof createComputer>} Computer */

/** Sum of the sizes of every file under `dir`. @param {string} dir */
async function bytesUnder(dir) {
  const found = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = found.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
  const sizes = await Promise.all(files.map(async (file) => (await stat(file)).size));
  return sizes.reduce((sum, size) => sum + size, 0);
}

/**
 * In the page: the folder port `runSync` takes, each method calling the bridge's function of that
 * name (`window.__benchSyncBridge`), every call's start and end kept in `window.__benchSyncCalls`.
 * @param {{ methods: readonly string[] }} args
 */
function installSyncPort({ methods }) {
  /** @type {any} */
  const w = window;
  /** @type {{ method: string, start: number, end: number }[]} */
  const calls = [];
  /** @type {Record<string, (request?: unknown) => Promise<unknown>>} */
  const port = {};
  for (const method of methods) {
    const call = w.__benchSyncBridge?.[method];
    if (typeof call !== 'function') throw new Error(`the bridge has no ${method}`);
    port[method] = async (request) => {
      const record = { method, start: performance.now(), end: -1 };
      calls.push(record);
      try {
        return await call(request);
      } finally {
        record.end = performance.now();
      }
    };
  }
  w.__benchSyncPort = port;
  w.__benchSyncCalls = calls;
}

/**
 * In the page, once, after installDataHelpers: while `window.__benchSyncWrites` is an array, the
 * `add`s and `put`s are noted there as runs of consecutive writes to one store (its first and last).
 */
function installWriteTimes() {
  /** @type {any} */
  const w = window;
  w.__benchSyncWrites = null;
  for (const method of /** @type {const} */ (['add', 'put'])) {
    const write = IDBObjectStore.prototype[method];
    /** @this {IDBObjectStore} @param {any[]} args */
    const noted = function (...args) {
      /** @type {{ store: string, first: number, last: number, writes: number }[] | null} */
      const writes = w.__benchSyncWrites;
      if (writes) {
        const now = performance.now();
        let current = writes.at(-1);
        if (current?.store !== this.name) {
          current = { store: this.name, first: now, last: now, writes: 0 };
          writes.push(current);
        }
        current.last = now;
        current.writes += 1;
      }
      return write.apply(this, /** @type {any} */ (args));
    };
    IDBObjectStore.prototype[method] = /** @type {any} */ (noted);
  }
}

/**
 * In the page: computer A's tables as JSON, to show what a sync stores beside the entries.
 * @param {{ name: string }} args
 */
async function tableSizes({ name }) {
  /** @type {any} */
  const data = /** @type {any} */ (window).__benchData;
  const database = new data.ScopeJournalDatabase(name);
  await database.open();
  const entries = JSON.stringify(await database.entries.toArray()).length;
  const syncRecords = JSON.stringify(await database.syncRecords.toArray()).length;
  database.close();
  return { entries, syncRecords };
}

/**
 * In the page: computer A's journal, written with the app's database class.
 * @param {{ name: string, entriesJson: string }} args
 */
async function seedComputerA({ name, entriesJson }) {
  /** @type {any} */
  const data = /** @type {any} */ (window).__benchData;
  const database = new data.ScopeJournalDatabase(name);
  await database.delete();
  await database.open();
  await database.transaction('rw', database.entries, () => database.entries.bulkAdd(JSON.parse(entriesJson)));
  const count = await database.entries.count();
  database.close();
  return count;
}

/**
 * In the page: one `runSync` of the database `name` (emptied first when `fresh`), timed from the
 * call to its return, with the calls to main and the page's log of transactions and parses.
 * @param {{ name: string, deviceId: string, fresh: boolean }} args
 */
async function syncOnce({ name, deviceId, fresh }) {
  /** @type {any} */
  const w = window;
  const data = w.__benchData;
  const helpers = w.__benchDataHelpers;
  const database = new data.ScopeJournalDatabase(name);
  if (fresh) await database.delete();
  await database.open();
  w.__benchSyncCalls.length = 0;
  w.__benchSyncWrites = [];
  helpers.startLog();
  const started = performance.now();
  let report;
  let ended = Number.NaN;
  let log = null;
  try {
    report = await data.runSync(database, w.__benchSyncPort, deviceId, () => Date.now());
  } finally {
    ended = performance.now();
    log = helpers.stopLog();
  }
  const writes = w.__benchSyncWrites;
  w.__benchSyncWrites = null;
  const entries = await database.entries.count();
  database.close();
  return {
    started,
    ended,
    calls: [...w.__benchSyncCalls],
    log,
    writes,
    entries,
    report: {
      sent: report.sent,
      received: report.received,
      waiting: report.waiting,
      problems: report.problems,
      devices: report.devices.length,
      snapshotTaken: report.snapshotTaken,
    },
  };
}

/**
 * In the page, on computer B's journal just synced, each timed from the call to its return: a sync
 * with nothing written since (the one every few minutes, its scope empty), the same comparing every
 * record (at start and on wake), and one after a single entry's title changed (its scope that
 * entry, as the change feed gives it). Not scored: they show what later syncs cost.
 * @param {{ name: string, deviceId: string }} args
 */
async function followUpSyncs({ name, deviceId }) {
  /** @type {any} */
  const w = window;
  const data = w.__benchData;
  const database = new data.ScopeJournalDatabase(name);
  await database.open();
  /** @param {'all' | Set<string>} scope */
  const timed = async (scope) => {
    const started = performance.now();
    const report = await data.runSync(database, w.__benchSyncPort, deviceId, () => Date.now(), scope);
    return { ms: performance.now() - started, sent: report.sent };
  };
  try {
    const idle = await timed(new Set());
    const full = await timed('all');
    const entry = await database.entries.orderBy('id').first();
    await database.entries.put({ ...entry, title: `${entry.title} (edited)` });
    const edit = await timed(new Set([`entries/${entry.id}`]));
    return { idleMs: idle.ms, fullMs: full.ms, editMs: edit.ms, sent: [idle.sent, full.sent, edit.sent] };
  } finally {
    database.close();
  }
}

/**
 * In the page, the raw baseline: the folder listed and every batch read through the same port,
 * parsed, and the entries' fields (the last body version as the body) added to an empty database of
 * the app's class in one transaction. No sync records, no state, no checks.
 * @param {{ name: string }} args
 */
async function rawOnce({ name }) {
  /** @type {any} */
  const w = window;
  const data = w.__benchData;
  const helpers = w.__benchDataHelpers;
  const database = new data.ScopeJournalDatabase(name);
  await database.delete();
  await database.open();
  w.__benchSyncCalls.length = 0;
  w.__benchSyncWrites = [];
  helpers.startLog();
  const started = performance.now();
  const port = w.__benchSyncPort;
  const listing = await port.listSyncFolder();
  /** @type {Record<string, unknown>[]} */
  const rows = [];
  for (const device of listing.devices) {
    for (const batchName of device.batches) {
      const read = await port.readSyncBatch({ deviceId: device.deviceId, name: batchName });
      if (read.status !== 'complete') throw new Error(`${device.deviceId}/${batchName} did not read whole`);
      for (const change of JSON.parse(read.value).changes) {
        if (change.table !== 'entries') continue;
        /** @type {Record<string, unknown>} */
        const row = { id: change.id };
        for (const [field, register] of Object.entries(change.fields ?? {})) if ('value' in register) row[field] = register.value;
        const bodies = change.bodies ?? [];
        if (bodies.length > 0) row.body = bodies[bodies.length - 1].text;
        rows.push(row);
      }
    }
  }
  await database.transaction('rw', database.entries, () => database.entries.bulkAdd(rows));
  const ended = performance.now();
  const log = helpers.stopLog();
  const writes = w.__benchSyncWrites;
  w.__benchSyncWrites = null;
  const entries = await database.entries.count();
  database.close();
  return { started, ended, calls: [...w.__benchSyncCalls], log, writes, entries, report: null };
}

/** In the page: deletes the bench's databases. @param {{ names: string[] }} args */
async function deleteDatabases({ names }) {
  /** @type {any} */
  const data = /** @type {any} */ (window).__benchData;
  for (const name of names) await new data.ScopeJournalDatabase(name).delete();
}

/**
 * One run's time, split along the calls to main and the page's log.
 * @param {Awaited<ReturnType<typeof syncOnce>> | Awaited<ReturnType<typeof rawOnce>>} run
 * @param {number[]} mainMs  the main process's handler time of each call, in order
 * @returns {SyncRun}
 */
function splitRun(run, mainMs) {
  const { calls, log, writes, started, ended } = run;
  if (calls.length !== mainMs.length) throw new Error(`the page made ${calls.length} calls, main answered ${mainMs.length}`);
  const reads = calls.map((call, index) => ({ ...call, mainMs: mainMs[index] ?? 0 })).filter((call) => call.method === 'readSyncBatch');
  const list = calls.find((call) => call.method === 'listSyncFolder');
  const write = log.transactions
    .filter((/** @type {any} */ tx) => tx.mode === 'readwrite' && tx.stores.includes('entries') && tx.writes > 0)
    .sort((/** @type {any} */ a, /** @type {any} */ b) => b.writes - a.writes)[0];
  const writeStart = write?.start ?? ended;
  const sum = (/** @type {number[]} */ values) => values.reduce((total, value) => total + value, 0);
  // After each batch arrives, the page works on it until the next call (or, after the last one,
  // until the next transaction starts).
  const checkEnds = reads.map((read, index) => {
    const next = reads[index + 1];
    if (next) return next.start;
    const after = log.transactions
      .map((/** @type {{ start: number }} */ tx) => tx.start)
      .filter((/** @type {number} */ start) => start >= read.end);
    return Math.min(writeStart, ...after);
  });
  const lastChecked = checkEnds.at(-1) ?? list?.end ?? started;
  /** @type {Record<string, number>} */
  const storeMs = {};
  if (write) {
    /** @type {{ store: string, first: number }[]} */
    const runs = (writes ?? []).filter(
      (/** @type {{ first: number }} */ times) => times.first >= write.start && times.first <= write.lastWrite,
    );
    runs.forEach((times, index) => {
      storeMs[times.store] = (storeMs[times.store] ?? 0) + (runs[index + 1]?.first ?? write.lastWrite) - times.first;
    });
  }
  const parts = {
    listMs: list ? list.end - list.start : 0,
    stateMs: (reads[0]?.start ?? lastChecked) - (list?.end ?? started),
    readMs: sum(reads.map((read) => read.end - read.start)),
    readMainMs: sum(reads.map((read) => read.mainMs)),
    checkMs: sum(reads.map((read, index) => (checkEnds[index] ?? read.end) - read.end)),
    jsonParseMs: sum(log.parses.map((/** @type {{ start: number, end: number }} */ parse) => parse.end - parse.start)),
    beforeApplyMs: writeStart - lastChecked,
    planMs: write ? write.firstWrite - write.start : 0,
    storeMs,
    commitMs: write ? write.end - write.lastWrite : 0,
    afterMs: write ? ended - write.end : 0,
  };
  const bridgeMs = sum(calls.map((call, index) => call.end - call.start - (mainMs[index] ?? 0)));
  return { ms: ended - started, bridgeMs, parts };
}

/**
 * Measures the row in a page of its own in `context`, served by the bridge.
 * @param {{ context: import('playwright-core').BrowserContext, bundle: string, runs: number, lastDay: string,
 *   storageDir: string | null, log: (message: string) => void }} args
 * @returns {Promise<SyncResult>}
 */
export async function measureSync({ context, bundle, runs, lastDay, storageDir, log }) {
  /** @type {SyncResult} */
  const result = {
    entries: syncEntries,
    batches: 0,
    folderBytes: 0,
    setupMs: Number.NaN,
    joinMs: [],
    app: [],
    raw: [],
    followUps: [],
    mainRead: null,
    tableBytes: null,
    batchText: null,
    imports: [],
    errors: [],
  };
  const root = await mkdtemp(path.join(os.tmpdir(), 'scope-journal-bench-sync-'));
  const syncFolder = path.join(root, 'Dropbox', 'Scope Journal');
  /** @type {string[]} */
  const warnings = [];
  /** The computer the page's calls go to, and the main process's time for each call. */
  /** @type {{ computer: Computer | null, mainMs: number[] }} */
  const bridge = { computer: null, mainMs: [] };
  const page = await context.newPage();
  /** @type {() => Promise<void>} */
  let closeBridge = () => Promise.resolve();
  try {
    log('  building the main process’s sync service for Node (bench/node-bundle.mjs)');
    const built = await importForNode('sync-main-entry.mjs');
    /** @type {MainSync} */
    const main = built.module;
    result.imports = built.imports;
    await mkdir(syncFolder, { recursive: true });

    const httpBridge = await startHttpBridge(
      async (method, payload) => {
        const computer = bridge.computer;
        if (!computer) throw new Error('no computer is attached to the page');
        if (!(/** @type {readonly string[]} */ (portMethods).includes(method))) throw new Error(`${method} is not a folder-port method`);
        const started = performance.now();
        try {
          return await computer.call(method, payload);
        } finally {
          bridge.mainMs.push(performance.now() - started);
        }
      },
      { html: '<!doctype html><meta charset="utf-8"><title>Sync</title>' },
    );
    closeBridge = httpBridge.close;
    await page.goto(`${httpBridge.url}__bench-sync`);
    await page.evaluate(`window.__benchDataInit = function () {\n${bundle}\nreturn ${dataGlobal};\n};`);
    await page.evaluate(loadDataBundle);
    await page.evaluate(installDataHelpers);
    await page.evaluate(installWriteTimes);
    await page.evaluate(installHttpBridge, { url: httpBridge.url, methods: portMethods, name: '__benchSyncBridge', key: bytesKey });
    await page.evaluate(installSyncPort, { methods: portMethods });

    // Computer A: joins, and its journal's first sync writes every entry into the folder.
    const computerA = createComputer(main, { root, name: 'computer-a', syncFolder, warnings });
    const joinedA = await computerA.join();
    result.joinMs.push(joinedA.ms);
    log(`  computer A joined (${fmt(joinedA.ms)} ms); writing its ${syncEntries.toLocaleString('en-US')} entries into the folder`);
    const entriesJson = JSON.stringify(generateEntries(0, syncEntries, undefined, lastDay));
    const seeded = await page.evaluate(seedComputerA, { name: databaseOfA, entriesJson });
    if (seeded !== syncEntries) throw new Error(`computer A's journal holds ${seeded} entries, not ${syncEntries}`);
    bridge.computer = computerA;
    const setup = await page.evaluate(syncOnce, { name: databaseOfA, deviceId: joinedA.deviceId, fresh: false });
    result.setupMs = setup.ended - setup.started;
    if (setup.report?.sent !== syncEntries) throw new Error(`computer A sent ${setup.report?.sent} records, not ${syncEntries}`);
    result.tableBytes = await page.evaluate(tableSizes, { name: databaseOfA });
    await page.evaluate(deleteDatabases, { names: [databaseOfA] });
    const batchesFolder = path.join(syncFolder, 'devices', joinedA.deviceId, 'batches');
    result.batches = (await readdir(batchesFolder)).length;
    result.folderBytes = await bytesUnder(syncFolder);
    log(
      `  A's first sync took ${fmt(result.setupMs)} ms: ${result.batches} batches, ${(result.folderBytes / 1e6).toFixed(1)} MB in the folder`,
    );

    let computers = 0;
    /**
     * One timed run on a new computer B, joined first; its device folder and user data removed after.
     * @param {'app' | 'raw'} how
     */
    const runOnce = async (how) => {
      computers += 1;
      const computer = createComputer(main, { root, name: `computer-b${computers}`, syncFolder, warnings });
      const joined = await computer.join();
      result.joinMs.push(joined.ms);
      bridge.computer = computer;
      try {
        await settleStorage(storageDir);
        bridge.mainMs = [];
        const run =
          how === 'app'
            ? await page.evaluate(syncOnce, { name: databaseOfB, deviceId: joined.deviceId, fresh: true })
            : await page.evaluate(rawOnce, { name: databaseOfB });
        if (run.entries !== syncEntries) throw new Error(`the ${how} run's journal holds ${run.entries} entries, not ${syncEntries}`);
        if (run.report) {
          if (run.report.received !== syncEntries) throw new Error(`the sync received ${run.report.received} records, not ${syncEntries}`);
          if (run.report.problems.length) throw new Error(`the sync reported: ${run.report.problems.join('; ')}`);
          if (run.report.sent !== 0) throw new Error(`computer B sent ${run.report.sent} records; it had none`);
        }
        const split = splitRun(run, bridge.mainMs);
        if (how === 'app') {
          const after = await page.evaluate(followUpSyncs, { name: databaseOfB, deviceId: joined.deviceId });
          if (after.sent.join() !== '0,0,1') throw new Error(`the later syncs sent ${after.sent.join(', ')} records, not 0, 0, 1`);
          result.followUps.push({ idleMs: after.idleMs, fullMs: after.fullMs, editMs: after.editMs });
        }
        return split;
      } finally {
        bridge.computer = null;
        await page.evaluate(deleteDatabases, { names: [databaseOfB] });
        await rm(path.join(syncFolder, 'devices', joined.deviceId), { recursive: true, force: true });
        await rm(computer.userDataPath, { recursive: true, force: true });
      }
    };
    for (let run = 0; run <= runs; run += 1) {
      /** @type {('app' | 'raw')[]} */
      const order = run % 2 === 0 ? ['app', 'raw'] : ['raw', 'app'];
      /** @type {Record<'app' | 'raw', SyncRun | null>} */
      const done = { app: null, raw: null };
      for (const how of order) done[how] = await runOnce(how);
      if (run > 0 && done.app && done.raw) {
        result.app.push(done.app);
        result.raw.push(done.raw);
      }
      log(`  run ${run}${run === 0 ? ' (warm-up)' : ''}: sync ${fmt(done.app?.ms)} ms, raw ${fmt(done.raw?.ms)} ms`);
    }

    // Node alone: A's batch files read from disk, then read and decrypted by a joined computer's service.
    const reader = createComputer(main, { root, name: 'computer-reader', syncFolder, warnings });
    const joinedReader = await reader.join();
    const names = (await readdir(batchesFolder)).sort();
    /** @type {number[]} */
    const readFileMs = [];
    /** @type {number[]} */
    const readBatchMs = [];
    for (let round = 0; round < 3; round += 1) {
      let started = performance.now();
      for (const name of names) await readFile(path.join(batchesFolder, name));
      readFileMs.push(performance.now() - started);
      started = performance.now();
      /** @type {string[]} */
      const texts = [];
      for (const name of names) {
        const read = await reader.call('readSyncBatch', { deviceId: joinedA.deviceId, name });
        if (read.status !== 'complete') throw new Error(`${name} did not read whole`);
        texts.push(read.value);
      }
      readBatchMs.push(performance.now() - started);
      const stamps = texts.flatMap((text) => text.match(/"\d{18}-\d{4}-[\w-]{1,64}"/g) ?? []);
      result.batchText = {
        characters: texts.reduce((sum, text) => sum + text.length, 0),
        stamps: stamps.length,
        stampCharacters: stamps.reduce((sum, stamp) => sum + stamp.length, 0),
      };
    }
    result.mainRead = { readFileMs: median(readFileMs), readBatchMs: median(readBatchMs) };
    await rm(path.join(syncFolder, 'devices', joinedReader.deviceId), { recursive: true, force: true });
  } catch (error) {
    result.errors.push(error instanceof Error ? error.message : String(error));
  } finally {
    result.errors.push(...warnings.map((warning) => `warning from main: ${warning}`));
    await page.evaluate(deleteDatabases, { names: [databaseOfA, databaseOfB] }).catch(() => undefined);
    await page.close().catch(() => undefined);
    await closeBridge();
    await rm(root, { recursive: true, force: true });
  }
  return result;
}

/**
 * The row's table, where the time goes, and the targets missed. The target is scored on the
 * figure as measured, the bridge included; the figure less the bridge is shown beside it.
 * @param {SyncResult} sync
 */
export function syncReport(sync) {
  /** @type {string[]} */
  const missed = [];
  const ms = (/** @type {number} */ value) => `${Number.isNaN(value) ? '—' : Math.round(value).toLocaleString('en-US')} ms`;
  const verdict = (/** @type {number} */ value) => `≤ ${ms(syncTargetMs)} ${value <= syncTargetMs ? '✅' : '❌'}`;
  const app = median(sync.app.map((run) => run.ms));
  const raw = median(sync.raw.map((run) => run.ms));
  const appNet = median(sync.app.map((run) => run.ms - run.bridgeMs));
  const rawNet = median(sync.raw.map((run) => run.ms - run.bridgeMs));
  if (!(app <= syncTargetMs)) missed.push(`Sync: first sync of ${sync.entries.toLocaleString('en-US')} entries`);
  const entries = sync.entries.toLocaleString('en-US');
  const what = `${entries} entries in ${sync.batches} batches, ${(sync.folderBytes / 1e6).toFixed(1)} MB on disk`;
  const lines = [
    `| Sync (${what}) | median | raw baseline | ratio | target |`,
    '| --- | --- | --- | --- | --- |',
    `| Sync: first sync of ${entries} entries | ${ms(app)} | ${ms(raw)} | ${(app / raw).toFixed(2)}× | ${verdict(app)} |`,
    `| the same, less the bridge (loopback HTTP, where the app has IPC); not scored | ${ms(appNet)} | ${ms(rawNet)} | ${(appNet / rawNet).toFixed(2)}× | ${verdict(appNet)} |`,
  ];
  /** @param {(run: SyncRun) => number | undefined} pick @param {SyncRun[]} runs */
  const part = (pick, runs) => {
    const values = runs.map(pick).filter((value) => value !== undefined);
    return values.length ? fmt(median(values)) : '—';
  };
  const storeNames = [...new Set([...sync.app, ...sync.raw].flatMap((run) => Object.keys(run.parts.storeMs)))];
  /** @type {[string, (run: SyncRun) => number | undefined, boolean][]} */
  const rows = [
    ['the whole run', (run) => run.ms, true],
    ['  of which the bridge, every call (page less main)', (run) => run.bridgeMs, true],
    ['listing the folder (listSyncFolder)', (run) => run.parts.listMs, true],
    ['sync state bound and read', (run) => run.parts.stateMs, false],
    ['reading the batches (readSyncBatch, as the page waits)', (run) => run.parts.readMs, true],
    ['  of which main: read, decrypt, decode', (run) => run.parts.readMainMs, true],
    ['checking each batch (JSON.parse, then its schema)', (run) => run.parts.checkMs, true],
    ['  of which JSON.parse', (run) => run.parts.jsonParseMs, true],
    ['to the write transaction', (run) => run.parts.beforeApplyMs, false],
    ['transaction: journal read, step planned, rows checked', (run) => run.parts.planMs, true],
    ...storeNames.map(
      (store) =>
        /** @type {[string, (run: SyncRun) => number | undefined, boolean]} */ ([
          `transaction: writes to ${store}`,
          (run) => run.parts.storeMs[store],
          true,
        ]),
    ),
    ['transaction: commit, after the last write placed', (run) => run.parts.commitMs, true],
    ['after the commit (outbox, attached files)', (run) => run.parts.afterMs, false],
  ];
  const breakdown = [
    '| Sync: where the time goes, median ms | sync | raw |',
    '| --- | --- | --- |',
    ...rows.map(([name, pick, both]) => `| ${name} | ${part(pick, sync.app)} | ${both ? part(pick, sync.raw) : '—'} |`),
  ];
  const sizes = sync.tableBytes
    ? ` As JSON, A's entries take ${(sync.tableBytes.entries / 1e6).toFixed(1)} MB and its sync records ${(sync.tableBytes.syncRecords / 1e6).toFixed(1)} MB.`
    : '';
  const text = sync.batchText
    ? ` Decrypted, the batches hold ${(sync.batchText.characters / 1e6).toFixed(1)} million characters, of which ${(sync.batchText.stampCharacters / 1e6).toFixed(1)} million are ${sync.batchText.stamps.toLocaleString('en-US')} clock stamps (one per field register and body version, each naming the device).`
    : '';
  const main = sync.mainRead
    ? ` In Node alone (median of 3), A's ${sync.batches} batch files are read from disk in ${fmt(sync.mainRead.readFileMs)} ms, and read and decrypted by the service in ${fmt(sync.mainRead.readBatchMs)} ms.`
    : '';
  const later = sync.followUps.length
    ? ` Later syncs on B's journal of ${entries} entries (median of ${sync.followUps.length}, not scored): with nothing written since ${fmt(median(sync.followUps.map((run) => run.idleMs)))} ms; the same comparing every record, as at start and on wake, ${fmt(median(sync.followUps.map((run) => run.fullMs)))} ms; after one entry's title changed ${fmt(median(sync.followUps.map((run) => run.editMs)))} ms.`
    : '';
  const notes = [
    `Runs: sync ${sync.app.map((run) => fmt(run.ms)).join(', ')} ms (bridge ${sync.app.map((run) => fmt(run.bridgeMs)).join(', ')}); raw ${sync.raw.map((run) => fmt(run.ms)).join(', ')} ms (bridge ${sync.raw.map((run) => fmt(run.bridgeMs)).join(', ')}).${later}`,
    `Setup, not timed: computer A's first sync wrote the folder in ${fmt(sync.setupMs)} ms; each join at the production scrypt cost took ${sync.joinMs.map((value) => fmt(value)).join(', ')} ms.${sizes}${text}${main}`,
    `The main bundle imports ${sync.imports.join(', ')}.`,
  ];
  const table = [...lines, '', ...breakdown, '', ...notes].join('\n');
  return { table: sync.errors.length ? `${table}\n\nSync errors: ${sync.errors.join('; ')}` : table, missed };
}

// @ts-check
/**
 * Design (b) of issue 17: a log per device, run with the app's own engine
 * (`src-renderer/src/domain/sync/`, bundled by run.mjs into `.build/sync-engine.mjs`).
 *
 * Each device keeps its journal and its sync records in memory (the app keeps them in IndexedDB;
 * the comparison leaves the database out for both designs) and, at each `sync()`:
 * 1. works out, with the app's `planSyncStep`, what changed here since its last sync and applies
 *    every batch of the other devices not applied yet;
 * 2. writes its changes as batches (the app's `writeSyncBatches`) under `devices/<id>/batches/`,
 *    each to a temporary file then renamed: never a file another device writes.
 * Batches are plain JSON here: the app encrypts each file (AES-256-GCM), which design (a) would
 * need too; neither side is encrypted in this comparison.
 */
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** @typedef {import('./data.mjs').Entry} Entry */

export const variants = [{ key: 'log-per-device', label: '(b) log per device', options: {} }];

const engineUrl = new URL('./.build/sync-engine.mjs', import.meta.url);

/**
 * @param {string} folder
 * @param {string} deviceId
 * @returns {Promise<import('./run.mjs').Device>}
 */
export async function createDevice(folder, deviceId) {
  const engine = await import(engineUrl.href);
  /** @type {Map<string, Record<string, unknown>>} */
  const rows = new Map();
  /** @type {Map<string, any>} */
  const records = new Map();
  /** @type {Set<string>} */
  const applied = new Set();
  let last;
  let sequence = 0;
  const own = path.join(folder, 'devices', deviceId, 'batches');
  await mkdir(own, { recursive: true });
  const emptyTables = () => Object.fromEntries(engine.syncedTableNames.map((name) => [name, new Map()]));
  /** @type {Map<string, Map<string, string[]>>} the body versions kept per entry, for the conflict report */
  return {
    async putEntries(entries) {
      for (const entry of entries) rows.set(entry.id, { ...entry });
    },
    async editEntry(id, changes) {
      const row = rows.get(id);
      if (row) rows.set(id, { ...row, ...changes });
    },
    async sync() {
      const remote = [];
      const devices = await readdir(path.join(folder, 'devices'));
      for (const device of devices) {
        const batches = path.join(folder, 'devices', device, 'batches');
        for (const name of (await readdir(batches)).filter((file) => file.endsWith('.json')).sort()) {
          const source = `${device}/${name}`;
          if (device === deviceId || applied.has(source)) continue;
          const batch = engine.parseSyncBatch(await readFile(path.join(batches, name), 'utf8'));
          remote.push({ source, changes: batch.changes });
        }
      }
      const tables = emptyTables();
      tables.entries = rows;
      const clock = engine.createHybridClock(deviceId, () => Date.now(), last);
      const step = engine.planSyncStep(tables, records, remote, { deviceId, tick: () => clock.tick() }, () => null);
      for (const record of step.records) records.set(record.key, record);
      for (const id of step.deletes.entries) rows.delete(id);
      for (const row of step.puts.entries) rows.set(String(row.id), row);
      for (const batch of remote) applied.add(batch.source);
      for (const batch of remote) {
        const latest = engine.latestStamp(batch.changes);
        if (latest !== undefined) clock.receive(latest);
      }
      last = clock.last();
      for (const text of engine.writeSyncBatches(deviceId, step.outgoing)) {
        sequence += 1;
        const name = `${String(sequence).padStart(10, '0')}.json`;
        const temporary = path.join(own, `.tmp-${name}`);
        await writeFile(temporary, text);
        await rename(temporary, path.join(own, name));
      }
    },
    async entries() {
      return [...rows.values()].map((row) => /** @type {Entry} */ (row));
    },
    async close() {},
    conflicts(id, field) {
      if (field !== 'body') return [];
      const record = records.get(engine.syncRecordKey('entries', id));
      return record?.bodies ? engine.resolveBody(record.bodies).conflicting.map((version) => version.text) : [];
    },
  };
}

import { backupDataSchema, describeProblem } from '../domain/backup/backupRecordSchemas';
import { createHybridClock, type ClockStamp } from '../domain/sync/hybridClock';
import { latestStamp, writeSyncBatches } from '../domain/sync/syncBatch';
import {
  keepBodyChange,
  applyChange,
  readStoredSyncRecord,
  storedSyncRecord,
  syncRecordKey,
  syncedTableNames,
  type StoredSyncRecord,
  type SyncRecord,
  type SyncedTableName,
} from '../domain/sync/syncRecord';
import { planSyncStep, type RemoteBatch, type SyncedRows } from '../domain/sync/syncStep';
import { batchesOf } from './batches';
import type { ScopeJournalDatabase } from './database';

const clockKey = 'clock';
const boundKey = 'bound';
const appliedPrefix = 'applied:';
const appliedKey = (deviceId: string) => `${appliedPrefix}${deviceId}`;

function syncedTables(database: ScopeJournalDatabase) {
  return syncedTableNames.map((name) => database.table(name));
}

/** This device's clock, resuming after the last stamp the sync state saved. */
async function loadClock(database: ScopeJournalDatabase, deviceId: string, now: () => number) {
  const row = await database.syncState.get(clockKey);
  return createHybridClock(deviceId, now, typeof row?.value === 'string' ? row.value : undefined);
}

/** Empties the sync state's tables (inside the caller's transaction when there is one). */
async function clearSyncTables(database: ScopeJournalDatabase): Promise<void> {
  await Promise.all([database.syncRecords.clear(), database.syncState.clear(), database.syncOutbox.clear()]);
}

/** Why a row from another computer is not a valid row of its table, or null when it is. */
export function checkSyncedRow(table: SyncedTableName, row: Record<string, unknown>): string | null {
  const result = backupDataSchema.shape[table].element.safeParse(row);
  return result.success ? null : describeProblem(result.error.issues[0]);
}

/** The batches already applied, by the device that wrote them. */
export async function appliedBatches(database: ScopeJournalDatabase): Promise<Map<string, Set<string>>> {
  const rows = await database.syncState.where('key').startsWith(appliedPrefix).toArray();
  return new Map(
    rows.map((row) => [row.key.slice(appliedPrefix.length), new Set(Array.isArray(row.value) ? (row.value as string[]) : [])]),
  );
}

/** A batch read from the folder: which device wrote it, its file's name, and its changes. */
export interface ReadBatch extends RemoteBatch {
  deviceId: string;
  name: string;
}

/** What one sync did to this journal. */
export interface SyncOutcome {
  /** Records changed here since the last sync, now in batches waiting in the outbox. */
  sent: number;
  /** Records written into the journal from other computers. */
  received: number;
  /** Rows from other computers that were not valid, and were left out. */
  refused: string[];
  /** Records deleted here that came back, edited on another computer after their deletion. */
  revived: string[];
}

/**
 * Which records a sync compares with their sync state to find this computer's edits: every one
 * (`all`), or the ones written since the last sync, by key (`<table>/<id>`; see
 * `features/sync/syncScope.ts`).
 */
export type SyncScope = 'all' | ReadonlySet<string>;

/**
 * The rows and sync records a sync compares: with `scope` `all`, every one; else those of the keys
 * in `scope` and of every record `batches` change. Always both for a key (its row when it has one,
 * its record when it has one), so a record read without its row is one deleted here.
 */
async function readSyncedState(
  database: ScopeJournalDatabase,
  scope: SyncScope,
  batches: readonly ReadBatch[],
): Promise<{ rows: SyncedRows; records: Map<string, SyncRecord> }> {
  type Row = Record<string, unknown> | undefined;
  let reads: [Promise<(StoredSyncRecord | undefined)[]>, ...Promise<Row[]>[]];
  if (scope === 'all') {
    reads = [database.syncRecords.toArray(), ...syncedTableNames.map((name) => database.table(name).toArray() as Promise<Row[]>)];
  } else {
    const keys = new Set(scope);
    for (const batch of batches) for (const change of batch.changes) keys.add(syncRecordKey(change.table, change.id));
    const idsOf = new Map<string, string[]>(syncedTableNames.map((name) => [name, []]));
    for (const key of keys) {
      const slash = key.indexOf('/');
      idsOf.get(key.slice(0, slash))?.push(key.slice(slash + 1));
    }
    reads = [
      database.syncRecords.bulkGet([...keys]),
      ...syncedTableNames.map((name) => database.table(name).bulkGet(idsOf.get(name) ?? []) as Promise<Row[]>),
    ];
  }
  const [stored, ...tableRows] = await Promise.all(reads);
  const rows = Object.fromEntries(
    syncedTableNames.map((name, index) => [
      name,
      new Map((tableRows[index] ?? []).filter((row) => row !== undefined).map((row) => [String(row.id), row])),
    ]),
  );
  const records = new Map<string, SyncRecord>();
  for (const record of stored) if (record !== undefined) records.set(record.key, readStoredSyncRecord(record));
  return { rows: rows as unknown as SyncedRows, records };
}

/**
 * One sync against this journal, all or nothing, in one transaction over the synced tables and the
 * sync state: works out what changed here since the last sync and puts it in the outbox as batches
 * of this device; applies `batches` from other computers on top; writes the rows that changed;
 * marks the batches applied. An edit saved in the app while the sync runs waits for the
 * transaction, and is found by the next sync.
 */
export async function applySync(
  database: ScopeJournalDatabase,
  deviceId: string,
  now: () => number,
  batches: readonly ReadBatch[],
  scope: SyncScope = 'all',
): Promise<SyncOutcome> {
  const tables = [...syncedTables(database), database.syncRecords, database.syncState, database.syncOutbox];
  return database.transaction('rw', tables, async () => {
    const [clock, applied, { rows, records }, reviews] = await Promise.all([
      loadClock(database, deviceId, now),
      appliedBatches(database),
      readSyncedState(database, scope, batches),
      database.reviews.toArray(),
    ]);
    // The database holds one review per quarter: a review of a quarter another review holds here is refused.
    const reviewOfQuarter = new Map<string, string>(reviews.map((review) => [review.quarter, review.id]));
    const checkRow = (table: SyncedTableName, row: Record<string, unknown>): string | null => {
      const problem = checkSyncedRow(table, row);
      if (problem !== null || table !== 'reviews') return problem;
      const holder = reviewOfQuarter.get(String(row.quarter));
      if (holder !== undefined && holder !== row.id) {
        return `another review of ${String(row.quarter)} was written on this computer; each computer keeps its own`;
      }
      reviewOfQuarter.set(String(row.quarter), String(row.id));
      return null;
    };
    const step = planSyncStep(rows, records, batches, { deviceId, tick: () => clock.tick() }, checkRow);
    // The clock moves past every stamp received, so this computer's next edits order after them.
    for (const batch of batches) {
      const latest = latestStamp(batch.changes);
      if (latest !== undefined) clock.receive(latest);
    }
    for (const name of syncedTableNames) {
      if (step.deletes[name].length > 0) await database.table(name).bulkDelete(step.deletes[name]);
      for (const chunk of batchesOf(step.puts[name])) await database.table(name).bulkPut(chunk);
    }
    for (const chunk of batchesOf(step.records)) await database.syncRecords.bulkPut(chunk.map(storedSyncRecord));
    for (const text of writeSyncBatches(deviceId, step.outgoing)) await database.syncOutbox.add({ text });
    const unsettled = new Set(step.unsettled);
    for (const batch of batches) {
      if (unsettled.has(batch.source)) continue;
      const names = applied.get(batch.deviceId) ?? new Set<string>();
      names.add(batch.name);
      applied.set(batch.deviceId, names);
    }
    await database.syncState.bulkPut([...applied].map(([device, names]) => ({ key: appliedKey(device), value: [...names] })));
    const last = clock.last();
    if (last !== undefined) await database.syncState.put({ key: clockKey, value: last });
    const received = syncedTableNames.reduce((sum, name) => sum + step.puts[name].length + step.deletes[name].length, 0);
    return { sent: step.outgoing.length, received, refused: step.refused, revived: step.revived };
  });
}

/** The entries whose body was edited on two computers, with changes that overlap. */
export async function conflictedRecords(database: ScopeJournalDatabase): Promise<SyncRecord[]> {
  return (await database.syncRecords.where('conflict').equals(1).toArray()).map(readStoredSyncRecord);
}

/**
 * Settles an entry edited on two computers with `text`, the version the user kept: the entry's body
 * becomes it, and a new version that has seen every other one goes into the outbox, so every
 * computer settles the same way at its next sync.
 */
export async function keepBodyVersion(
  database: ScopeJournalDatabase,
  deviceId: string,
  now: () => number,
  entryId: string,
  text: string,
  updatedAt: string,
): Promise<void> {
  await database.transaction('rw', [database.entries, database.syncRecords, database.syncState, database.syncOutbox], async () => {
    const stored = await database.syncRecords.get(syncRecordKey('entries', entryId));
    const record = stored === undefined ? undefined : readStoredSyncRecord(stored);
    const entry = await database.entries.get(entryId);
    if (record === undefined || entry === undefined) throw new Error('This entry is no longer in the journal.');
    const clock = await loadClock(database, deviceId, now);
    const writer = { deviceId, tick: () => clock.tick() };
    const bodyChange = keepBodyChange(record, text, writer);
    const change = { ...bodyChange, fields: { updatedAt: { clock: writer.tick(), value: updatedAt } } };
    await database.syncRecords.put(storedSyncRecord(applyChange(record, change)));
    await database.entries.put({ ...entry, body: text, updatedAt });
    for (const batch of writeSyncBatches(deviceId, [change])) await database.syncOutbox.add({ text: batch });
    await database.syncState.put({ key: clockKey, value: clock.last() satisfies ClockStamp | undefined });
  });
}

/** Forgets every sync record and state: this computer no longer syncs (the journal stays). */
export async function clearSyncState(database: ScopeJournalDatabase): Promise<void> {
  await database.transaction('rw', [database.syncRecords, database.syncState, database.syncOutbox], () => clearSyncTables(database));
}

/**
 * Makes sure the sync state is this folder's and this device id's: after "Remove this computer",
 * or a change of folder, the state of the old one is forgotten before anything is read, so the
 * next sync starts afresh (and sends the whole journal). True when it was forgotten.
 */
export async function bindSyncState(database: ScopeJournalDatabase, folder: string, deviceId: string): Promise<boolean> {
  const binding = `${deviceId}|${folder}`;
  return database.transaction('rw', [database.syncRecords, database.syncState, database.syncOutbox], async () => {
    const row = await database.syncState.get(boundKey);
    if (row?.value === binding) return false;
    const hadState = row !== undefined || (await database.syncRecords.count()) > 0;
    await clearSyncTables(database);
    await database.syncState.put({ key: boundKey, value: binding });
    return hadState;
  });
}

/** True when this journal has synced before (its sync state holds records). */
export async function hasSynced(database: ScopeJournalDatabase): Promise<boolean> {
  return (await database.syncRecords.count()) > 0;
}

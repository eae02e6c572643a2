import { isSameValue } from '../backup/backupMerge';
import {
  applyChange,
  diffRow,
  isPresent,
  materialize,
  syncRecordKey,
  type LocalWriter,
  type RecordChange,
  type SyncRecord,
  type SyncedTableName,
} from './syncRecord';

/** A journal's rows, by table, by id. */
export type SyncedRows = Readonly<Record<SyncedTableName, ReadonlyMap<string, Readonly<Record<string, unknown>>>>>;

/** Changes read from another computer's batch, named by its source (the device and file). */
export interface RemoteBatch {
  source: string;
  changes: readonly RecordChange[];
}

/** Checks a row the sync would write: null when it is a valid row of its table, else why not. */
export type RowCheck = (table: SyncedTableName, row: Record<string, unknown>) => string | null;

/** What one sync does to the journal and its sync state, worked out before anything is written. */
export interface SyncStep {
  /** The changes made on this computer since the last sync, to write to the folder. */
  outgoing: RecordChange[];
  /** The sync records that changed. */
  records: SyncRecord[];
  /** Rows to write, by table. */
  puts: Record<SyncedTableName, Record<string, unknown>[]>;
  /** Rows to delete, by table. */
  deletes: Record<SyncedTableName, string[]>;
  /** Rows from other computers that were not valid, and were not written: `<table>/<id>: why`. */
  refused: string[];
  /**
   * The batches that held a refused change: not applied in full, so not to be marked applied (a
   * later version of the app may read them; the refused records keep their state until then).
   */
  unsettled: string[];
  /** Records deleted here that came back, because another computer edited them after the deletion. */
  revived: string[];
}

function emptyByTable<T>(make: () => T): Record<SyncedTableName, T> {
  return { entries: make(), reviews: make(), goals: make(), readingList: make(), packets: make(), frameworks: make() };
}

/**
 * One sync, worked out: first what changed here since the last sync (`rows` against `records`),
 * as new writes by `writer`; then `remote`, the changes of other computers, applied on top; then
 * the rows that now differ from what the journal holds. Pure: the caller reads and writes.
 */
export function planSyncStep(
  rows: SyncedRows,
  records: ReadonlyMap<string, SyncRecord>,
  remote: readonly RemoteBatch[],
  writer: LocalWriter,
  checkRow: RowCheck,
): SyncStep {
  const step: SyncStep = {
    outgoing: [],
    records: [],
    puts: emptyByTable(() => []),
    deletes: emptyByTable(() => []),
    refused: [],
    unsettled: [],
    revived: [],
  };
  const changed = new Map<string, SyncRecord>();
  const recordOf = (key: string) => changed.get(key) ?? records.get(key);

  // 1. This computer's edits since the last sync: every row against its record, and every
  //    record whose row is gone.
  for (const table of Object.keys(rows) as SyncedTableName[]) {
    const tableRows = rows[table];
    for (const [id, row] of tableRows) {
      const key = syncRecordKey(table, id);
      const change = diffRow(table, id, row, records.get(key), writer);
      if (change === null) continue;
      step.outgoing.push(change);
      changed.set(key, applyChange(records.get(key), change));
    }
  }
  for (const [key, record] of records) {
    if (rows[record.table].has(record.id) || !isPresent(record)) continue;
    const change = diffRow(record.table, record.id, undefined, record, writer);
    if (change === null) continue;
    step.outgoing.push(change);
    changed.set(key, applyChange(record, change));
  }

  // 2. Other computers' changes, on top. Which rows to write is decided per record once all are in.
  const afterLocal = new Map(changed);
  const sourcesOf = new Map<string, Set<string>>();
  for (const batch of remote) {
    for (const change of batch.changes) {
      const key = syncRecordKey(change.table, change.id);
      changed.set(key, applyChange(recordOf(key), change));
      const sources = sourcesOf.get(key) ?? new Set<string>();
      sources.add(batch.source);
      sourcesOf.set(key, sources);
    }
  }

  // 3. The rows the journal must now hold.
  const unsettled = new Set<string>();
  for (const [key, sources] of sourcesOf) {
    const record = changed.get(key);
    if (record === undefined) continue;
    const current = rows[record.table].get(record.id);
    const shown = materialize(record);
    if (shown === null) {
      if (current !== undefined) step.deletes[record.table].push(record.id);
      continue;
    }
    if (current !== undefined && isSameValue(current, shown.row)) continue;
    const problem = checkRow(record.table, shown.row);
    if (problem !== null) {
      step.refused.push(`${key}: ${problem}`);
      // The record keeps what it had before this sync's remote changes.
      const kept = afterLocal.get(key);
      if (kept === undefined) changed.delete(key);
      else changed.set(key, kept);
      for (const source of sources) unsettled.add(source);
      continue;
    }
    const before = records.get(key);
    if (current === undefined && before !== undefined && !isPresent(before)) step.revived.push(key);
    step.puts[record.table].push(shown.row);
  }
  step.records = [...changed.values()];
  step.unsettled = [...unsettled];
  return step;
}

import { isSameValue } from '../backup/backupMerge';
import { mergeBodyVersions, nextBodyVersion, resolveBody, type BodyVersion, type ResolvedBody } from './bodyVersions';
import { laterStamp, type ClockStamp } from './hybridClock';

/**
 * The tables that sync between computers, each keyed by `id`. Settings stay with each computer
 * (its theme, its backup folder); the Inbox's drafts stay with the computer whose git history and
 * calendars made them; attachments travel as files (see `syncFiles.ts`).
 */
export const syncedTableNames = ['entries', 'reviews', 'goals', 'readingList', 'packets', 'frameworks'] as const;
export type SyncedTableName = (typeof syncedTableNames)[number];

/** One field's value and when it was set; a register with no `value` is a field that was removed. */
export interface FieldRegister {
  clock: ClockStamp;
  value?: unknown;
}

/**
 * What a device knows of one record: each field's last write (last writer wins, by stamp), the
 * entry body's versions (see `bodyVersions.ts`), and `removed`, the stamp of its deletion, if it
 * was deleted for good. A record is present while any write is later than its deletion: an edit
 * made on one computer after the record was deleted on another brings it back, with every field
 * as last written. (Moving an entry to the trash is an edit of its `deletedAt`, like any other.)
 */
export interface SyncRecord {
  /** `<table>/<id>`: the primary key of the sync state. */
  key: string;
  table: SyncedTableName;
  id: string;
  fields: Record<string, FieldRegister>;
  bodies?: BodyVersion[];
  removed?: ClockStamp;
  /** 1 while the body's versions overlap (an index holds only these); absent otherwise. */
  conflict?: 1;
}

/**
 * Registers as they are written down (in a batch, in the sync state): the clock most of them share
 * is given once, as `clock`, and left out of every register that has it. One edit gives every field
 * it changes one stamp, so most records and changes hold a single clock: written once, not once per
 * field, it halves what the sync state stores for an entry.
 */
export interface PackedFields {
  clock?: ClockStamp;
  fields: Record<string, Partial<FieldRegister>>;
}

/** `fields` packed (see `PackedFields`). */
export function packFields(fields: Readonly<Record<string, FieldRegister>>): PackedFields {
  const counts = new Map<ClockStamp, number>();
  let shared: ClockStamp | undefined;
  let most = 0;
  for (const register of Object.values(fields)) {
    const count = (counts.get(register.clock) ?? 0) + 1;
    counts.set(register.clock, count);
    if (count > most) {
      most = count;
      shared = register.clock;
    }
  }
  const packed: Record<string, Partial<FieldRegister>> = {};
  for (const [name, register] of Object.entries(fields)) {
    const written: Partial<FieldRegister> = register.clock === shared ? {} : { clock: register.clock };
    if ('value' in register) written.value = register.value;
    packed[name] = written;
  }
  return shared === undefined ? { fields: packed } : { clock: shared, fields: packed };
}

/** The registers `packFields` packed (either form: a register's own clock wins); null when one has no clock. */
export function unpackFields(
  clock: ClockStamp | undefined,
  fields: Readonly<Record<string, Partial<FieldRegister>>>,
): Record<string, FieldRegister> | null {
  const registers: Record<string, FieldRegister> = {};
  for (const [name, written] of Object.entries(fields)) {
    const fieldClock = written.clock ?? clock;
    if (fieldClock === undefined) return null;
    registers[name] = 'value' in written ? { clock: fieldClock, value: written.value } : { clock: fieldClock };
  }
  return registers;
}

/** A record as the sync state's table stores it: its fields packed. */
export type StoredSyncRecord = Omit<SyncRecord, 'fields'> & PackedFields;

/** `record` as the sync state stores it. */
export function storedSyncRecord(record: SyncRecord): StoredSyncRecord {
  const { fields, ...rest } = record;
  return { ...rest, ...packFields(fields) };
}

/** The record the sync state stored (packed, or as version 5 stored it: every register with its clock). */
export function readStoredSyncRecord(stored: StoredSyncRecord): SyncRecord {
  const { clock, fields, ...rest } = stored;
  const registers = unpackFields(clock, fields);
  if (registers === null) throw new Error(`The sync state of ${stored.key} is damaged: a field has no clock.`);
  return { ...rest, fields: registers };
}

/** A change to one record, as it travels in a batch: only what changed. */
export interface RecordChange {
  table: SyncedTableName;
  id: string;
  fields?: Record<string, FieldRegister>;
  bodies?: BodyVersion[];
  removed?: ClockStamp;
}

/** The field of entries whose text is merged rather than last-writer-wins. */
const mergedField = 'body';

/** The key of a record's sync state. */
export function syncRecordKey(table: SyncedTableName, id: string): string {
  return `${table}/${id}`;
}

function hasMergedBody(table: SyncedTableName): boolean {
  return table === 'entries';
}

/** The latest stamp of any write to `record`, its deletion aside. */
export function latestWrite(record: Pick<SyncRecord, 'fields' | 'bodies'>): ClockStamp | undefined {
  let latest: ClockStamp | undefined;
  for (const register of Object.values(record.fields)) latest = laterStamp(latest, register.clock);
  for (const version of record.bodies ?? []) latest = laterStamp(latest, version.clock);
  return latest;
}

/** True while `record` is present: not deleted, or written again since. */
export function isPresent(record: SyncRecord): boolean {
  if (record.removed === undefined) return true;
  const latest = latestWrite(record);
  return latest !== undefined && latest > record.removed;
}

/**
 * `record` with `change` applied (either may come first: applying the same changes in any order,
 * any number of times, gives the same record). A new record when `record` is undefined.
 */
export function applyChange(record: SyncRecord | undefined, change: RecordChange): SyncRecord {
  const fields: Record<string, FieldRegister> = { ...record?.fields };
  for (const [name, register] of Object.entries(change.fields ?? {})) {
    const held = fields[name];
    if (held === undefined || register.clock > held.clock) fields[name] = register;
  }
  const next: SyncRecord = {
    key: syncRecordKey(change.table, change.id),
    table: change.table,
    id: change.id,
    fields,
  };
  const bodies = change.bodies || record?.bodies ? mergeBodyVersions(record?.bodies ?? [], change.bodies ?? []) : undefined;
  if (bodies !== undefined) next.bodies = bodies;
  const removed = laterStamp(record?.removed, change.removed);
  if (removed !== undefined) next.removed = removed;
  if (bodies !== undefined && resolveBody(bodies).conflicting.length > 0) next.conflict = 1;
  return next;
}

/** The row `record` stands for, with its body resolved; null when it is deleted. */
export function materialize(record: SyncRecord): { row: Record<string, unknown>; body: ResolvedBody | null } | null {
  if (!isPresent(record)) return null;
  const row: Record<string, unknown> = { id: record.id };
  for (const [name, register] of Object.entries(record.fields)) {
    if ('value' in register && register.value !== undefined) row[name] = register.value;
  }
  if (!hasMergedBody(record.table) || record.bodies === undefined) return { row, body: null };
  const body = resolveBody(record.bodies);
  row[mergedField] = body.text;
  return { row, body };
}

/** Who is writing: the device, and its clock's next stamp. */
export interface LocalWriter {
  deviceId: string;
  tick(): ClockStamp;
}

/**
 * The change that makes `record` stand for `row`, as written on this computer since the last
 * sync: each field that differs, a new body version when the body differs, or a deletion when the
 * row is gone. Null when nothing differs.
 */
export function diffRow(
  table: SyncedTableName,
  id: string,
  row: Readonly<Record<string, unknown>> | undefined,
  record: SyncRecord | undefined,
  writer: LocalWriter,
): RecordChange | null {
  const shown = record === undefined ? null : materialize(record);
  if (row === undefined) {
    // Gone here, present in the sync state: deleted for good on this computer.
    return shown === null ? null : { table, id, removed: writer.tick() };
  }
  const change: RecordChange = { table, id };
  const fields: Record<string, FieldRegister> = {};
  // One edit, one stamp: every field this sync found changed in the record shares it (made only if needed).
  let stamp: ClockStamp | undefined;
  const clock = () => (stamp ??= writer.tick());
  const names = new Set([...Object.keys(row), ...Object.keys(shown?.row ?? {})]);
  names.delete('id');
  const mergesBody = hasMergedBody(table);
  if (mergesBody) names.delete(mergedField);
  for (const name of names) {
    const value = row[name];
    if (shown !== null && isSameValue(value, shown.row[name])) continue;
    fields[name] = value === undefined ? { clock: clock() } : { clock: clock(), value };
  }
  if (Object.keys(fields).length > 0) change.fields = fields;
  if (mergesBody) {
    const text = typeof row[mergedField] === 'string' ? row[mergedField] : '';
    if (shown?.body === null || shown?.body === undefined || shown.body.text !== text) {
      change.bodies = [nextBodyVersion(record?.bodies ?? [], writer.deviceId, clock(), text)];
    }
  }
  return change.fields === undefined && change.bodies === undefined ? null : change;
}

/**
 * The change that settles an entry's overlapping body versions with `text` (the version the user
 * chose to keep): a new version that has seen all of them.
 */
export function keepBodyChange(record: SyncRecord, text: string, writer: LocalWriter): RecordChange {
  return { table: record.table, id: record.id, bodies: [nextBodyVersion(record.bodies ?? [], writer.deviceId, writer.tick(), text)] };
}

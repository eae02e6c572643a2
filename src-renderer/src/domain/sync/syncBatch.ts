import { z } from 'zod';
import { isStamp, laterStamp, type ClockStamp } from './hybridClock';
import { latestWrite, packFields, syncedTableNames, unpackFields, type PackedFields, type RecordChange } from './syncRecord';

/**
 * A batch: the changes one device wrote in one sync, as one file of its own folder. Its JSON is
 * what the folder's `devices/<id>/batches/<n>.sjs` files hold, encrypted (docs/sync.md).
 */
export interface SyncBatch {
  format: typeof batchFormat;
  version: typeof batchVersion;
  deviceId: string;
  changes: RecordChange[];
}

const batchFormat = 'scope-journal-sync-batch';
/** The batch format this app writes and reads; a higher one is refused until the app is updated. */
export const batchVersion = 1;

/** Most changes one batch holds; a sync with more writes several batches. */
export const changesPerBatch = 2_000;

const stamp = z.string().max(100).refine(isStamp, 'is not a clock stamp');
const identifier = z.string().min(1).max(200);
// A field name can never reach an object's prototype: rows and registers are plain objects.
const isSafeKey = (name: string) => !['__proto__', 'constructor', 'prototype'].includes(name);
const fieldName = z.string().min(1).max(100).refine(isSafeKey, 'is not a field name');
const deviceKey = z.string().min(1).max(64).refine(isSafeKey, 'is not a device id');
// A register's clock may be left out when it is its change's `clock` (see `packFields`).
const register = z.strictObject({ clock: stamp.optional(), value: z.unknown().optional() });
const bodyVersion = z.strictObject({
  clock: stamp,
  text: z.string().max(1_000_000),
  seen: z
    .record(deviceKey, z.number().int().min(0).max(Number.MAX_SAFE_INTEGER))
    .refine((seen) => Object.keys(seen).length <= 1_000, 'lists too many devices'),
  base: z.string().max(1_000_000),
});
const recordChange = z.strictObject({
  table: z.enum(syncedTableNames),
  id: identifier,
  clock: stamp.optional(),
  fields: z.record(fieldName, register).optional(),
  bodies: z.array(bodyVersion).max(100).optional(),
  removed: stamp.optional(),
});
const batchHeader = z.looseObject({ format: z.literal(batchFormat), version: z.number().int().min(1) });
const batchSchema = z.strictObject({
  format: z.literal(batchFormat),
  version: z.literal(batchVersion),
  deviceId: identifier,
  changes: z.array(recordChange).max(changesPerBatch),
});

/** A batch that cannot be applied, and why, in words for the status line. */
export class BatchProblem extends Error {
  constructor(
    message: string,
    readonly isNewerFormat: boolean,
  ) {
    super(message);
    this.name = 'BatchProblem';
  }
}

/** The batch in `text`, checked; throws a `BatchProblem` when it is not one this app can apply. */
export function parseSyncBatch(text: string): SyncBatch {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new BatchProblem('it is not readable JSON', false);
  }
  const header = batchHeader.safeParse(json);
  if (!header.success) throw new BatchProblem('it is not a Scope Journal sync batch', false);
  if (header.data.version > batchVersion) {
    throw new BatchProblem(`it was written by a newer version of Scope Journal (batch format ${header.data.version})`, true);
  }
  const batch = batchSchema.safeParse(json);
  if (!batch.success) throw new BatchProblem('its changes are malformed', false);
  const changes = batch.data.changes.map(({ clock, fields, ...change }): RecordChange => {
    if (fields === undefined) return change;
    const registers = unpackFields(clock, fields);
    if (registers === null) throw new BatchProblem('a field of its changes has no clock', false);
    return { ...change, fields: registers };
  });
  return { ...batch.data, changes };
}

/** `change` as written in a batch: its fields packed (see `packFields`), which keeps batches and their parsing small. */
function compact(change: RecordChange): WrittenChange {
  return change.fields === undefined ? change : { ...change, ...packFields(change.fields) };
}

/** A change as a batch file holds it (see `compact`). */
type WrittenChange = Omit<RecordChange, 'fields'> & Partial<PackedFields>;

/** The latest stamp in `changes`, so the clock can move past it. */
export function latestStamp(changes: readonly RecordChange[]): ClockStamp | undefined {
  let latest: ClockStamp | undefined;
  for (const change of changes) {
    latest = laterStamp(latest, laterStamp(change.removed, latestWrite({ fields: change.fields ?? {}, bodies: change.bodies })));
  }
  return latest;
}

/** The batches that carry `changes`, at most `changesPerBatch` each, as the text of their files. */
export function writeSyncBatches(deviceId: string, changes: readonly RecordChange[]): string[] {
  const texts: string[] = [];
  for (let start = 0; start < changes.length; start += changesPerBatch) {
    const batch: Omit<SyncBatch, 'changes'> & { changes: WrittenChange[] } = {
      format: batchFormat,
      version: batchVersion,
      deviceId,
      changes: changes.slice(start, start + changesPerBatch).map(compact),
    };
    texts.push(JSON.stringify(batch));
  }
  return texts;
}

import { describe, expect, it } from 'vitest';
import { parseSyncBatch, writeSyncBatches, changesPerBatch } from '../../../src-renderer/src/domain/sync/syncBatch';
import {
  packFields,
  readStoredSyncRecord,
  storedSyncRecord,
  unpackFields,
  type RecordChange,
  type SyncRecord,
} from '../../../src-renderer/src/domain/sync/syncRecord';

const stamp = (n: number) => `000001796637603000-${String(n).padStart(4, '0')}-home`;

describe('sync batches', () => {
  it('round-trips changes, writing a clock shared by every field once', () => {
    const changes: RecordChange[] = [
      { table: 'entries', id: 'a', fields: { title: { clock: stamp(1), value: 'A' }, tags: { clock: stamp(1) } } },
      { table: 'goals', id: 'g', fields: { status: { clock: stamp(2), value: 'done' }, notes: { clock: stamp(3), value: 'x' } } },
      { table: 'entries', id: 'b', removed: stamp(4) },
      { table: 'entries', id: 'c', bodies: [{ clock: stamp(5), text: 'new', seen: { home: 2 }, base: 'old' }] },
    ];
    const [text] = writeSyncBatches('home', changes);
    expect(text?.split(stamp(1)).length).toBe(2);
    expect(parseSyncBatch(text ?? '').changes).toEqual(changes);
  });

  it('writes the clock most fields share once, and each other field’s own clock beside its value', () => {
    const fields = {
      title: { clock: stamp(7), value: 'Shipped' },
      kind: { clock: stamp(6), value: 'win' },
      tags: { clock: stamp(6), value: ['api'] },
      impact: { clock: stamp(6) },
    };
    const packed = packFields(fields);
    expect(packed).toEqual({
      clock: stamp(6),
      fields: { title: { clock: stamp(7), value: 'Shipped' }, kind: { value: 'win' }, tags: { value: ['api'] }, impact: {} },
    });
    expect(unpackFields(packed.clock, packed.fields)).toEqual(fields);
    // Registers that carry their own clocks read the same (how version 5 stored the sync records).
    expect(unpackFields(undefined, fields)).toEqual(fields);
    expect(unpackFields(undefined, { title: { value: 'x' } })).toBeNull();
    const [text] = writeSyncBatches('home', [{ table: 'entries', id: 'a', fields }]);
    expect(text?.split(stamp(6)).length).toBe(2);
    expect(parseSyncBatch(text ?? '').changes).toEqual([{ table: 'entries', id: 'a', fields }]);
  });

  it('stores a sync record packed, and reads it back whole', () => {
    const record: SyncRecord = {
      key: 'entries/a',
      table: 'entries',
      id: 'a',
      fields: {
        title: { clock: stamp(2), value: 'A' },
        kind: { clock: stamp(1), value: 'win' },
        scope: { clock: stamp(2), value: 'team' },
      },
      bodies: [{ clock: stamp(2), text: 'new', seen: { home: 1 }, base: '' }],
      removed: stamp(1),
      conflict: 1,
    };
    const stored = storedSyncRecord(record);
    expect(stored).toEqual({
      key: 'entries/a',
      table: 'entries',
      id: 'a',
      clock: stamp(2),
      fields: { title: { value: 'A' }, kind: { clock: stamp(1), value: 'win' }, scope: { value: 'team' } },
      bodies: record.bodies,
      removed: stamp(1),
      conflict: 1,
    });
    expect(readStoredSyncRecord(stored)).toEqual(record);
    expect(readStoredSyncRecord({ ...record })).toEqual(record);
    expect(() => readStoredSyncRecord({ ...stored, clock: undefined })).toThrow('The sync state of entries/a is damaged');
  });

  it('splits many changes into batches of at most the limit', () => {
    const changes: RecordChange[] = Array.from({ length: changesPerBatch + 1 }, (_, index) => ({
      table: 'entries',
      id: `e${index}`,
      removed: stamp(1),
    }));
    const texts = writeSyncBatches('home', changes);
    expect(texts.map((text) => parseSyncBatch(text).changes.length)).toEqual([changesPerBatch, 1]);
  });

  it.each([
    ['not JSON', '{', 'not readable JSON'],
    ['not a batch', '{"format":"other"}', 'not a Scope Journal sync batch'],
    [
      'a field without a clock',
      JSON.stringify({
        format: 'scope-journal-sync-batch',
        version: 1,
        deviceId: 'h',
        changes: [{ table: 'entries', id: 'a', fields: { title: { value: 'x' } } }],
      }),
      'has no clock',
    ],
    [
      'an unknown table',
      JSON.stringify({ format: 'scope-journal-sync-batch', version: 1, deviceId: 'h', changes: [{ table: 'settings', id: 'a' }] }),
      'malformed',
    ],
    [
      'a bad stamp',
      JSON.stringify({
        format: 'scope-journal-sync-batch',
        version: 1,
        deviceId: 'h',
        changes: [{ table: 'entries', id: 'a', removed: 'yesterday' }],
      }),
      'malformed',
    ],
  ])('refuses %s', (_case, text, message) => {
    expect(() => parseSyncBatch(text)).toThrow(message);
  });

  it('never lets a field named __proto__ reach an object’s prototype', () => {
    const text = `{"format":"scope-journal-sync-batch","version":1,"deviceId":"h","changes":[{"table":"entries","id":"a","clock":"${stamp(1)}","fields":{"__proto__":{"value":{"polluted":true}}}}]}`;
    const [change] = parseSyncBatch(text).changes;
    expect(change?.fields).toEqual({});
    expect(Object.getPrototypeOf(change?.fields)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

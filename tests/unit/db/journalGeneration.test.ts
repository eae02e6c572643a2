import { afterEach, describe, expect, it } from 'vitest';
import type { ScopeJournalDatabase } from '../../../src-renderer/src/db/database';
import { createEntry, importEntries, moveEntriesToTrash } from '../../../src-renderer/src/db/entriesRepository';
import {
  currentJournalGeneration,
  loadAtGeneration,
  readJournalGeneration,
  saveAtGeneration,
} from '../../../src-renderer/src/db/journalGeneration';
import { draftOf } from '../../../src-renderer/src/domain/entries/entryMerge';
import { makeEntry } from '../entryFactory';
import { openFreshDatabase } from './freshDatabase';

let database: ScopeJournalDatabase | undefined;

afterEach(async () => {
  await database?.delete();
  database = undefined;
});

describe('the journal generation', () => {
  it('changes with every kind of write to the entries, and with nothing else', async () => {
    const db = (database = await openFreshDatabase());
    const writes: [string, () => Promise<unknown>][] = [
      ['an import', () => importEntries(db, [makeEntry({ id: 'a' }), makeEntry({ id: 'b' })])],
      ['a new entry', () => createEntry(db, draftOf(makeEntry()))],
      ['a trash', () => moveEntriesToTrash(db, ['a'])],
      ['a bulk write', () => db.entries.bulkPut(Array.from({ length: 60 }, (_, index) => makeEntry({ id: `bulk-${index}` })))],
      ['a delete', () => db.entries.delete('b')],
      ['a clear', () => db.entries.clear()],
    ];
    for (const [what, write] of writes) {
      const before = currentJournalGeneration(db.name);
      await write();
      expect(readJournalGeneration(db.name), what).not.toBe(before);
    }
    const before = currentJournalGeneration(db.name);
    await db.settings.put({ key: 'theme', value: 'dark' });
    await db.entries.toArray();
    expect(readJournalGeneration(db.name)).toBe(before);
  });

  it('changes when a write fails, so nothing saved during it can claim to include it', async () => {
    const db = (database = await openFreshDatabase());
    await importEntries(db, [makeEntry({ id: 'a' })]);
    const before = currentJournalGeneration(db.name);
    await expect(db.entries.add(makeEntry({ id: 'a' }))).rejects.toThrow();
    expect(readJournalGeneration(db.name)).not.toBe(before);
  });

  it('is kept apart for each database', async () => {
    const db = (database = await openFreshDatabase());
    const other = currentJournalGeneration('another-journal');
    await importEntries(db, [makeEntry({ id: 'a' })]);
    expect(readJournalGeneration('another-journal')).toBe(other);
  });

  it('keeps what is saved at a generation until the journal changes, and ignores what it cannot read', async () => {
    const db = (database = await openFreshDatabase());
    saveAtGeneration(db.name, 'derived', { count: 1 });
    expect(loadAtGeneration(db.name, 'derived')).toEqual({ count: 1 });
    await importEntries(db, [makeEntry({ id: 'a' })]);
    expect(loadAtGeneration(db.name, 'derived')).toBeUndefined();
    for (const text of ['{', 'null', '[]', '{"value":1}', JSON.stringify({ generation: null, value: 1 })]) {
      localStorage.setItem(`scope-journal:derived:${db.name}`, text);
      expect(loadAtGeneration(db.name, 'derived'), text).toBeUndefined();
    }
  });
});

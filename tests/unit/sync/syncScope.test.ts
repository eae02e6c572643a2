import { afterEach, expect, it } from 'vitest';
import { ScopeJournalDatabase } from '../../../src-renderer/src/db/database';
import { createEntry, updateEntry } from '../../../src-renderer/src/db/entriesRepository';
import { draftOf } from '../../../src-renderer/src/domain/entries/entryMerge';
import { emptyDraft } from '../../../src-renderer/src/domain/entries/entryDraft';
import { runSync } from '../../../src-renderer/src/features/sync/runSync';
import { syncTrackedScope, trackSyncScope, type SyncScopeTracker } from '../../../src-renderer/src/features/sync/syncScope';
import { makeEntry } from '../entryFactory';
import { createMemoryFolder } from './memorySyncFolder';

const now = () => Date.parse('2026-12-07T10:00:00Z');
let database: ScopeJournalDatabase;
let tracker: SyncScopeTracker | undefined;

async function openJournal() {
  database = new ScopeJournalDatabase(`sync-scope-${crypto.randomUUID()}`);
  await database.open();
  tracker = trackSyncScope(database.name);
  return tracker;
}

afterEach(async () => {
  tracker?.stop();
  await database.delete();
});

it('starts wide, then gathers the keys written to the synced tables until a sync takes them', async () => {
  const scope = await openJournal();
  expect(scope.take()).toBe('all');
  expect(scope.take()).toEqual(new Set());
  await database.entries.put(makeEntry({ id: 'a' }));
  await database.goals.delete('g');
  await database.settings.put({ key: 'theme', value: 'dark' });
  expect(scope.take()).toEqual(new Set(['entries/a', 'goals/g']));
  expect(scope.take()).toEqual(new Set());
});

it('widens for a write whose keys are not known one by one, on request, and when a sync gives its scope back', async () => {
  const scope = await openJournal();
  scope.take();
  await database.entries.bulkPut(Array.from({ length: 60 }, (_, index) => makeEntry({ id: `e${index}` })));
  expect(scope.take()).toBe('all');
  await database.entries.clear();
  expect(scope.take()).toBe('all');
  scope.widen();
  expect(scope.take()).toBe('all');

  await database.entries.put(makeEntry({ id: 'kept' }));
  await expect(syncTrackedScope(scope, () => Promise.reject(new Error('folder unreachable')))).rejects.toThrow('folder unreachable');
  await database.entries.put(makeEntry({ id: 'after' }));
  expect(scope.take()).toEqual(new Set(['entries/kept', 'entries/after']));
});

it('a sync looks for this computer’s edits only in its scope; a wide one finds every edit', async () => {
  await openJournal();
  const folder = createMemoryFolder().port('home');
  const entry = await createEntry(database, { ...emptyDraft('win', '2026-12-01'), title: 'Shipped' }, new Date(now()));
  expect((await runSync(database, folder, 'home', now, new Set())).sent).toBe(1); // the first sync compares everything
  // The next reads its own batch back once (and so compares that entry); after that, only the scope.
  expect((await runSync(database, folder, 'home', now, new Set())).sent).toBe(0);
  await updateEntry(database, entry.id, { ...draftOf(entry), title: 'Shipped the cache' }, new Date(now()));
  expect((await runSync(database, folder, 'home', now, new Set(['entries/other']))).sent).toBe(0);
  expect((await runSync(database, folder, 'home', now, new Set([`entries/${entry.id}`]))).sent).toBe(1);
  await updateEntry(database, entry.id, { ...draftOf(entry), title: 'Shipped the cache layer' }, new Date(now()));
  expect((await runSync(database, folder, 'home', now, 'all')).sent).toBe(1);
});

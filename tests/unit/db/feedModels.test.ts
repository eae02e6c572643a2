import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { exportBackup, restoreBackup } from '../../../src-renderer/src/db/backupRepository';
import type { ScopeJournalDatabase } from '../../../src-renderer/src/db/database';
import {
  createEntry,
  deleteEntriesForever,
  importEntries,
  listJournalEntries,
  moveEntriesToTrash,
  restoreEntries,
  saveEntryEdit,
} from '../../../src-renderer/src/db/entriesRepository';
import { JournalModel } from '../../../src-renderer/src/db/journalModel';
import { readCountsCache, writeCountsCache } from '../../../src-renderer/src/db/quarterCountsCache';
import { loadAtGeneration } from '../../../src-renderer/src/db/journalGeneration';
import { QuarterCountsModel } from '../../../src-renderer/src/db/quarterCountsModel';
import { readBackupText } from '../../../src-renderer/src/domain/backup/backupFile';
import { draftOf } from '../../../src-renderer/src/domain/entries/entryMerge';
import { noFilters, SearchIndex, searchEntries, tagCounts } from '../../../src-renderer/src/domain/entries/search';
import {
  coverageRows,
  gapsFrom,
  journalStatsOf,
  kindRows,
  scopeRows,
  statsSpan,
  type JournalStats,
  type QuarterStats,
} from '../../../src-renderer/src/domain/insights/insights';
import { quarterFromOrdinal, quartersBetween, type QuarterKey } from '../../../src-renderer/src/domain/quarters';
import type { Entry, EntryKind, ScopeLevelId } from '../../../src-renderer/src/domain/types';
import { makeEntry } from '../entryFactory';
import { framework } from '../domain/insights/insightsFixtures';
import { openFreshDatabase } from './freshDatabase';

let database: ScopeJournalDatabase | undefined;
const models: { stop(): void }[] = [];

afterEach(async () => {
  for (const model of models.splice(0)) model.stop();
  await database?.delete();
  database = undefined;
});

const kinds: EntryKind[] = ['win', 'decision', 'feedback', 'mentoring'];
const scopes: ScopeLevelId[] = ['self', 'team', 'department', 'company', 'industry'];
const words = ['latency', 'budget', 'mentoring', 'payments', 'Résumé', 'review'];

const fields = fc.record({
  title: fc.constantFrom(...words),
  body: fc.array(fc.constantFrom(...words), { maxLength: 4 }).map((parts) => parts.join(' ')),
  occurredOn: fc.constantFrom('2025-12-31', '2026-01-01', '2026-03-31', '2026-04-01', '2026-08-15', '2024-02-29'),
  kind: fc.constantFrom(...kinds),
  scope: fc.constantFrom(...scopes),
  competencies: fc.subarray(['alpha', 'beta', 'gamma', 'retired'], { maxLength: 3 }),
  tags: fc.subarray(['payments', 'on-call', 'talks'], { maxLength: 2 }),
});
type Fields = typeof fields extends fc.Arbitrary<infer T> ? T : never;

/** One write of every kind the app makes; `pick` chooses among the entries present. */
const step = fc.oneof(
  fc.record({ type: fc.constant('add' as const), fields }),
  fc.record({ type: fc.constant('edit' as const), pick: fc.nat(), fields }),
  fc.record({ type: fc.constant('trash' as const), pick: fc.nat() }),
  fc.record({ type: fc.constant('restore' as const), pick: fc.nat() }),
  fc.record({ type: fc.constant('delete forever' as const), pick: fc.nat() }),
  fc.record({ type: fc.constant('import' as const), many: fc.array(fields, { minLength: 1, maxLength: 60 }) }),
  fc.record({ type: fc.constant('restore backup' as const), mode: fc.constantFrom('replace' as const, 'merge' as const) }),
);
type Step = typeof step extends fc.Arbitrary<infer T> ? T : never;

let imported = 0;
function entryFrom(values: Fields): Entry {
  imported += 1;
  return makeEntry({ ...values, id: `imported-${imported}`, updatedAt: `2026-05-01T10:00:${String(imported % 60).padStart(2, '0')}.000Z` });
}

async function perform(db: ScopeJournalDatabase, action: Step, backup: string): Promise<void> {
  const all = await db.entries.orderBy('id').toArray();
  const chosen = (pick: number, wanted: (entry: Entry) => boolean) => all.filter(wanted)[pick % Math.max(1, all.filter(wanted).length)];
  switch (action.type) {
    case 'add':
      await createEntry(db, draftOf(makeEntry(action.fields)));
      return;
    case 'edit': {
      const entry = chosen(action.pick, (candidate) => candidate.deletedAt === null);
      if (entry) await saveEntryEdit(db, entry.id, { ...draftOf(entry), ...action.fields }, null);
      return;
    }
    case 'trash': {
      const entry = chosen(action.pick, (candidate) => candidate.deletedAt === null);
      if (entry) await moveEntriesToTrash(db, [entry.id]);
      return;
    }
    case 'restore': {
      const entry = chosen(action.pick, (candidate) => candidate.deletedAt !== null);
      if (entry) await restoreEntries(db, [entry.id]);
      return;
    }
    case 'delete forever': {
      const entry = chosen(action.pick, (candidate) => candidate.deletedAt !== null);
      if (entry) await deleteEntriesForever(db, [entry.id]);
      return;
    }
    case 'import':
      // Up to 60 at once: 50 or more is a write whose keys the feed does not list one by one.
      await importEntries(db, action.many.map(entryFrom));
      return;
    case 'restore backup': {
      const read = await readBackupText(backup);
      if (!read.ok) throw new Error(read.problem);
      await restoreBackup(db, read.backup, action.mode);
    }
  }
}

/**
 * Lets the change feed deliver and the models apply it: waits, a few milliseconds at a time (at
 * most about a second), until `isDone` holds, or the models have been quiet for five rounds.
 */
async function settle(models: { settled(): Promise<void> }[], isDone: () => Promise<boolean> | boolean = () => false): Promise<void> {
  for (let round = 0; round < 200; round += 1) {
    await new Promise((resolve) => setTimeout(resolve, round < 5 ? 0 : 5));
    await Promise.all(models.map((model) => model.settled()));
    if (round >= 4 && (await isDone())) return;
  }
}

describe('views kept in step by the change feed', () => {
  it('after every write, each view equals a fresh read of the database', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 12 }), fc.array(fields, { maxLength: 8 }), async (steps, seed) => {
        const db = (database = await openFreshDatabase());
        await importEntries(db, seed.map(entryFrom));
        const backup = await exportBackup(db);
        const journal = new JournalModel(db, { firstPageSize: 3, chunkSize: 4 });
        const counts = new QuarterCountsModel(db, journal);
        models.push(journal, counts);
        journal.subscribe(() => undefined);
        counts.subscribe(() => undefined);
        const searchIndex = new SearchIndex();
        const query = { ...noFilters, text: 'me' };
        await settle([journal, counts]);

        for (const action of steps) {
          await perform(db, action, backup);
          const inStep = async () => {
            const fresh = await listJournalEntries(db);
            const counted = counts.getSnapshot();
            return (
              JSON.stringify(journal.getSnapshot()?.entries) === JSON.stringify(fresh) &&
              counted !== undefined &&
              JSON.stringify(statsSpan(counted)) === JSON.stringify(statsSpan(journalStatsOf(fresh)))
            );
          };
          await settle([journal, counts], inStep);
          const fresh = await listJournalEntries(db);
          const shown = journal.getSnapshot();
          expect(shown?.isComplete).toBe(true);
          expect(shown?.entries).toEqual(fresh);
          expect(shown?.totalCount).toBe(fresh.length);
          expect(shown?.tags).toEqual(tagCounts(fresh));
          expect(searchEntries(shown?.entries ?? [], query, searchIndex)).toEqual(searchEntries(fresh, query, new SearchIndex()));

          const expected = journalStatsOf(fresh);
          const actual: JournalStats = counts.getSnapshot() ?? new Map<number, QuarterStats>();
          expect(statsSpan(actual)).toEqual(statsSpan(expected));
          const quarters: QuarterKey[] = quartersBetween(quarterFromOrdinal(8_096), quarterFromOrdinal(8_106));
          expect(scopeRows(actual, quarters)).toEqual(scopeRows(expected, quarters));
          expect(kindRows(actual, quarters)).toEqual(kindRows(expected, quarters));
          for (const quarter of quarters) {
            expect(coverageRows(actual, framework, quarter, ['beta'])).toEqual(coverageRows(expected, framework, quarter, ['beta']));
            expect(gapsFrom(actual, framework, quarter)).toEqual(gapsFrom(expected, framework, quarter));
          }
        }
        for (const model of models.splice(0)) model.stop();
        await db.delete();
        database = undefined;
      }),
      { numRuns: 25 },
    );
  }, 120_000);

  it('shows the newest page first, then the whole journal, and moves only the entry a save touched', async () => {
    const db = (database = await openFreshDatabase());
    await importEntries(
      db,
      Array.from({ length: 30 }, (_, index) =>
        makeEntry({ id: `e${String(index).padStart(2, '0')}`, occurredOn: `2026-01-${String(index + 1).padStart(2, '0')}` }),
      ),
    );
    const journal = new JournalModel(db, { firstPageSize: 5, chunkSize: 7 });
    models.push(journal);
    const seen: (number | undefined)[] = [];
    journal.subscribe(() => seen.push(journal.getSnapshot()?.entries.length));
    await settle([journal], () => journal.getSnapshot()?.isComplete === true);
    expect(seen).toEqual([5, 30]);

    const before = journal.getSnapshot()?.entries ?? [];
    const moved = before[29] as Entry;
    await saveEntryEdit(db, moved.id, { ...draftOf(moved), occurredOn: '2026-02-01' }, null);
    await settle([journal], () => journal.getSnapshot()?.entries[0]?.id === moved.id);
    const after = journal.getSnapshot()?.entries ?? [];
    expect(after[0]?.id).toBe(moved.id);
    // Every other entry is the very same object: nothing was read again but the saved one.
    expect(after.slice(1).every((entry, index) => entry === before[index])).toBe(true);
  });
});

describe('the Insights counts saved for the next start', () => {
  async function firstTwoPublished(db: ScopeJournalDatabase): Promise<(JournalStats | undefined)[]> {
    const journal = new JournalModel(db);
    const counts = new QuarterCountsModel(db, journal);
    models.push(journal, counts);
    const published: (JournalStats | undefined)[] = [];
    counts.subscribe(() => published.push(counts.getSnapshot()));
    await settle([journal, counts], () => published.length >= 2 || journal.getSnapshot()?.isComplete === true);
    await settle([journal, counts]);
    return published;
  }

  it('are drawn at once when the journal has not changed since, then replaced by the counts of its entries', async () => {
    const db = (database = await openFreshDatabase());
    await importEntries(db, [makeEntry({ id: 'a', occurredOn: '2026-05-01', scope: 'team' })]);
    const saved: JournalStats = new Map([
      [8_105, { ordinal: 8_105, total: 7, scopes: new Map([['company', 7]]), kinds: new Map(), competencies: new Map() }],
    ]);
    writeCountsCache(db.name, saved);

    const published = await firstTwoPublished(db);
    expect(published[0]).toEqual(saved);
    expect(published.at(-1)).toEqual(journalStatsOf(await listJournalEntries(db)));
    // And the exact counts are saved for the next start.
    expect(readCountsCache(db.name)).toEqual(journalStatsOf(await listJournalEntries(db)));
  });

  it('are ignored when the journal changed since they were saved', async () => {
    const db = (database = await openFreshDatabase());
    await importEntries(db, [makeEntry({ id: 'a', occurredOn: '2026-05-01' })]);
    const saved: JournalStats = new Map([
      [8_105, { ordinal: 8_105, total: 7, scopes: new Map(), kinds: new Map(), competencies: new Map() }],
    ]);
    writeCountsCache(db.name, saved);
    await importEntries(db, [makeEntry({ id: 'b', occurredOn: '2026-05-02' })]);

    const published = await firstTwoPublished(db);
    expect(published).toEqual([journalStatsOf(await listJournalEntries(db))]);
  });
});

describe('the entry count saved for the next start', () => {
  async function firstPage(db: ScopeJournalDatabase): Promise<{ totalCount: number; counted: boolean }> {
    const journal = new JournalModel(db, { firstPageSize: 1, chunkSize: 2, idleDisposeMs: 30_000 });
    models.push(journal);
    let counted = false;
    const count = db.entries.count.bind(db.entries);
    db.entries.count = () => {
      counted = true;
      return count();
    };
    const shown: number[] = [];
    journal.subscribe(() => shown.push(journal.getSnapshot()?.totalCount ?? -1));
    await settle([journal], () => journal.getSnapshot()?.isComplete === true);
    // The saved count is written once the loaded journal has settled.
    await settle([journal], () => loadAtGeneration(db.name, 'entry-count') !== undefined);
    journal.stop();
    db.entries.count = count;
    return { totalCount: shown[0] ?? -1, counted };
  }

  it('shows the count with the first page without counting the store, until the journal changes', async () => {
    const db = (database = await openFreshDatabase());
    await importEntries(
      db,
      ['a', 'b', 'c'].map((id) => makeEntry({ id })),
    );
    expect(await firstPage(db)).toEqual({ totalCount: 3, counted: true });
    expect(loadAtGeneration(db.name, 'entry-count')).toBe(3);
    expect(await firstPage(db)).toEqual({ totalCount: 3, counted: false });

    await moveEntriesToTrash(db, ['a']);
    expect(loadAtGeneration(db.name, 'entry-count')).toBeUndefined();
    expect(await firstPage(db)).toEqual({ totalCount: 2, counted: true });
    expect(await firstPage(db)).toEqual({ totalCount: 2, counted: false });
  });

  it('is never saved while a write the model has heard is still being read back', async () => {
    const db = (database = await openFreshDatabase());
    await importEntries(db, [makeEntry({ id: 'a' })]);
    const journal = new JournalModel(db, { firstPageSize: 1, chunkSize: 2, idleDisposeMs: 30_000 });
    models.push(journal);
    journal.subscribe(() => undefined);
    await settle([journal], () => loadAtGeneration(db.name, 'entry-count') === 1);

    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const bulkGet = db.entries.bulkGet.bind(db.entries);
    db.entries.bulkGet = (async (keys: string[]) => {
      await gate;
      return bulkGet(keys);
    }) as typeof db.entries.bulkGet;
    await importEntries(db, [makeEntry({ id: 'b' })]);
    await new Promise((resolve) => setTimeout(resolve, 20)); // the feed has told the model; its read waits
    (journal as unknown as { saveCount(delayMs: number): void }).saveCount(0);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(loadAtGeneration(db.name, 'entry-count')).toBeUndefined();

    release();
    db.entries.bulkGet = bulkGet;
    await settle([journal], () => loadAtGeneration(db.name, 'entry-count') === 2);
    expect(loadAtGeneration(db.name, 'entry-count')).toBe(2);
  });
});

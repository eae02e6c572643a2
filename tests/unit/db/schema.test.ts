import { Dexie, type Version } from 'dexie';
import { afterEach, expect, it } from 'vitest';
import { ScopeJournalDatabase } from '../../../src-renderer/src/db/database';
import { backupSchemaVersion } from '../../../src-renderer/src/domain/backup/backupFile';
import type {
  EvidenceDraft,
  EvidenceItem,
  Framework,
  Goal,
  Packet,
  QuarterlyReview,
  ReadingListItem,
  Setting,
  Snapshot,
} from '../../../src-renderer/src/domain/types';
import { readStoredSyncRecord, type SyncRecord } from '../../../src-renderer/src/domain/sync/syncRecord';
import { makeEntry } from '../entryFactory';

let database: ScopeJournalDatabase | undefined;

afterEach(async () => {
  await database?.delete();
});

/** Version 1 exactly as released. */
const version1Stores = {
  entries: 'id, occurredOn, updatedAt, deletedAt, source, kind, scope, *competencies, *tags',
  reviews: 'id, &quarter, updatedAt',
  goals: 'id, updatedAt',
  readingList: 'id, status, updatedAt',
  packets: 'id, updatedAt',
  frameworks: 'id, updatedAt',
  settings: 'key',
};

/** What version 2 declared, exactly as released: only the tables it changed or added. */
const version2Stores = {
  entries: 'id, occurredOn, updatedAt, deletedAt, source, kind, scope, *competencies, *tags, importKey',
  snapshots: 'id, createdAt',
};

/** What version 3 declared, exactly as released. */
const version3Stores = {
  drafts: 'id, occurredOn, source',
  evidenceItems: 'key',
};

/** What each `version(n).stores()` of the app's database declares, recorded as its constructor runs. */
function declaredStores(): Map<number, Record<string, string | null>> {
  const declared = new Map<number, Record<string, string | null>>();
  class RecordingDatabase extends ScopeJournalDatabase {
    override version(versionNumber: number): Version {
      const version = super.version(versionNumber);
      const declare = version.stores.bind(version);
      version.stores = (schema) => {
        declared.set(versionNumber, { ...declared.get(versionNumber), ...schema });
        return declare(schema);
      };
      return version;
    }
  }
  void new RecordingDatabase(`declared-${crypto.randomUUID()}`);
  return declared;
}

function schemaOf(opened: Dexie): Record<string, string> {
  return Object.fromEntries(
    opened.tables.map((table) => [table.name, [table.schema.primKey.src, ...table.schema.indexes.map((index) => index.src)].join(', ')]),
  );
}

/**
 * Writes `tables` (rows by table name) into a new database `name` declared with the released
 * schema versions `stores` (version 1 first), as a user of that release had it, and closes it.
 */
async function writeReleasedDatabase(name: string, stores: readonly Record<string, string>[], tables: Record<string, unknown[]>) {
  const released = new Dexie(name);
  stores.forEach((declared, index) => released.version(index + 1).stores(declared));
  await released.open();
  await released.transaction('rw', released.tables, async () => {
    await Promise.all(Object.entries(tables).map(([table, rows]) => released.table(table).bulkAdd(rows)));
  });
  expect(released.verno).toBe(stores.length);
  released.close();
}

/**
 * A released schema version is never edited: a change must be a new version with an upgrade.
 * This pins what each version declares, so editing one in place fails here, loudly.
 */
it('keeps version 1 of the schema exactly as released', () => {
  expect(declaredStores().get(1)).toEqual(version1Stores);
});

it('version 2 adds the importKey index and the snapshots table, and nothing else', () => {
  expect(declaredStores().get(2)).toEqual({
    entries: 'id, occurredOn, updatedAt, deletedAt, source, kind, scope, *competencies, *tags, importKey',
    snapshots: 'id, createdAt',
  });
});

it('version 3 adds the drafts and evidenceItems tables, and nothing else', () => {
  expect(declaredStores().get(3)).toEqual(version3Stores);
});

/** What version 4 declared, exactly as released. */
const version4Stores = {
  entries: 'id, occurredOn, updatedAt, deletedAt, source, kind, scope, *competencies, *tags, importKey, attachments.length',
  attachments: 'hash, lastAddedAt, byteSize',
};

it('version 4 adds the attachments table and the entries’ attachments.length index, and nothing else; its tables are the backups’', () => {
  expect(declaredStores().get(4)).toEqual(version4Stores);
  // Version 5 adds only the sync state, which a backup does not hold: backups stay at version 4.
  expect(backupSchemaVersion).toBe(4);
});

/** What version 5 declared, exactly as released. */
const version5Stores = { syncRecords: 'key, conflict', syncState: 'key', syncOutbox: '++seq' };

it('version 5 adds the sync tables, and nothing else', () => {
  expect(declaredStores().get(5)).toEqual(version5Stores);
});

it('version 6 changes no table or index (it packs the sync records); it is the newest version', async () => {
  expect(declaredStores().get(6)).toEqual({});
  expect([...declaredStores().keys()]).toEqual([1, 2, 3, 4, 5, 6]);
  database = new ScopeJournalDatabase(`schema-${crypto.randomUUID()}`);
  await database.open();
  expect(database.verno).toBe(6);
  expect(schemaOf(database)).toEqual({
    ...version1Stores,
    entries: 'id, occurredOn, updatedAt, deletedAt, source, kind, scope, *competencies, *tags, importKey, attachments.length',
    snapshots: 'id, createdAt',
    drafts: 'id, occurredOn, source',
    evidenceItems: 'key',
    attachments: 'hash, lastAddedAt, byteSize',
    syncRecords: 'key, conflict',
    syncState: 'key',
    syncOutbox: '++seq',
  });
});

const timestamp = '2026-01-15T10:00:00.000Z';

/** Records for every table of version 1: the trash, sample entries, a metric, maps and nested options. */
function version1Records() {
  const entries = [
    makeEntry({ id: 'a', tags: ['perf'], competencies: ['mentoring'] }),
    makeEntry({ id: 'b', deletedAt: timestamp, source: 'sample', impactMetric: { name: 'p95', value: -40, unit: '%' } }),
  ];
  const reviews: QuarterlyReview[] = [
    {
      id: 'r',
      quarter: '2026-Q1',
      answers: { mentoring: 'Paired weekly' },
      ratings: { mentoring: 4 },
      summary: 'Good',
      createdAt: timestamp,
      updatedAt: timestamp,
    },
  ];
  const goals: Goal[] = [
    {
      id: 'g',
      currentRole: 'Engineer',
      targetRole: 'Senior',
      targetDate: '2027-01-01',
      competencyIds: ['mentoring'],
      behaviours: ['Lead'],
      status: 'active',
      updatedAt: timestamp,
    },
  ];
  const readingList: ReadingListItem[] = [
    { id: 'book', title: 'A book', author: 'Someone', status: 'reading', notes: '', competencyIds: [], updatedAt: timestamp },
  ];
  const packets: Packet[] = [
    {
      id: 'p',
      title: 'Packet',
      authorName: 'Me',
      currentRole: 'Engineer',
      targetRole: 'Senior',
      periodStart: '2025-01-01',
      periodEnd: '2025-12-31',
      entryIds: ['a'],
      narratives: { mentoring: 'Grew two engineers' },
      summary: '',
      options: { redactPeople: true, includeAppendix: false, includeReviews: true, pageSize: 'Letter' },
      createdAt: timestamp,
      updatedAt: timestamp,
    },
  ];
  const frameworks: Framework[] = [
    {
      id: 'f',
      name: 'Ladder',
      competencies: [{ id: 'mentoring', name: 'Mentoring', description: '', behaviours: [], prompts: [] }],
      updatedAt: timestamp,
    },
  ];
  const settings: Setting[] = [
    { key: 'firstRunComplete', value: true },
    { key: 'activeFrameworkId', value: 'f' },
  ];
  return { entries, reviews, goals, readingList, packets, frameworks, settings };
}

it('upgrades a version-1 database to the newest version keeping every record unchanged', async () => {
  const name = `upgrade-${crypto.randomUUID()}`;
  const { entries, reviews, goals, readingList, packets, frameworks, settings } = version1Records();

  await writeReleasedDatabase(name, [version1Stores], { entries, reviews, goals, readingList, packets, frameworks, settings });

  database = new ScopeJournalDatabase(name);
  await database.open();
  expect(database.verno).toBe(6);
  expect(await database.entries.orderBy('id').toArray()).toEqual(entries);
  expect(await database.reviews.toArray()).toEqual(reviews);
  expect(await database.goals.toArray()).toEqual(goals);
  expect(await database.readingList.toArray()).toEqual(readingList);
  expect(await database.packets.toArray()).toEqual(packets);
  expect(await database.frameworks.toArray()).toEqual(frameworks);
  expect(await database.settings.orderBy('key').toArray()).toEqual([settings[1], settings[0]]);
  // The old indexes still answer, and entries from before imports existed are not in the new one.
  expect(await database.entries.where('deletedAt').above('').primaryKeys()).toEqual(['b']);
  expect(await database.reviews.where('quarter').equals('2026-Q1').count()).toBe(1);
  expect(await database.entries.where('importKey').above('').count()).toBe(0);

  const imported = makeEntry({ id: 'c', importKey: 'day-one:0F3A' });
  await database.entries.add(imported);
  expect(await database.entries.where('importKey').equals('day-one:0F3A').toArray()).toEqual([imported]);
  const snapshot: Snapshot = { id: 's', createdAt: timestamp, reason: 'before-restore', entryCount: 2, bytes: 2, contents: '{}' };
  await database.snapshots.add(snapshot);
  expect(await database.snapshots.orderBy('createdAt').toArray()).toEqual([snapshot]);
  expect(await database.drafts.count()).toBe(0);
  expect(await database.evidenceItems.count()).toBe(0);
});

it('upgrades a version-2 database through version 3 keeping every record unchanged, with an empty Inbox', async () => {
  const name = `upgrade-${crypto.randomUUID()}`;
  const { entries: version1Entries, reviews, goals, readingList, packets, frameworks, settings } = version1Records();
  const entries = [...version1Entries, makeEntry({ id: 'c', importKey: 'day-one:0F3A' })];
  const snapshots: Snapshot[] = [
    { id: 's1', createdAt: timestamp, reason: 'before-restore', entryCount: 2, bytes: 2, contents: '{}' },
    { id: 's2', createdAt: '2026-01-16T10:00:00.000Z', reason: 'before-restore', entryCount: 3, bytes: 2, contents: '[]' },
  ];

  await writeReleasedDatabase(name, [version1Stores, version2Stores], {
    entries,
    reviews,
    goals,
    readingList,
    packets,
    frameworks,
    settings,
    snapshots,
  });

  database = new ScopeJournalDatabase(name);
  await database.open();
  expect(database.verno).toBe(6);
  expect(await database.entries.orderBy('id').toArray()).toEqual(entries);
  expect(await database.reviews.toArray()).toEqual(reviews);
  expect(await database.goals.toArray()).toEqual(goals);
  expect(await database.readingList.toArray()).toEqual(readingList);
  expect(await database.packets.toArray()).toEqual(packets);
  expect(await database.frameworks.toArray()).toEqual(frameworks);
  expect(await database.settings.orderBy('key').toArray()).toEqual([settings[1], settings[0]]);
  expect(await database.snapshots.orderBy('createdAt').toArray()).toEqual(snapshots);
  // The old indexes still answer.
  expect(await database.entries.where('deletedAt').above('').primaryKeys()).toEqual(['b']);
  expect(await database.reviews.where('quarter').equals('2026-Q1').count()).toBe(1);
  expect(await database.entries.where('importKey').equals('day-one:0F3A').primaryKeys()).toEqual(['c']);

  // The Inbox's tables exist, empty, with their indexes.
  expect(await database.drafts.count()).toBe(0);
  expect(await database.evidenceItems.count()).toBe(0);
  const draft: EvidenceDraft = {
    id: 'd',
    source: 'git',
    origin: 'scope-journal',
    occurredOn: '2026-01-14',
    title: 'Faster timeline',
    body: '',
    kind: 'win',
    scope: 'team',
    people: [],
    tags: [],
    links: [],
    itemKeys: ['git:abc'],
    createdAt: timestamp,
  };
  const item: EvidenceItem = { key: 'git:abc', state: 'drafted', updatedAt: timestamp };
  await database.drafts.add(draft);
  await database.evidenceItems.add(item);
  expect(await database.drafts.where('source').equals('git').toArray()).toEqual([draft]);
  expect(await database.drafts.where('occurredOn').equals('2026-01-14').count()).toBe(1);
  expect(await database.evidenceItems.get('git:abc')).toEqual(item);
});

it('upgrades a version-3 database to version 4 keeping every record unchanged, with an empty attachments table', async () => {
  const name = `upgrade-${crypto.randomUUID()}`;
  const { entries: version1Entries, reviews, goals, readingList, packets, frameworks, settings } = version1Records();
  const entries = [...version1Entries, makeEntry({ id: 'c', importKey: 'day-one:0F3A' })];
  const snapshots: Snapshot[] = [{ id: 's1', createdAt: timestamp, reason: 'before-restore', entryCount: 2, bytes: 2, contents: '{}' }];
  const drafts: EvidenceDraft[] = [
    {
      id: 'd',
      source: 'calendar',
      origin: 'work.ics',
      occurredOn: '2026-01-14',
      title: 'Design review',
      body: '',
      kind: 'writing',
      scope: 'team',
      people: ['Aiko Tanaka'],
      tags: [],
      links: [],
      itemKeys: ['calendar:uid-1:2026-01-14'],
      createdAt: timestamp,
    },
  ];
  const evidenceItems: EvidenceItem[] = [
    { key: 'calendar:uid-1:2026-01-14', state: 'drafted', updatedAt: timestamp },
    { key: 'git:abc', state: 'dismissed', updatedAt: timestamp },
  ];

  await writeReleasedDatabase(name, [version1Stores, version2Stores, version3Stores], {
    entries,
    reviews,
    goals,
    readingList,
    packets,
    frameworks,
    settings,
    snapshots,
    drafts,
    evidenceItems,
  });

  database = new ScopeJournalDatabase(name);
  await database.open();
  expect(database.verno).toBe(6);
  expect(await database.entries.orderBy('id').toArray()).toEqual(entries);
  expect(await database.reviews.toArray()).toEqual(reviews);
  expect(await database.goals.toArray()).toEqual(goals);
  expect(await database.readingList.toArray()).toEqual(readingList);
  expect(await database.packets.toArray()).toEqual(packets);
  expect(await database.frameworks.toArray()).toEqual(frameworks);
  expect(await database.settings.orderBy('key').toArray()).toEqual([settings[1], settings[0]]);
  expect(await database.snapshots.toArray()).toEqual(snapshots);
  expect(await database.drafts.toArray()).toEqual(drafts);
  expect(await database.evidenceItems.orderBy('key').toArray()).toEqual(evidenceItems);
  // The old indexes still answer; no entry gained an attachments field.
  expect(await database.entries.where('deletedAt').above('').primaryKeys()).toEqual(['b']);
  expect(await database.entries.where('importKey').equals('day-one:0F3A').primaryKeys()).toEqual(['c']);
  expect(await database.drafts.where('source').equals('calendar').count()).toBe(1);
  expect((await database.entries.toArray()).some((entry) => 'attachments' in entry)).toBe(false);

  // The attachments table exists, empty, keyed by hash; an entry can refer to a stored file.
  expect(await database.attachments.count()).toBe(0);
  const hash = 'a'.repeat(64);
  await database.attachments.add({
    hash,
    mediaType: 'application/pdf',
    byteSize: 3,
    blob: new Blob(['%PDF'], { type: 'application/pdf' }),
    thumbnail: null,
    createdAt: timestamp,
    lastAddedAt: timestamp,
  });
  expect(await database.attachments.get(hash)).toMatchObject({ hash, mediaType: 'application/pdf', byteSize: 3 });
  const attached = makeEntry({ id: 'e', attachments: [{ hash, fileName: 'review.pdf', mediaType: 'application/pdf', byteSize: 3 }] });
  await database.entries.add(attached);
  expect(await database.entries.get('e')).toEqual(attached);
  // The new index holds the entries with attachments, and only them.
  expect(await database.entries.where('attachments.length').above(0).primaryKeys()).toEqual(['e']);
});

it('upgrades a version-4 database to version 5 keeping every record and file unchanged, with empty sync tables', async () => {
  const name = `upgrade-${crypto.randomUUID()}`;
  const { entries: version1Entries, reviews, goals, readingList, packets, frameworks, settings } = version1Records();
  const hash = 'b'.repeat(64);
  const attached = makeEntry({ id: 'e', attachments: [{ hash, fileName: 'chart.png', mediaType: 'image/png', byteSize: 4 }] });
  const entries = [...version1Entries, attached];
  const attachment = {
    hash,
    mediaType: 'image/png',
    byteSize: 4,
    blob: new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], { type: 'image/png' }),
    thumbnail: null,
    createdAt: timestamp,
    lastAddedAt: timestamp,
  };
  await writeReleasedDatabase(name, [version1Stores, version2Stores, version3Stores, version4Stores], {
    entries,
    reviews,
    goals,
    readingList,
    packets,
    frameworks,
    settings,
    attachments: [attachment],
  });

  database = new ScopeJournalDatabase(name);
  await database.open();
  expect(database.verno).toBe(6);
  expect(await database.entries.orderBy('id').toArray()).toEqual(entries);
  expect(await database.reviews.toArray()).toEqual(reviews);
  expect(await database.goals.toArray()).toEqual(goals);
  expect(await database.readingList.toArray()).toEqual(readingList);
  expect(await database.packets.toArray()).toEqual(packets);
  expect(await database.frameworks.toArray()).toEqual(frameworks);
  expect(await database.settings.orderBy('key').toArray()).toEqual([settings[1], settings[0]]);
  expect(await database.attachments.get(hash)).toMatchObject({ hash, mediaType: 'image/png', byteSize: 4, createdAt: timestamp });
  expect(await database.entries.where('attachments.length').above(0).primaryKeys()).toEqual(['e']);
  expect(await database.syncRecords.count()).toBe(0);
  expect(await database.syncState.count()).toBe(0);
  expect(await database.syncOutbox.count()).toBe(0);
});

it('upgrades a version-5 database to version 6 keeping every sync record, stored packed, and every other record unchanged', async () => {
  const name = `upgrade-${crypto.randomUUID()}`;
  const { entries, reviews, goals, readingList, packets, frameworks, settings } = version1Records();
  const stamp = (n: number) => `000001796637603000-${String(n).padStart(4, '0')}-home`;
  // As version 5 stored them: every register with its own clock.
  const syncRecords: SyncRecord[] = [
    {
      key: 'entries/a',
      table: 'entries',
      id: 'a',
      fields: { title: { clock: stamp(1), value: 'A' }, tags: { clock: stamp(1), value: ['perf'] }, impact: { clock: stamp(1) } },
      bodies: [{ clock: stamp(1), text: 'body', seen: { home: 1 }, base: '' }],
    },
    {
      key: 'entries/b',
      table: 'entries',
      id: 'b',
      fields: {
        title: { clock: stamp(2), value: 'B' },
        kind: { clock: stamp(3), value: 'win' },
        scope: { clock: stamp(3), value: 'team' },
      },
      bodies: [
        { clock: stamp(4), text: 'mine', seen: { home: 2 }, base: 'old' },
        { clock: stamp(5), text: 'theirs', seen: { home: 1, work: 1 }, base: 'old' },
      ],
      conflict: 1,
    },
    { key: 'goals/g', table: 'goals', id: 'g', fields: { status: { clock: stamp(6), value: 'active' } }, removed: stamp(7) },
  ];
  const syncState = [
    { key: 'clock', value: stamp(7) },
    { key: 'applied:work', value: ['000001.sjs'] },
  ];
  const syncOutbox = [{ seq: 1, text: '{"format":"scope-journal-sync-batch"}' }];
  await writeReleasedDatabase(name, [version1Stores, version2Stores, version3Stores, version4Stores, version5Stores], {
    entries,
    reviews,
    goals,
    readingList,
    packets,
    frameworks,
    settings,
    syncRecords,
    syncState,
    syncOutbox,
  });

  database = new ScopeJournalDatabase(name);
  await database.open();
  expect(database.verno).toBe(6);
  expect(await database.entries.orderBy('id').toArray()).toEqual(entries);
  expect(await database.reviews.toArray()).toEqual(reviews);
  expect(await database.goals.toArray()).toEqual(goals);
  expect(await database.settings.orderBy('key').toArray()).toEqual([settings[1], settings[0]]);
  expect(await database.syncState.orderBy('key').toArray()).toEqual([syncState[1], syncState[0]]);
  expect(await database.syncOutbox.toArray()).toEqual(syncOutbox);
  const stored = await database.syncRecords.orderBy('key').toArray();
  expect(stored.map(readStoredSyncRecord)).toEqual(syncRecords);
  // Packed: the clock most fields share is written once.
  expect(stored[0]).toMatchObject({ clock: stamp(1), fields: { title: { value: 'A' }, tags: { value: ['perf'] }, impact: {} } });
  expect(stored[1]).toMatchObject({ clock: stamp(3), fields: { title: { clock: stamp(2), value: 'B' }, kind: { value: 'win' } } });
  expect((await database.syncRecords.where('conflict').equals(1).primaryKeys()).sort()).toEqual(['entries/b']);
});

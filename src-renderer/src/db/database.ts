import { Dexie, type EntityTable } from 'dexie';
import type { Entry, Framework, Goal, Packet, QuarterlyReview, ReadingListItem, Setting } from '../domain/types';

/** Name of the IndexedDB database. Benchmarks and tests open it under this name too. */
export const databaseName = 'scope-journal';

/**
 * The one owner of Scope Journal's schema. Every version ever released stays here unchanged;
 * a change of schema is a new `version(n)` whose `upgrade()` keeps every existing record.
 *
 * Indexes are what queries need: entries by date (timeline), by `deletedAt` (the trash: only
 * trashed rows have a key there, since null is not indexable), by `source` (removing the sample
 * journal in one step), and multi-entry by competency and tag.
 */
export class ScopeJournalDatabase extends Dexie {
  entries!: EntityTable<Entry, 'id'>;
  reviews!: EntityTable<QuarterlyReview, 'id'>;
  goals!: EntityTable<Goal, 'id'>;
  readingList!: EntityTable<ReadingListItem, 'id'>;
  packets!: EntityTable<Packet, 'id'>;
  frameworks!: EntityTable<Framework, 'id'>;
  settings!: EntityTable<Setting, 'key'>;

  constructor(name: string = databaseName) {
    // Live queries share frozen results instead of deep-copying every row for every reader;
    // nothing may mutate what a query returns (copy before sorting).
    super(name, { cache: 'immutable' });
    this.version(1).stores({
      entries: 'id, occurredOn, updatedAt, deletedAt, source, kind, scope, *competencies, *tags',
      reviews: 'id, &quarter, updatedAt',
      goals: 'id, updatedAt',
      readingList: 'id, status, updatedAt',
      packets: 'id, updatedAt',
      frameworks: 'id, updatedAt',
      settings: 'key',
    });
  }
}

/** The app's database. Tests make their own instances on fake-indexeddb. */
export const db = new ScopeJournalDatabase();

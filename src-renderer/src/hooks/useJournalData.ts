import { useSyncExternalStore } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../db/database';
import { loadActiveFramework } from '../db/frameworksRepository';
import { countSampleEntries, listTrashedEntries } from '../db/entriesRepository';
import { JournalModel, type JournalSnapshot } from '../db/journalModel';
import { QuarterCountsModel } from '../db/quarterCountsModel';
import type { JournalStats } from '../domain/insights/quarterStats';
import { readSetting } from '../db/settingsRepository';
import { defaultFramework } from '../domain/framework/content/defaultFramework';
import type { Entry, Framework } from '../domain/types';

/** The journal's entries in memory, kept in step with every write by the change feed. */
const journalModel = new JournalModel(db);

export type JournalEntries = JournalSnapshot;

/**
 * The journal's entries (not in the trash), newest first; undefined while the first page loads.
 * Every view shares one in-memory model (see `JournalModel`): the newest page is shown at once,
 * then the whole journal, and a write changes only the records it touched.
 */
export function useJournalEntries(): JournalEntries | undefined {
  return useSyncExternalStore(journalModel.subscribe, journalModel.getSnapshot);
}

/** The journal's per-quarter counts, read from the indexes and kept in step with every write. */
const quarterCounts = new QuarterCountsModel(db, journalModel);

/** The per-quarter counts the Insights charts are drawn from; undefined while they are read. */
export function useJournalStats(): JournalStats | undefined {
  return useSyncExternalStore(quarterCounts.subscribe, quarterCounts.getSnapshot);
}

/**
 * Starts reading the Insights counts (and so the journal) before any screen has mounted: on a
 * start at Insights, the reads then overlap the loading of the screen's chart code. The models stay
 * loaded for their grace period, which the screen's own subscription then cancels.
 */
export function prefetchJournalStats(): void {
  quarterCounts.subscribe(() => undefined)();
}

/** Entries in the trash, most recently trashed first. */
export function useTrashedEntries(): Entry[] | undefined {
  return useLiveQuery(() => listTrashedEntries(db), []);
}

/** How many entries are in the trash (cheap: reads the index only). */
export function useTrashCount(): number {
  return useLiveQuery(() => db.entries.where('deletedAt').above('').count(), []) ?? 0;
}

/** One entry by id; null when it does not exist, undefined while loading. */
export function useEntry(entryId: string | null): Entry | null | undefined {
  return useLiveQuery(async () => (entryId ? ((await db.entries.get(entryId)) ?? null) : null), [entryId]);
}

/** The framework entries are tagged against: the user's edited copy, or the built-in default. */
export function useActiveFramework(): Framework {
  return useLiveQuery(() => loadActiveFramework(db), []) ?? defaultFramework;
}

export interface FirstRunState {
  isLoading: boolean;
  /** True until the user has chosen the sample journal or an empty one and has no entries. */
  needsFirstRun: boolean;
  sampleEntryCount: number;
}

export function useFirstRunState(): FirstRunState {
  const state = useLiveQuery(async () => {
    const [isComplete, anyEntry, sampleEntryCount] = await Promise.all([
      readSetting(db, 'firstRunComplete'),
      // Whether there is any entry at all: one key, not a count of the whole table.
      db.entries.limit(1).primaryKeys(),
      countSampleEntries(db),
    ]);
    return { needsFirstRun: isComplete !== true && anyEntry.length === 0, sampleEntryCount };
  }, []);
  return { isLoading: state === undefined, needsFirstRun: state?.needsFirstRun ?? false, sampleEntryCount: state?.sampleEntryCount ?? 0 };
}

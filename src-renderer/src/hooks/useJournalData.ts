import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../db/database';
import { loadActiveFramework } from '../db/frameworksRepository';
import { countSampleEntries, listJournalEntries, listNewestEntries, listTrashedEntries } from '../db/entriesRepository';
import { readSetting } from '../db/settingsRepository';
import { defaultFramework } from '../domain/framework/content/defaultFramework';
import type { Entry, Framework } from '../domain/types';

/** How many of the newest entries the journal paints before the whole journal has loaded. */
const firstPageSize = 200;

export interface JournalEntries {
  /** The newest entries, enough for the first screen; all entries once `isComplete`. */
  entries: Entry[];
  /** True once every entry is in `entries`; search and filters need that. */
  isComplete: boolean;
  /** How many entries are not in the trash. */
  totalCount: number;
}

/**
 * The journal's entries (not in the trash), newest first; undefined while the first page loads.
 * Reading tens of thousands of records takes longer than a first paint should, so the newest
 * page is read first and shown at once, and only then is the whole journal read.
 */
export function useJournalEntries(): JournalEntries | undefined {
  const firstPage = useLiveQuery(() => listNewestEntries(db, firstPageSize), []);
  const isFirstPageLoaded = firstPage !== undefined;
  const all = useLiveQuery(() => (isFirstPageLoaded ? listJournalEntries(db) : undefined), [isFirstPageLoaded]);
  if (all) return { entries: all, isComplete: true, totalCount: all.length };
  if (firstPage)
    return { entries: firstPage.entries, isComplete: firstPage.entries.length === firstPage.totalCount, totalCount: firstPage.totalCount };
  return undefined;
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

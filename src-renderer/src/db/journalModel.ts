import type { ScopeJournalDatabase } from './database';
import { listNewestEntries } from './entriesRepository';
import { loadAtGeneration, saveAtGeneration } from './journalGeneration';
import { FeedModel } from './feedModel';
import { compareNewestFirst, countTags, tagCountList, type TagCount } from '../domain/entries/search';
import type { Entry } from '../domain/types';

/** What the journal's views read: the entries not in the trash, newest first. */
export interface JournalSnapshot {
  /** The newest entries, enough for the first screen; all entries once `isComplete`. */
  entries: Entry[];
  /** True once every entry is in `entries`; search and filters need that. */
  isComplete: boolean;
  /** How many entries are not in the trash. */
  totalCount: number;
  /** Every tag in use and how often, most used first; empty until `isComplete`. */
  tags: readonly TagCount[];
}

export interface JournalModelOptions {
  /** How many of the newest entries are read and shown before the rest. */
  firstPageSize: number;
  /** Entries read per transaction while loading the whole journal: each read stays a short task. */
  chunkSize: number;
  /** How long the model stays loaded after its last reader leaves. */
  idleDisposeMs: number;
}

const defaultOptions: JournalModelOptions = { firstPageSize: 200, chunkSize: 1_000, idleDisposeMs: 30_000 };

/** Under what the entry count is saved at the journal's generation (`journalGeneration.ts`). */
const entryCountName = 'entry-count';
/** How long after a change the count is saved for the next start. */
const saveDelayMs = 500;

/**
 * The journal's entries held in memory and kept in step with the database by the change feed (see
 * `FeedModel`), so that a write anywhere (this tab, another tab, another window, an import, a
 * restore) moves the records it touched instead of re-reading fifty thousand.
 *
 * Loading: the newest page first (one short read, painted at once), then every entry in chunks of
 * `chunkSize` by primary key, each chunk sorted and merged into the list, so no step is a long
 * task. Entry objects that did not change keep their identity (search caches rely on it). How many
 * entries there are is saved at the journal's generation, so a start after no change shows the
 * count with the first page without counting the store.
 */
export class JournalModel extends FeedModel<JournalSnapshot> {
  private readonly options: JournalModelOptions;
  private byId = new Map<string, Entry>();
  private sorted: Entry[] = [];
  /** How many entries use each tag: moved with each record, as the list is. */
  private tagCounts = new Map<string, number>();

  constructor(database: ScopeJournalDatabase, options: Partial<JournalModelOptions> = {}) {
    const chosen = { ...defaultOptions, ...options };
    super(database, chosen.idleDisposeMs);
    this.options = chosen;
  }

  /** Resolves with every entry once the whole journal is loaded (starting the model if need be). */
  whenComplete(): Promise<Entry[]> {
    return new Promise((resolve, reject) => {
      let stop: (() => void) | null = null;
      let isDone = false;
      const check = () => {
        if (isDone) return;
        try {
          const snapshot = this.getSnapshot();
          if (!snapshot?.isComplete) return;
          resolve(snapshot.entries);
        } catch (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
        }
        isDone = true;
        queueMicrotask(() => stop?.());
      };
      stop = this.subscribe(check);
      check();
    });
  }

  protected reset(): void {
    this.byId = new Map();
    this.sorted = [];
    this.tagCounts = new Map();
  }

  protected async load(isCurrent: () => boolean): Promise<void> {
    if (this.getSnapshot() === undefined) {
      const saved = loadAtGeneration(this.database.name, entryCountName);
      const page = await listNewestEntries(
        this.database,
        this.options.firstPageSize,
        Number.isSafeInteger(saved) && (saved as number) >= 0 ? (saved as number) : undefined,
      );
      if (!isCurrent()) return;
      const isComplete = page.entries.length === page.totalCount;
      const tags = new Map<string, number>();
      if (isComplete) for (const entry of page.entries) countTags(tags, entry, 1);
      this.publish({ entries: page.entries, isComplete, totalCount: page.totalCount, tags: tagCountList(tags) });
    }
    const byId = new Map<string, Entry>();
    const tags = new Map<string, number>();
    let sorted: Entry[] = [];
    let after: string | null = null;
    for (;;) {
      const range = after === null ? this.database.entries.toCollection() : this.database.entries.where(':id').above(after);
      const chunk: Entry[] = await range.limit(this.options.chunkSize).toArray();
      if (!isCurrent()) return;
      const live: Entry[] = [];
      for (const entry of chunk) {
        if (entry.deletedAt !== null) continue;
        byId.set(entry.id, entry);
        countTags(tags, entry, 1);
        live.push(entry);
      }
      sorted = mergeSorted(sorted, live.sort(compareNewestFirst));
      const last: Entry | undefined = chunk[chunk.length - 1];
      if (chunk.length < this.options.chunkSize || !last) break;
      after = last.id;
    }
    this.byId = byId;
    this.sorted = sorted;
    this.tagCounts = tags;
    this.publish({ entries: sorted, isComplete: true, totalCount: sorted.length, tags: tagCountList(tags) });
    this.saveCount(0);
  }

  /** Saves how many entries the journal holds, so the next start shows it without counting them. */
  private saveCount(delayMs: number): void {
    this.saveWhenSettled(() => saveAtGeneration(this.database.name, entryCountName, this.sorted.length), delayMs);
  }

  /** Moves each record read back to its place in the list, or out of it. */
  protected apply(keys: readonly string[], records: readonly (Entry | undefined)[]): boolean {
    const sorted = this.sorted.slice();
    let changed = false;
    keys.forEach((key, position) => {
      const record = records[position];
      const current = this.byId.get(key);
      if (current === record) return;
      if (current) {
        removeFrom(sorted, current);
        this.byId.delete(key);
        countTags(this.tagCounts, current, -1);
        changed = true;
      }
      if (record && record.deletedAt === null) {
        sorted.splice(insertionPoint(sorted, record), 0, record);
        this.byId.set(key, record);
        countTags(this.tagCounts, record, 1);
        changed = true;
      }
    });
    if (!changed) return false;
    this.sorted = sorted;
    this.publish({ entries: sorted, isComplete: true, totalCount: sorted.length, tags: tagCountList(this.tagCounts) });
    this.saveCount(saveDelayMs);
    return true;
  }
}

/** The first position whose entry sorts at or after `entry` (newest first). */
function insertionPoint(sorted: readonly Entry[], entry: Entry): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const other = sorted[middle];
    if (other && compareNewestFirst(other, entry) < 0) low = middle + 1;
    else high = middle;
  }
  return low;
}

function removeFrom(sorted: Entry[], entry: Entry): void {
  const position = insertionPoint(sorted, entry);
  const index = sorted[position]?.id === entry.id ? position : sorted.findIndex((other) => other.id === entry.id);
  if (index !== -1) sorted.splice(index, 1);
}

/** Merges two lists sorted newest first into a new one. */
function mergeSorted(a: readonly Entry[], b: readonly Entry[]): Entry[] {
  if (a.length === 0) return b.slice();
  if (b.length === 0) return a.slice();
  const merged = new Array<Entry>(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) {
    const left = a[i] as Entry;
    const right = b[j] as Entry;
    if (compareNewestFirst(left, right) <= 0) {
      merged[k++] = left;
      i += 1;
    } else {
      merged[k++] = right;
      j += 1;
    }
  }
  while (i < a.length) merged[k++] = a[i++] as Entry;
  while (j < b.length) merged[k++] = b[j++] as Entry;
  return merged;
}

import type { ScopeJournalDatabase } from './database';
import { FeedModel } from './feedModel';
import type { JournalModel } from './journalModel';
import { readCountsCache, writeCountsCache } from './quarterCountsCache';
import { countedOrdinal, countInto, emptyQuarterStats, type JournalStats, type QuarterStats } from '../domain/insights/quarterStats';
import type { Entry } from '../domain/types';

/** What the counts remember of each live, dated entry, to take it back out when it changes. */
type Counted = Pick<Entry, 'scope' | 'kind' | 'competencies' | 'occurredOn' | 'deletedAt'> & { ordinal: number };

/** Entries counted per slice while building: each slice stays a short task. */
const sliceSize = 5_000;
/** How long after a change the counts are saved for the next start. */
const saveDelayMs = 500;

/**
 * The journal's per-quarter counts (see `quarterStats.ts`) in memory: all the Insights charts need,
 * built once and moved by the change feed for each record a write touches.
 *
 * Built from the journal model's entries once the journal is loaded, in slices. So that Insights
 * paints before that, the counts are also saved (in localStorage, a few kilobytes) with the
 * journal's generation, a stamp every write to the entries changes (`journalGeneration.ts`). At
 * start, when the saved generation is the current one, the saved counts are shown at once, with no
 * read of the database; the entries are read once the page is idle, and the counts built from them
 * replace the saved ones.
 */
export class QuarterCountsModel extends FeedModel<JournalStats> {
  private counted = new Map<string, Counted>();
  private stats: JournalStats = new Map();

  constructor(
    database: ScopeJournalDatabase,
    private readonly journal: JournalModel,
    idleDisposeMs = 30_000,
  ) {
    super(database, idleDisposeMs);
  }

  protected reset(): void {
    this.counted = new Map();
    this.stats = new Map();
  }

  protected async load(isCurrent: () => boolean): Promise<void> {
    if (this.getSnapshot() === undefined) {
      const cached = readCountsCache(this.database.name);
      if (cached) {
        this.publish(cached);
        // The charts paint from these first; the entries are read once the page is idle.
        await whenIdle();
        if (!isCurrent()) return;
      }
    }
    // The journal model hears the same feed: once it has applied what it heard (a reload after a
    // bulk write included), its entries are at least as new as this load needs.
    await this.journal.whenComplete();
    await this.journal.settled();
    const entries = await this.journal.whenComplete();
    const counted = new Map<string, Counted>();
    const stats: JournalStats = new Map();
    for (let start = 0; start < entries.length; start += sliceSize) {
      if (start > 0) await new Promise((resolve) => setTimeout(resolve, 0));
      if (!isCurrent()) return;
      for (const entry of entries.slice(start, start + sliceSize)) this.count(counted, stats, entry);
    }
    this.counted = counted;
    this.stats = stats;
    this.publish(stats);
    // Saved at once: a start that is closed again quickly still leaves the next one its head start.
    this.saveSoon(0);
  }

  protected apply(keys: readonly string[], records: readonly (Entry | undefined)[]): boolean {
    const stats: JournalStats = new Map(this.stats);
    const touched = new Set<number>();
    const quarterFor = (ordinal: number): QuarterStats => {
      const known = stats.get(ordinal);
      if (known && touched.has(ordinal)) return known;
      touched.add(ordinal);
      const copy = emptyQuarterStats(ordinal);
      if (known) {
        copy.total = known.total;
        copy.scopes = new Map(known.scopes);
        copy.kinds = new Map(known.kinds);
        copy.competencies = new Map(known.competencies);
      }
      stats.set(ordinal, copy);
      return copy;
    };
    keys.forEach((key, position) => {
      const old = this.counted.get(key);
      if (old) {
        countInto(quarterFor(old.ordinal), old, -1);
        this.counted.delete(key);
      }
      const record = records[position];
      const ordinal = record ? countedOrdinal(record) : null;
      if (record && ordinal !== null) {
        const now: Counted = { ...pick(record), ordinal };
        countInto(quarterFor(ordinal), now, 1);
        this.counted.set(key, now);
      }
    });
    if (touched.size === 0) return false;
    for (const ordinal of touched) if ((stats.get(ordinal)?.total ?? 0) === 0) stats.delete(ordinal);
    this.stats = stats;
    this.publish(stats);
    this.saveSoon(saveDelayMs);
    return true;
  }

  private count(counted: Map<string, Counted>, stats: JournalStats, entry: Entry): void {
    const ordinal = countedOrdinal(entry);
    if (ordinal === null) return;
    const record: Counted = { ...pick(entry), ordinal };
    counted.set(entry.id, record);
    let quarter = stats.get(ordinal);
    if (!quarter) stats.set(ordinal, (quarter = emptyQuarterStats(ordinal)));
    countInto(quarter, record, 1);
  }

  private saveSoon(delayMs: number): void {
    this.saveWhenSettled(() => writeCountsCache(this.database.name, this.stats), delayMs);
  }
}

/** Resolves when the page next has idle time (or within a second, if it never has). */
function whenIdle(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: 1_000 });
    else setTimeout(resolve, 0);
  });
}

function pick(entry: Entry): Omit<Counted, 'ordinal'> {
  return { scope: entry.scope, kind: entry.kind, competencies: entry.competencies, occurredOn: entry.occurredOn, deletedAt: null };
}

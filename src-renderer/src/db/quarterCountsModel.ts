import type { ScopeJournalDatabase } from './database';
import { FeedModel } from './feedModel';
import { entryKindIds } from '../domain/entries/entryKinds';
import { countedOrdinal, countInto, emptyQuarterStats, type CountedEntry, type JournalStats } from '../domain/insights/quarterStats';
import { quarterFromOrdinal, quarterOrdinalOfDate, quarterRange } from '../domain/quarters';
import { scopeLevelIds } from '../domain/scopeLevels';
import type { Entry } from '../domain/types';

/** What the counts remember of each live, dated entry, to take it back out when it changes. */
interface Counted {
  ordinal: number;
  scope: string;
  kind: string;
  competencies: string[];
}

/**
 * The journal's per-quarter counts (see `quarterStats.ts`) in memory: all the Insights charts need.
 *
 * Built once from the database's indexes alone, never from the records: which entries fall in each
 * quarter (the `occurredOn` index, one key range per quarter), which have each kind, scope and
 * competency (their indexes), and which are in the trash (`deletedAt`). Those are lists of primary
 * keys, read in one transaction, far cheaper than the fifty thousand records behind them, so
 * Insights paints its counts before the journal is read. Afterwards the change feed moves the
 * counts for each record a write touched.
 *
 * A text in `occurredOn` that lies within a quarter's key range but is not a well-formed date
 * (which every way into the app refuses) would be counted here and not by `journalStatsOf`.
 */
export class QuarterCountsModel extends FeedModel<JournalStats> {
  private counted = new Map<string, Counted>();
  private stats: JournalStats = new Map();

  constructor(database: ScopeJournalDatabase, idleDisposeMs = 30_000) {
    super(database, idleDisposeMs);
  }

  protected reset(): void {
    this.counted = new Map();
    this.stats = new Map();
  }

  protected async load(isCurrent: () => boolean): Promise<void> {
    const { entries } = this.database;
    const read = await this.database.transaction('r', entries, async () => {
      const [first, last, trashed, competencies] = await Promise.all([
        entries.orderBy('occurredOn').limit(1).keys(),
        entries.orderBy('occurredOn').reverse().limit(1).keys(),
        entries.where('deletedAt').above('').primaryKeys(),
        entries.orderBy('competencies').uniqueKeys(),
      ]);
      const competencyIds = competencies.filter((id): id is string => typeof id === 'string');
      const ordinals = ordinalsBetween(first[0], last[0]);
      const idsOf = (index: string, value: string) => entries.where(index).equals(value).primaryKeys();
      const [quarters, kinds, scopes, tagged] = await Promise.all([
        Promise.all(ordinals.map((ordinal) => quarterIds(this.database, ordinal))),
        Promise.all(entryKindIds.map((kind) => idsOf('kind', kind))),
        Promise.all(scopeLevelIds.map((scope) => idsOf('scope', scope))),
        Promise.all(competencyIds.map((id) => idsOf('competencies', id))),
      ]);
      return { trashed, ordinals, quarters, kinds, scopes, competencies: competencyIds, tagged };
    });
    if (!isCurrent()) return;

    const trashed = new Set(read.trashed);
    const counted = new Map<string, Counted>();
    read.quarters.forEach((ids, position) => {
      const ordinal = read.ordinals[position] as number;
      for (const id of ids) if (!trashed.has(id)) counted.set(id, { ordinal, scope: '', kind: '', competencies: [] });
    });
    const tag = (lists: string[][], names: readonly string[], set: (record: Counted, name: string) => void) =>
      lists.forEach((ids, position) => {
        const name = names[position] as string;
        for (const id of ids) {
          const record = counted.get(id);
          if (record) set(record, name);
        }
      });
    tag(read.kinds, entryKindIds, (record, kind) => (record.kind = kind));
    tag(read.scopes, scopeLevelIds, (record, scope) => (record.scope = scope));
    tag(read.tagged, read.competencies, (record, id) => record.competencies.push(id));

    const stats: JournalStats = new Map();
    for (const record of counted.values()) {
      let quarter = stats.get(record.ordinal);
      if (!quarter) stats.set(record.ordinal, (quarter = emptyQuarterStats(record.ordinal)));
      countInto(quarter, asCountedEntry(record), 1);
    }
    this.counted = counted;
    this.stats = stats;
    this.publish(stats);
  }

  protected apply(keys: readonly string[], records: readonly (Entry | undefined)[]): boolean {
    const stats: JournalStats = new Map(this.stats);
    const touched = new Set<number>();
    const quarterFor = (ordinal: number) => {
      const known = stats.get(ordinal);
      if (touched.has(ordinal) && known) return known;
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
        countInto(quarterFor(old.ordinal), asCountedEntry(old), -1);
        this.counted.delete(key);
      }
      const record = records[position];
      const ordinal = record ? countedOrdinal(record) : null;
      if (record && ordinal !== null) {
        const now: Counted = { ordinal, scope: record.scope, kind: record.kind, competencies: [...new Set(record.competencies)] };
        countInto(quarterFor(ordinal), asCountedEntry(now), 1);
        this.counted.set(key, now);
      }
    });
    if (touched.size === 0) return false;
    for (const ordinal of touched) if ((stats.get(ordinal)?.total ?? 0) === 0) stats.delete(ordinal);
    this.stats = stats;
    this.publish(stats);
    return true;
  }
}

function asCountedEntry(record: Counted): CountedEntry {
  return {
    occurredOn: '',
    deletedAt: null,
    scope: record.scope as Entry['scope'],
    kind: record.kind as Entry['kind'],
    competencies: record.competencies,
  };
}

/** Every quarter ordinal from the quarter of `first` to that of `last` (the smallest and largest `occurredOn`). */
function ordinalsBetween(first: unknown, last: unknown): number[] {
  const from = typeof first === 'string' ? quarterOrdinalOfDate(first.slice(0, 10)) : null;
  const to = typeof last === 'string' ? quarterOrdinalOfDate(last.slice(0, 10)) : null;
  if (from === null || to === null) return [];
  const ordinals: number[] = [];
  for (let ordinal = from; ordinal <= to; ordinal += 1) ordinals.push(ordinal);
  return ordinals;
}

/** The ids of entries dated within a quarter, from the date index. */
function quarterIds(database: ScopeJournalDatabase, ordinal: number): Promise<string[]> {
  const { start, end } = quarterRange(quarterFromOrdinal(ordinal));
  return database.entries.where('occurredOn').between(start, end, true, true).primaryKeys();
}

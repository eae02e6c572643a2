/**
 * Per-quarter counts of the journal's entries: all the Insights charts need, a few hundred numbers
 * however large the journal. The database keeps them current in the same transaction as every
 * entry write (`db/entryStats.ts`), so Insights paints before the journal is read; the functions
 * that take entries build the same counts from them. Entries in the trash and entries whose
 * `occurredOn` is not a local date are not counted.
 */
import { quarterOrdinalOfDate } from '../quarters';
import type { Entry } from '../types';

/** The counts of one quarter's live entries. */
export interface QuarterStats {
  /** `quarterOrdinal` of the quarter: year × 4 + quarter − 1. */
  ordinal: number;
  /** Live entries of the quarter. */
  total: number;
  /** Entries per scope level id, as stored on the entries. */
  scopes: Map<string, number>;
  /** Entries per kind id. */
  kinds: Map<string, number>;
  /** Entries tagged with each competency id; an entry tagged twice with one id counts once. */
  competencies: Map<string, number>;
}

/** The counts of a journal, by quarter ordinal. */
export type JournalStats = Map<number, QuarterStats>;

/** What of an entry the counts read. */
export type CountedEntry = Pick<Entry, 'occurredOn' | 'deletedAt' | 'scope' | 'kind' | 'competencies'>;

export function emptyQuarterStats(ordinal: number): QuarterStats {
  return { ordinal, total: 0, scopes: new Map(), kinds: new Map(), competencies: new Map() };
}

/** The quarter an entry is counted in, or null when it is not counted (trashed, or no date). */
export function countedOrdinal(entry: CountedEntry): number | null {
  if (entry.deletedAt) return null;
  return typeof entry.occurredOn === 'string' ? quarterOrdinalOfDate(entry.occurredOn) : null;
}

function bump(counts: Map<string, number>, key: string, by: number): void {
  const next = (counts.get(key) ?? 0) + by;
  if (next === 0) counts.delete(key);
  else counts.set(key, next);
}

/** Adds (`by` 1) or takes away (`by` −1) one entry's share of a quarter's counts. */
export function countInto(stats: QuarterStats, entry: CountedEntry, by: 1 | -1): void {
  stats.total += by;
  bump(stats.scopes, String(entry.scope), by);
  bump(stats.kinds, String(entry.kind), by);
  const ids = Array.isArray(entry.competencies) ? entry.competencies : [];
  for (let index = 0; index < ids.length; index += 1) {
    const id = ids[index];
    if (typeof id === 'string' && ids.indexOf(id) === index) bump(stats.competencies, id, by);
  }
}

/**
 * The counts of `entries`. With `only`, just those quarters (by ordinal) are counted: a chart of
 * eight quarters does not tally the other thirty.
 */
export function journalStatsOf(entries: readonly CountedEntry[], only?: ReadonlySet<number>): JournalStats {
  const stats: JournalStats = new Map();
  for (const entry of entries) {
    const ordinal = countedOrdinal(entry);
    if (ordinal === null || (only && !only.has(ordinal))) continue;
    let quarter = stats.get(ordinal);
    if (!quarter) {
      quarter = emptyQuarterStats(ordinal);
      stats.set(ordinal, quarter);
    }
    countInto(quarter, entry, 1);
  }
  return stats;
}

/** The first and last quarter ordinals with a live entry, or null for an empty journal. */
export function statsSpan(stats: JournalStats): { first: number; last: number } | null {
  let span: { first: number; last: number } | null = null;
  for (const [ordinal, quarter] of stats) {
    if (quarter.total <= 0) continue;
    if (!span) span = { first: ordinal, last: ordinal };
    else span = { first: Math.min(span.first, ordinal), last: Math.max(span.last, ordinal) };
  }
  return span;
}

/**
 * The figures behind the Insights screen. The charts are drawn from per-quarter counts
 * (`quarterStats.ts`): the screen reads the counts the database keeps, and each function that
 * takes entries counts them first, in one pass. Entries in the trash are ignored, and entries whose
 * `occurredOn` cannot be read as a local date are left out of the per-quarter figures.
 */
import { entryKindIds } from '../entries/entryKinds';
import { previousQuarter, quarterLabel, quarterOrdinal } from '../quarters';
import type { QuarterKey } from '../quarters';
import { scopeLevelIds } from '../scopeLevels';
import type { Entry, EntryKind, Framework, ScopeLevelId } from '../types';
import { journalStatsOf, type JournalStats } from './quarterStats';

export { competencyPromptFor, findGaps, gapsFrom, judgeGaps } from './gaps';
export { journalStatsOf, statsSpan, type JournalStats, type QuarterStats } from './quarterStats';
export type { Gap, GapsVerdict, MissingCompetencyGap, NoGapsReason, ScopePlateauGap } from './gaps';

/** One bar of the scope-over-time chart. */
export interface ScopeQuarterRow {
  quarter: QuarterKey;
  /** "Q3 2026". */
  label: string;
  counts: Record<ScopeLevelId, number>;
  total: number;
  /** The widest scope any entry of the quarter reached; null for an empty quarter. */
  highestScope: ScopeLevelId | null;
}

/** One bar of the activity-by-kind chart. */
export interface KindQuarterRow {
  quarter: QuarterKey;
  label: string;
  counts: Record<EntryKind, number>;
  total: number;
}

/** One competency in the coverage chart: entries tagged with it this quarter and the one before. */
export interface CoverageRow {
  id: string;
  /** The framework's name, or the id itself for a competency no longer in the framework. */
  name: string;
  current: number;
  previous: number;
  /** The user's growth plan targets this competency. */
  isTarget: boolean;
  /** Used by entries but no longer in the framework. */
  isRetired: boolean;
}

/** False for entries in the trash. */
function isLive(entry: Entry): boolean {
  return !entry.deletedAt;
}

function ordinalsOf(quarters: readonly QuarterKey[]): Set<number> {
  return new Set(quarters.map(quarterOrdinal));
}

/** One counter per id of `ids`, in that order, from a quarter's counts (zeros for an empty quarter). */
function countersOf(counts: ReadonlyMap<string, number> | undefined, ids: readonly string[]): number[] {
  return ids.map((id) => counts?.get(id) ?? 0);
}

function toRecord<K extends string>(ids: readonly K[], counter: readonly number[]): Record<K, number> {
  const record = {} as Record<K, number>;
  ids.forEach((id, index) => {
    record[id] = counter[index] ?? 0;
  });
  return record;
}

function sum(counter: readonly number[]): number {
  let total = 0;
  for (const value of counter) total += value;
  return total;
}

/**
 * Entries per scope level for each of `quarters`, in the order given. Every quarter gets a row, with
 * zeros when it has no entries, so gaps in the timeline stay visible.
 */
export function scopeOverTime(entries: readonly Entry[], quarters: readonly QuarterKey[]): ScopeQuarterRow[] {
  return scopeRows(journalStatsOf(entries, ordinalsOf(quarters)), quarters);
}

/** `scopeOverTime` from the journal's per-quarter counts. */
export function scopeRows(stats: JournalStats, quarters: readonly QuarterKey[]): ScopeQuarterRow[] {
  return quarters.map((quarter) => {
    const counter = countersOf(stats.get(quarterOrdinal(quarter))?.scopes, scopeLevelIds);
    let highestScope: ScopeLevelId | null = null;
    for (let index = scopeLevelIds.length - 1; index >= 0 && highestScope === null; index -= 1) {
      if ((counter[index] ?? 0) > 0) highestScope = scopeLevelIds[index] ?? null;
    }
    return { quarter, label: quarterLabel(quarter), counts: toRecord(scopeLevelIds, counter), total: sum(counter), highestScope };
  });
}

/** Entries per kind for each of `quarters`, in the order given; empty quarters appear with zeros. */
export function activityByKind(entries: readonly Entry[], quarters: readonly QuarterKey[]): KindQuarterRow[] {
  return kindRows(journalStatsOf(entries, ordinalsOf(quarters)), quarters);
}

/** `activityByKind` from the journal's per-quarter counts. */
export function kindRows(stats: JournalStats, quarters: readonly QuarterKey[]): KindQuarterRow[] {
  return quarters.map((quarter) => {
    const counter = countersOf(stats.get(quarterOrdinal(quarter))?.kinds, entryKindIds);
    return { quarter, label: quarterLabel(quarter), counts: toRecord(entryKindIds, counter), total: sum(counter) };
  });
}

/**
 * How many entries of `quarter` (current) and of the quarter before it (previous) are tagged with
 * each competency. One row per framework competency in framework order, then one row per competency
 * id that entries of those two quarters use but the framework no longer has (`isRetired`, named by
 * its id, sorted by id). An entry tagged twice with the same id counts once.
 */
export function competencyCoverage(
  entries: readonly Entry[],
  framework: Framework,
  quarter: QuarterKey,
  targetCompetencyIds: readonly string[],
): CoverageRow[] {
  const stats = journalStatsOf(entries, ordinalsOf([quarter, previousQuarter(quarter)]));
  return coverageRows(stats, framework, quarter, targetCompetencyIds);
}

/** `competencyCoverage` from the journal's per-quarter counts. */
export function coverageRows(
  stats: JournalStats,
  framework: Framework,
  quarter: QuarterKey,
  targetCompetencyIds: readonly string[],
): CoverageRow[] {
  const current = stats.get(quarterOrdinal(quarter))?.competencies ?? new Map<string, number>();
  const previous = stats.get(quarterOrdinal(previousQuarter(quarter)))?.competencies ?? new Map<string, number>();
  const targets = new Set(targetCompetencyIds);
  const known = new Set<string>();
  const rows: CoverageRow[] = [];
  for (const competency of framework.competencies) {
    if (known.has(competency.id)) continue;
    known.add(competency.id);
    rows.push({
      id: competency.id,
      name: competency.name,
      current: current.get(competency.id) ?? 0,
      previous: previous.get(competency.id) ?? 0,
      isTarget: targets.has(competency.id),
      isRetired: false,
    });
  }
  const retired = [...new Set([...current.keys(), ...previous.keys()])].filter((id) => !known.has(id)).sort(compare);
  for (const id of retired) {
    rows.push({
      id,
      name: id,
      current: current.get(id) ?? 0,
      previous: previous.get(id) ?? 0,
      isTarget: targets.has(id),
      isRetired: true,
    });
  }
  return rows;
}

/**
 * Entries whose follow-up date has come (on or before `today`, a local date `YYYY-MM-DD`) and whose
 * outcome is still empty, oldest follow-up first (ties: earlier `occurredOn`, then id). Any kind
 * qualifies: decisions and launches are simply the entries that carry follow-ups.
 */
export function awaitingOutcome(entries: readonly Entry[], today: string): Entry[] {
  const due = entries.filter(
    (entry) =>
      isLive(entry) && entry.followUpOn !== null && entry.followUpOn !== '' && entry.followUpOn <= today && entry.outcome.trim() === '',
  );
  return due.sort((a, b) => compare(a.followUpOn ?? '', b.followUpOn ?? '') || compare(a.occurredOn, b.occurredOn) || compare(a.id, b.id));
}

/** Plain code-unit order: `YYYY-MM-DD` strings sort chronologically this way, in every locale. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

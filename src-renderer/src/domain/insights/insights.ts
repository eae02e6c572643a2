/**
 * The figures behind the Insights screen, computed from entries on demand and never stored. Every
 * function ignores entries in the trash and makes a single pass over the entries, so the charts stay
 * fast for tens of thousands of entries. Entries whose `occurredOn` cannot be read as a local date
 * are left out of the per-quarter figures.
 */
import { entryKindIds } from '../entries/entryKinds';
import { previousQuarter, quarterLabel, quarterOrdinal, quarterOrdinalOfDate } from '../quarters';
import type { QuarterKey } from '../quarters';
import { scopeLevelIds } from '../scopeLevels';
import type { Entry, EntryKind, Framework, ScopeLevelId } from '../types';

export { competencyPromptFor, findGaps, judgeGaps } from './gaps';
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

/** Index of each scope level and kind in its canonical order, for array-backed counters. */
const scopeIndex = new Map<string, number>(scopeLevelIds.map((id, index) => [id, index]));
const kindIndex = new Map<string, number>(entryKindIds.map((id, index) => [id, index]));

/** Maps a quarter's ordinal to its position in `quarters` (a requested quarter listed twice keeps its first place). */
function positionsOf(quarters: readonly QuarterKey[]): Map<number, number> {
  const positions = new Map<number, number>();
  quarters.forEach((quarter, position) => {
    const ordinal = quarterOrdinal(quarter);
    if (!positions.has(ordinal)) positions.set(ordinal, position);
  });
  return positions;
}

/**
 * Counts live entries per quarter and per category (scope level or kind) in one pass. Returns one
 * counter array per requested quarter, in the order of `quarters`.
 */
function countByQuarter(
  entries: readonly Entry[],
  quarters: readonly QuarterKey[],
  categoryOf: (entry: Entry) => number | undefined,
  categoryCount: number,
): number[][] {
  const positions = positionsOf(quarters);
  const counters = quarters.map(() => new Array<number>(categoryCount).fill(0));
  for (const entry of entries) {
    if (!isLive(entry)) continue;
    const ordinal = quarterOrdinalOfDate(entry.occurredOn);
    if (ordinal === null) continue;
    const position = positions.get(ordinal);
    if (position === undefined) continue;
    const category = categoryOf(entry);
    const counter = counters[position];
    if (category === undefined || counter === undefined) continue;
    counter[category] = (counter[category] ?? 0) + 1;
  }
  return counters;
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
  const counters = countByQuarter(entries, quarters, (entry) => scopeIndex.get(entry.scope), scopeLevelIds.length);
  return quarters.map((quarter, position) => {
    const counter = counters[position] ?? [];
    let highestScope: ScopeLevelId | null = null;
    for (let index = scopeLevelIds.length - 1; index >= 0 && highestScope === null; index -= 1) {
      if ((counter[index] ?? 0) > 0) highestScope = scopeLevelIds[index] ?? null;
    }
    return { quarter, label: quarterLabel(quarter), counts: toRecord(scopeLevelIds, counter), total: sum(counter), highestScope };
  });
}

/** Entries per kind for each of `quarters`, in the order given; empty quarters appear with zeros. */
export function activityByKind(entries: readonly Entry[], quarters: readonly QuarterKey[]): KindQuarterRow[] {
  const counters = countByQuarter(entries, quarters, (entry) => kindIndex.get(entry.kind), entryKindIds.length);
  return quarters.map((quarter, position) => {
    const counter = counters[position] ?? [];
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
  const currentOrdinal = quarterOrdinal(quarter);
  const previousOrdinal = quarterOrdinal(previousQuarter(quarter));
  const tallies = new Map<string, { current: number; previous: number }>();

  for (const entry of entries) {
    if (!isLive(entry)) continue;
    const ordinal = quarterOrdinalOfDate(entry.occurredOn);
    const isCurrent = ordinal === currentOrdinal;
    if (!isCurrent && ordinal !== previousOrdinal) continue;
    const ids = entry.competencies;
    for (let index = 0; index < ids.length; index += 1) {
      const id = ids[index];
      if (id === undefined || ids.indexOf(id) !== index) continue;
      let tally = tallies.get(id);
      if (!tally) {
        tally = { current: 0, previous: 0 };
        tallies.set(id, tally);
      }
      if (isCurrent) tally.current += 1;
      else tally.previous += 1;
    }
  }

  const targets = new Set(targetCompetencyIds);
  const known = new Set<string>();
  const rows: CoverageRow[] = [];
  for (const competency of framework.competencies) {
    if (known.has(competency.id)) continue;
    known.add(competency.id);
    const tally = tallies.get(competency.id);
    rows.push({
      id: competency.id,
      name: competency.name,
      current: tally?.current ?? 0,
      previous: tally?.previous ?? 0,
      isTarget: targets.has(competency.id),
      isRetired: false,
    });
  }
  const retired = [...tallies.keys()].filter((id) => !known.has(id)).sort(compare);
  for (const id of retired) {
    const tally = tallies.get(id);
    rows.push({
      id,
      name: id,
      current: tally?.current ?? 0,
      previous: tally?.previous ?? 0,
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

import { describe, expect, it } from 'vitest';
import { isLocalDate } from '../../../src-renderer/src/domain/dates';
import { defaultFramework } from '../../../src-renderer/src/domain/framework/content/defaultFramework';
import { awaitingOutcome, judgeGaps, scopeOverTime } from '../../../src-renderer/src/domain/insights/insights';
import {
  nextQuarter,
  periodQuarters,
  previousQuarter,
  quarterOf,
  quarterRange,
  type QuarterKey,
} from '../../../src-renderer/src/domain/quarters';
import { scopeLevelIds } from '../../../src-renderer/src/domain/scopeLevels';
import { createSampleJournal, sampleJournalSize } from '../../../src-renderer/src/domain/sample/sampleJournal';
import type { Entry } from '../../../src-renderer/src/domain/types';

/*
 * Every day of three years (2026 to 2028, with 29 February 2028), through the date-dependent logic
 * the app opens with: the sample journal, quarter keys, the Insights default period, gaps and
 * follow-ups due. Each day asserts what must hold on any day a user might load the sample, so a
 * date that breaks an invariant fails here by name rather than on the day it comes round.
 */

/** Every local date from `first` to `last` inclusive, as `YYYY-MM-DD` (calendar arithmetic in UTC). */
function everyDay(first: string, last: string): string[] {
  const days: string[] = [];
  for (let time = Date.parse(`${first}T00:00:00Z`); time <= Date.parse(`${last}T00:00:00Z`); time += 86_400_000) {
    days.push(new Date(time).toISOString().slice(0, 10));
  }
  return days;
}

function dayAfter(localDate: string): string {
  return new Date(Date.parse(`${localDate}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

function daysBetween(earlier: string, later: string): number {
  return Math.round((Date.parse(`${later}T00:00:00Z`) - Date.parse(`${earlier}T00:00:00Z`)) / 86_400_000);
}

const days = everyDay('2026-01-01', '2028-12-31');
/** The Insights screen's default period (insightsSlice.ts). */
const defaultPeriod = { kind: 'last-quarters', count: 4 } as const;
const scopeRank = new Map<string, number>(scopeLevelIds.map((id, index) => [id, index]));

function inQuarter(entries: readonly Entry[], quarter: QuarterKey): Entry[] {
  const { start, end } = quarterRange(quarter);
  return entries.filter((entry) => entry.occurredOn >= start && entry.occurredOn <= end);
}

function widest(entries: readonly Entry[]): number {
  return Math.max(-1, ...entries.map((entry) => scopeRank.get(entry.scope) ?? -1));
}

describe('every day of 2026–2028', () => {
  it('covers 1,096 days, 29 February 2028 among them', () => {
    expect(days).toHaveLength(365 + 365 + 366);
    expect(days).toContain('2028-02-29');
  });

  it('gives each day one quarter, which contains it and follows the quarter before', () => {
    for (const today of days) {
      const quarter = quarterOf(today);
      const { start, end } = quarterRange(quarter);
      expect(start <= today && today <= end, `${today} in ${quarter} (${start}–${end})`).toBe(true);
      expect(nextQuarter(previousQuarter(quarter))).toBe(quarter);
      if (today === end) expect(quarterOf(dayAfter(today)), `the day after ${today}`).toBe(nextQuarter(quarter));
      else expect(quarterOf(dayAfter(today))).toBe(quarter);
    }
  });

  it('builds the same sample journal, ending on that day, with data in the default period, gaps explained and follow-ups due', () => {
    const verdicts = new Set<string>();
    const firstIds = createSampleJournal(days[0] ?? '')
      .map((entry) => entry.id)
      .sort();
    for (const today of days) {
      const sample = createSampleJournal(today);
      const label = `sample journal on ${today}`;
      expect(sample, label).toHaveLength(sampleJournalSize);
      // Ids never depend on the day: removing the sample finds the same entries whenever it was loaded.
      expect(sample.map((entry) => entry.id).sort(), label).toEqual(firstIds);
      const dates = sample.map((entry) => entry.occurredOn).sort();
      expect(dates.every(isLocalDate), label).toBe(true);
      expect(dates.at(-1) ?? '', label).not.toBe('');
      // Two years, ending on or just before today: nothing in the future, the newest within a month.
      expect((dates.at(-1) ?? '') <= today, label).toBe(true);
      expect(daysBetween(dates.at(-1) ?? '', today), label).toBeLessThanOrEqual(31);
      expect(daysBetween(dates[0] ?? '', today), label).toBeGreaterThan(700);

      // The Insights screen opens on the last four quarters, ending with today's: there is data.
      const quarters = periodQuarters(defaultPeriod, today, sample);
      expect(quarters, label).toHaveLength(4);
      expect(quarters.at(-1), label).toBe(quarterOf(today));
      const rows = scopeOverTime(sample, quarters);
      expect(
        rows.reduce((total, row) => total + row.total, 0),
        label,
      ).toBeGreaterThan(0);
      // …and "everything" holds every entry, spread over the two years.
      const allRows = scopeOverTime(sample, periodQuarters({ kind: 'all' }, today, sample));
      expect(
        allRows.reduce((total, row) => total + row.total, 0),
        label,
      ).toBe(sampleJournalSize);

      // The Gaps panel names a gap, or says truthfully why there is none.
      const quarter = quarterOf(today);
      const verdict = judgeGaps(sample, defaultFramework, quarter);
      expect(verdict.gaps.length > 0 !== (verdict.whyNone !== null), label).toBe(true);
      verdicts.add(verdict.whyNone ?? 'gaps');
      if (verdict.whyNone !== null) {
        const current = inQuarter(sample, quarter);
        const covered = new Set(current.flatMap((entry) => entry.competencies));
        for (const competency of defaultFramework.competencies)
          expect(covered.has(competency.id), `${label}: ${competency.name}`).toBe(true);
        const before = widest(inQuarter(sample, previousQuarter(quarter)));
        if (verdict.whyNone === 'no-previous-quarter') expect(before, label).toBe(-1);
        if (verdict.whyNone === 'already-widest') expect(before, label).toBe(scopeLevelIds.length - 1);
        if (verdict.whyNone === 'scope-widened') expect(widest(current), label).toBeGreaterThan(before);
      }

      // Decisions awaiting their outcome are due by today, and none of the finished ones lies ahead.
      const awaiting = awaitingOutcome(sample, today);
      expect(awaiting.length, label).toBeGreaterThanOrEqual(2);
      // Checked entry by entry, reported together: one assertion per day keeps the sweep quick.
      const misdated = [
        ...awaiting.filter((entry) => !((entry.followUpOn ?? '') <= today && entry.outcome === '')),
        ...sample.filter((entry) => entry.outcome !== '' && !((entry.followUpOn ?? '') <= today)),
        ...sample.filter((entry) => entry.followUpOn !== null && entry.followUpOn < entry.occurredOn),
      ].map((entry) => `${entry.title} (${entry.occurredOn}, follow-up ${String(entry.followUpOn)})`);
      expect(misdated, label).toEqual([]);
      const ahead = sample.filter((entry) => entry.followUpOn !== null && entry.followUpOn > today);
      expect(ahead.length, label).toBeGreaterThanOrEqual(2);
    }
    // Both sides of the Gaps panel came up: days with gaps, and days whose quarter has none
    // because the quarter before already reached Industry (as on 1 December 2026).
    expect([...verdicts].sort()).toEqual(['already-widest', 'gaps']);
    // 1,096 sample journals: seconds, not the default five, on a busy machine.
  }, 60_000);
});

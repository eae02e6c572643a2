import { describe, expect, it } from 'vitest';
import { defaultFramework } from '../../../../src-renderer/src/domain/framework/content/defaultFramework';
import { isLocalDate } from '../../../../src-renderer/src/domain/dates';
import { entryKindIds, isEntryKind } from '../../../../src-renderer/src/domain/entries/entryKinds';
import { isScopeLevelId } from '../../../../src-renderer/src/domain/scopeLevels';
import {
  createSampleJournal,
  sampleEngineerName,
  sampleJournalSize,
  samplePeople,
} from '../../../../src-renderer/src/domain/sample/sampleJournal';
import type { Entry, ScopeLevelId } from '../../../../src-renderer/src/domain/types';

const today = '2026-05-14';
const journal = createSampleJournal(today);

/** `YYYY-MM-DD` a number of calendar months before `date` (day clamped to the month's end). */
function monthsBefore(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number);
  const first = new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1 - months, 1));
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(day ?? 1, lastDay));
  return first.toISOString().slice(0, 10);
}

function scopeCounts(entries: readonly Entry[]): Record<ScopeLevelId, number> {
  const counts: Record<ScopeLevelId, number> = { self: 0, team: 0, department: 0, company: 0, industry: 0 };
  for (const entry of entries) counts[entry.scope] += 1;
  return counts;
}

const phaseOneEnd = monthsBefore(today, 16);
const phaseTwoEnd = monthsBefore(today, 8);
const phaseOne = journal.filter((entry) => entry.occurredOn <= phaseOneEnd);
const phaseTwo = journal.filter((entry) => entry.occurredOn > phaseOneEnd && entry.occurredOn <= phaseTwoEnd);
const phaseThree = journal.filter((entry) => entry.occurredOn > phaseTwoEnd);

describe('createSampleJournal', () => {
  it('is deterministic for the same day', () => {
    expect(createSampleJournal(today)).toEqual(journal);
  });

  it('keeps the same ids whatever the day', () => {
    const later = createSampleJournal('2027-01-31');
    expect(later.map((entry) => entry.id)).toEqual(journal.map((entry) => entry.id));
  });

  it('has 140–180 entries with unique UUID-shaped ids', () => {
    expect(journal).toHaveLength(sampleJournalSize);
    expect(journal.length).toBeGreaterThanOrEqual(140);
    expect(journal.length).toBeLessThanOrEqual(180);
    const ids = journal.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('uses distinct titles', () => {
    const titles = journal.map((entry) => entry.title);
    expect(new Set(titles).size).toBe(titles.length);
  });

  it('spans about two years and never goes past today', () => {
    const dates = journal.map((entry) => entry.occurredOn).sort();
    const first = dates[0] ?? '';
    const last = dates[dates.length - 1] ?? '';
    expect(first > monthsBefore(today, 24)).toBe(true);
    expect(first <= monthsBefore(today, 23)).toBe(true);
    expect(last <= today).toBe(true);
    expect(last > monthsBefore(today, 1)).toBe(true);
  });

  it('puts 5–8 entries in each of the 24 months', () => {
    for (let month = 0; month < 24; month += 1) {
      const from = monthsBefore(today, 24 - month);
      const to = monthsBefore(today, 23 - month);
      const count = journal.filter((entry) => entry.occurredOn > from && entry.occurredOn <= to).length;
      expect(count, `month ${month}`).toBeGreaterThanOrEqual(5);
      expect(count, `month ${month}`).toBeLessThanOrEqual(8);
    }
  });

  it('has valid fields on every entry', () => {
    const competencyIds = new Set(defaultFramework.competencies.map((competency) => competency.id));
    for (const entry of journal) {
      expect(isEntryKind(entry.kind)).toBe(true);
      expect(isScopeLevelId(entry.scope)).toBe(true);
      expect(isLocalDate(entry.occurredOn)).toBe(true);
      expect(entry.createdAt.startsWith(`${entry.occurredOn}T`)).toBe(true);
      expect(new Date(entry.createdAt).toISOString()).toBe(entry.createdAt);
      expect(entry.updatedAt).toBe(entry.createdAt);
      expect(entry.source).toBe('sample');
      expect(entry.deletedAt).toBeNull();
      expect(entry.title.trim()).not.toBe('');
      expect(entry.body.trim()).not.toBe('');
      expect(entry.competencies.length).toBeGreaterThan(0);
      for (const id of entry.competencies) expect(competencyIds.has(id), id).toBe(true);
      for (const tag of entry.tags) expect(tag).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      for (const person of entry.people) expect(samplePeople).toContain(person);
      for (const link of entry.links) expect(link.url).toMatch(/^https:\/\//);
      if (entry.followUpOn !== null) expect(isLocalDate(entry.followUpOn)).toBe(true);
    }
  });

  it('covers every kind and every competency several times', () => {
    for (const kind of entryKindIds) {
      expect(journal.filter((entry) => entry.kind === kind).length, kind).toBeGreaterThanOrEqual(5);
    }
    for (const { id } of defaultFramework.competencies) {
      expect(journal.filter((entry) => entry.competencies.includes(id)).length, id).toBeGreaterThanOrEqual(5);
    }
  });

  it('grows in scope from team to department to company', () => {
    const first = scopeCounts(phaseOne);
    const second = scopeCounts(phaseTwo);
    const third = scopeCounts(phaseThree);
    expect(first.team / phaseOne.length).toBeGreaterThan(0.5);
    expect(first.company).toBe(0);
    expect(first.industry).toBe(0);
    expect(second.department).toBeGreaterThan(second.team);
    expect(second.department).toBeGreaterThan(second.company);
    expect(third.company).toBeGreaterThan(third.department);
    expect(third.industry).toBeGreaterThanOrEqual(2);
  });

  it('records decisions with options, a choice and a confidence', () => {
    const decisions = journal.filter((entry) => entry.kind === 'decision');
    expect(decisions.length).toBeGreaterThanOrEqual(8);
    for (const decision of decisions) {
      expect(decision.options.length).toBeGreaterThanOrEqual(2);
      expect(decision.options.length).toBeLessThanOrEqual(4);
      expect(decision.choice).not.toBe('');
      expect(decision.confidence).toBeGreaterThanOrEqual(40);
      expect(decision.confidence).toBeLessThanOrEqual(95);
      expect(decision.followUpOn).not.toBeNull();
      expect((decision.followUpOn ?? '') > decision.occurredOn).toBe(true);
    }
    for (const other of journal.filter((entry) => entry.kind !== 'decision')) {
      expect(other.options).toEqual([]);
      expect(other.confidence).toBeNull();
    }
  });

  it('has decisions with outcomes, awaiting outcomes, and follow-ups still ahead', () => {
    const decisions = journal.filter((entry) => entry.kind === 'decision');
    const withOutcome = decisions.filter((entry) => entry.outcome !== '');
    const followUp = (entry: Entry): string => entry.followUpOn ?? '';
    const awaiting = decisions.filter((entry) => entry.outcome === '' && followUp(entry) <= today);
    const ahead = decisions.filter((entry) => entry.outcome === '' && followUp(entry) > today);
    expect(withOutcome.length).toBeGreaterThanOrEqual(5);
    expect(awaiting.length).toBeGreaterThanOrEqual(2);
    expect(ahead.length).toBeGreaterThanOrEqual(1);
    for (const entry of withOutcome) expect(followUp(entry) <= today).toBe(true);
  });

  it('quotes the person in every feedback entry', () => {
    const feedback = journal.filter((entry) => entry.kind === 'feedback');
    for (const entry of feedback) {
      const match = /^> "(.+)" — (.+)$/m.exec(entry.body);
      expect(match, entry.title).not.toBeNull();
      expect(entry.people).toContain(match?.[2]);
    }
  });

  it('stars the biggest wins, notes AI assistance, and measures impact on some entries', () => {
    const starred = journal.filter((entry) => entry.starred).length / journal.length;
    expect(starred).toBeGreaterThan(0.1);
    expect(starred).toBeLessThan(0.2);
    expect(journal.filter((entry) => entry.aiAssist !== '').length).toBeGreaterThanOrEqual(5);
    expect(journal.filter((entry) => entry.impactMetric !== null).length).toBeGreaterThanOrEqual(10);
    expect(journal.filter((entry) => entry.impact !== '').length / journal.length).toBeGreaterThan(0.4);
  });

  it('never names the engineer herself among the people', () => {
    for (const entry of journal) expect(entry.people).not.toContain(sampleEngineerName);
  });

  it('works for a day at the end of a month and in a leap year', () => {
    for (const day of ['2024-02-29', '2025-03-31', '2026-12-31']) {
      const entries = createSampleJournal(day);
      expect(entries).toHaveLength(sampleJournalSize);
      for (const entry of entries) {
        expect(isLocalDate(entry.occurredOn)).toBe(true);
        expect(entry.occurredOn <= day).toBe(true);
      }
    }
  });
});

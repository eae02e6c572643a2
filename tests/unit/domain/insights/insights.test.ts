import { describe, expect, it } from 'vitest';
import { defaultFramework } from '../../../../src-renderer/src/domain/framework/content/defaultFramework';
import { entryKindIds } from '../../../../src-renderer/src/domain/entries/entryKinds';
import { activityByKind, awaitingOutcome, competencyCoverage, scopeOverTime } from '../../../../src-renderer/src/domain/insights/insights';
import { periodQuarters, quarterOf, quartersBetween } from '../../../../src-renderer/src/domain/quarters';
import type { QuarterKey } from '../../../../src-renderer/src/domain/quarters';
import { createSampleJournal } from '../../../../src-renderer/src/domain/sample/sampleJournal';
import { scopeLevelIds, scopeRank } from '../../../../src-renderer/src/domain/scopeLevels';
import type { Entry, ScopeLevelId } from '../../../../src-renderer/src/domain/types';
import { makeEntry } from '../../entryFactory';
import { framework, trashed } from './insightsFixtures';

describe('scopeOverTime', () => {
  const quarters: QuarterKey[] = ['2025-Q4', '2026-Q1', '2026-Q2'];

  it('counts entries per level and quarter and finds the widest level', () => {
    const entries = [
      makeEntry({ occurredOn: '2025-12-31', scope: 'team' }),
      makeEntry({ occurredOn: '2025-10-01', scope: 'team' }),
      makeEntry({ occurredOn: '2026-01-01', scope: 'department' }),
      makeEntry({ occurredOn: '2026-03-31', scope: 'self' }),
    ];
    const rows = scopeOverTime(entries, quarters);
    expect(rows.map((row) => row.quarter)).toEqual(quarters);
    expect(rows[0]).toMatchObject({ label: 'Q4 2025', total: 2, highestScope: 'team' });
    expect(rows[0]?.counts).toEqual({ self: 0, team: 2, department: 0, company: 0, industry: 0 });
    expect(rows[1]).toMatchObject({ label: 'Q1 2026', total: 2, highestScope: 'department' });
    expect(rows[1]?.counts).toEqual({ self: 1, team: 0, department: 1, company: 0, industry: 0 });
  });

  it('shows empty quarters as zeros instead of skipping them', () => {
    const rows = scopeOverTime([makeEntry({ occurredOn: '2025-11-11', scope: 'company' })], quarters);
    expect(rows).toHaveLength(3);
    expect(rows[1]).toEqual({
      quarter: '2026-Q1',
      label: 'Q1 2026',
      counts: { self: 0, team: 0, department: 0, company: 0, industry: 0 },
      total: 0,
      highestScope: null,
    });
    expect(rows[2]?.total).toBe(0);
    expect(scopeOverTime([], quarters).every((row) => row.total === 0 && row.highestScope === null)).toBe(true);
  });

  it('leaves out trashed entries and entries outside the quarters', () => {
    const entries = [
      makeEntry({ occurredOn: '2026-02-02', scope: 'industry', deletedAt: trashed }),
      makeEntry({ occurredOn: '2026-02-03', scope: 'team' }),
      makeEntry({ occurredOn: '2024-02-03', scope: 'company' }),
      makeEntry({ occurredOn: '2026-07-01', scope: 'company' }),
    ];
    const rows = scopeOverTime(entries, quarters);
    expect(rows[1]).toMatchObject({ total: 1, highestScope: 'team' });
    expect(rows.reduce((total, row) => total + row.total, 0)).toBe(1);
  });
});

describe('activityByKind', () => {
  it('counts kinds per quarter with every quarter and every kind present', () => {
    const entries = [
      makeEntry({ occurredOn: '2026-01-05', kind: 'decision' }),
      makeEntry({ occurredOn: '2026-02-05', kind: 'decision' }),
      makeEntry({ occurredOn: '2026-02-06', kind: 'mentoring' }),
      makeEntry({ occurredOn: '2026-02-07', kind: 'mentoring', deletedAt: trashed }),
      makeEntry({ occurredOn: '2026-08-07', kind: 'incident' }),
    ];
    const rows = activityByKind(entries, quartersBetween('2026-Q1', '2026-Q3'));
    expect(rows.map((row) => [row.label, row.total])).toEqual([
      ['Q1 2026', 3],
      ['Q2 2026', 0],
      ['Q3 2026', 1],
    ]);
    expect(Object.keys(rows[1]?.counts ?? {})).toEqual([...entryKindIds]);
    expect(rows[0]?.counts).toMatchObject({ decision: 2, mentoring: 1, win: 0, incident: 0 });
    expect(rows[2]?.counts.incident).toBe(1);
  });
});

describe('competencyCoverage', () => {
  const entries = [
    makeEntry({ occurredOn: '2026-04-02', competencies: ['alpha', 'beta'] }),
    makeEntry({ occurredOn: '2026-05-02', competencies: ['alpha', 'alpha'] }),
    makeEntry({ occurredOn: '2026-03-30', competencies: ['beta', 'old-skill'] }),
    makeEntry({ occurredOn: '2026-06-30', competencies: ['zz-retired'] }),
    makeEntry({ occurredOn: '2026-05-30', competencies: ['gamma'], deletedAt: trashed }),
    makeEntry({ occurredOn: '2025-12-30', competencies: ['gamma', 'ancient'] }),
  ];

  it('gives one row per framework competency in order, this quarter against the last', () => {
    const rows = competencyCoverage(entries, framework, '2026-Q2', ['beta']);
    expect(rows.slice(0, 3)).toEqual([
      { id: 'alpha', name: 'Alpha', current: 2, previous: 0, isTarget: false, isRetired: false },
      { id: 'beta', name: 'Beta', current: 1, previous: 1, isTarget: true, isRetired: false },
      { id: 'gamma', name: 'Gamma', current: 0, previous: 0, isTarget: false, isRetired: false },
    ]);
  });

  it('adds rows for retired competencies used in either quarter, named by their id', () => {
    const rows = competencyCoverage(entries, framework, '2026-Q2', []);
    expect(rows.slice(3)).toEqual([
      { id: 'old-skill', name: 'old-skill', current: 0, previous: 1, isTarget: false, isRetired: true },
      { id: 'zz-retired', name: 'zz-retired', current: 1, previous: 0, isTarget: false, isRetired: true },
    ]);
    expect(rows.some((row) => row.id === 'ancient')).toBe(false);
  });

  it('compares across the year boundary', () => {
    const rows = competencyCoverage(entries, framework, '2026-Q1', []);
    expect(rows.find((row) => row.id === 'gamma')).toMatchObject({ current: 0, previous: 1 });
    expect(rows.find((row) => row.id === 'ancient')).toMatchObject({ previous: 1, isRetired: true });
  });
});

describe('awaitingOutcome', () => {
  it('lists due follow-ups without an outcome, oldest follow-up first', () => {
    const today = '2026-05-14';
    const late = makeEntry({ kind: 'decision', followUpOn: '2026-05-14', outcome: '' });
    const oldest = makeEntry({ kind: 'win', followUpOn: '2026-01-02', outcome: '   ' });
    const middle = makeEntry({ kind: 'decision', followUpOn: '2026-03-01', outcome: '' });
    const entries = [
      late,
      makeEntry({ kind: 'decision', followUpOn: '2026-05-15', outcome: '' }),
      oldest,
      makeEntry({ kind: 'decision', followUpOn: '2026-02-01', outcome: 'It worked.' }),
      makeEntry({ kind: 'decision', followUpOn: null, outcome: '' }),
      makeEntry({ kind: 'decision', followUpOn: '2026-02-01', outcome: '', deletedAt: trashed }),
      middle,
    ];
    expect(awaitingOutcome(entries, today).map((entry) => entry.id)).toEqual([oldest.id, middle.id, late.id]);
  });

  it('does not reorder the caller’s array', () => {
    const entries = [makeEntry({ followUpOn: '2026-03-01' }), makeEntry({ followUpOn: '2026-01-01' })];
    const before = entries.map((entry) => entry.id);
    awaitingOutcome(entries, '2026-05-01');
    expect(entries.map((entry) => entry.id)).toEqual(before);
  });
});

describe('large journals', () => {
  it('keeps every total consistent over 50,000 entries', () => {
    const kinds = entryKindIds;
    const base = makeEntry();
    const entries: Entry[] = [];
    for (let index = 0; index < 50_000; index += 1) {
      const year = 2020 + (index % 7);
      const month = String((index % 12) + 1).padStart(2, '0');
      const day = String((index % 28) + 1).padStart(2, '0');
      entries.push({
        ...base,
        id: `bulk-${index}`,
        occurredOn: `${year}-${month}-${day}`,
        scope: scopeLevelIds[index % scopeLevelIds.length] ?? 'team',
        kind: kinds[index % kinds.length] ?? 'win',
        competencies: index % 3 === 0 ? ['mentoring'] : ['breadth', 'systems-thinking'],
        deletedAt: index % 10 === 0 ? trashed : null,
      });
    }
    const quarters = periodQuarters({ kind: 'year', year: 2024 }, '2026-05-14');
    const inRange = entries.filter((entry) => entry.deletedAt === null && entry.occurredOn.startsWith('2024-')).length;
    expect(inRange).toBeGreaterThan(0);

    const scopeRows = scopeOverTime(entries, quarters);
    const kindRows = activityByKind(entries, quarters);
    const scopeSum = scopeRows.reduce((total, row) => total + Object.values(row.counts).reduce((a, b) => a + b, 0), 0);
    const kindSum = kindRows.reduce((total, row) => total + Object.values(row.counts).reduce((a, b) => a + b, 0), 0);
    expect(scopeSum).toBe(inRange);
    expect(kindSum).toBe(inRange);
    expect(scopeRows.reduce((total, row) => total + row.total, 0)).toBe(inRange);

    const all = periodQuarters({ kind: 'all' }, '2026-05-14', entries);
    expect(all[0]).toBe('2020-Q1');
    const live = entries.filter((entry) => entry.deletedAt === null).length;
    expect(scopeOverTime(entries, all).reduce((total, row) => total + row.total, 0)).toBe(live);

    const perQuarter = entries.filter((entry) => entry.deletedAt === null && quarterOf(entry.occurredOn) === '2024-Q2').length;
    const coverage = competencyCoverage(entries, defaultFramework, '2024-Q2', []);
    const tagged = (id: string): number => coverage.find((row) => row.id === id)?.current ?? 0;
    expect(tagged('mentoring') + tagged('breadth')).toBe(perQuarter);
  });
});

describe('the sample journal', () => {
  it('shows scope growing from team to company over its eight quarters', () => {
    const journal = createSampleJournal('2026-11-21');
    const quarters = periodQuarters({ kind: 'last-quarters', count: 8 }, '2026-11-21');
    expect(quarters).toEqual(quartersBetween('2025-Q1', '2026-Q4'));
    const rows = scopeOverTime(journal, quarters);

    for (const row of rows.slice(0, 2)) {
      const largest = Math.max(...Object.values(row.counts));
      expect(row.counts.team).toBe(largest);
      expect(row.total).toBeGreaterThan(0);
    }
    for (const row of rows.slice(-2)) {
      expect(['company', 'industry']).toContain(row.highestScope);
    }
    const first = rows[0]?.highestScope ?? 'self';
    const last = rows[rows.length - 1]?.highestScope ?? 'self';
    expect(scopeRank(last)).toBeGreaterThan(scopeRank(first));
    const highest: (ScopeLevelId | null)[] = rows.map((row) => row.highestScope);
    expect(highest.every((level) => level !== null)).toBe(true);
  });
});

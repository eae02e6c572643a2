import { describe, expect, it } from 'vitest';
import { defaultFramework } from '../../../../src-renderer/src/domain/framework/content/defaultFramework';
import { excerptOf, formatMetric, plainText } from '../../../../src-renderer/src/domain/markdownText';
import { assemblePacket, extractQuotes } from '../../../../src-renderer/src/domain/packet/assemblePacket';
import { duplicatePacket, newPacket, suggestPacketEntries } from '../../../../src-renderer/src/domain/packet/packet';
import type { QuarterKey } from '../../../../src-renderer/src/domain/quarters';
import { createSampleJournal } from '../../../../src-renderer/src/domain/sample/sampleJournal';
import type { Entry, Framework, Packet, QuarterlyReview } from '../../../../src-renderer/src/domain/types';
import { makeEntry } from '../../entryFactory';

const now = new Date('2026-06-30T12:00:00.000Z');
const trashed = '2026-02-01T09:00:00.000Z';

const framework: Framework = {
  id: 'test',
  name: 'Test framework',
  updatedAt: '2026-01-01T00:00:00.000Z',
  competencies: [
    { id: 'alpha', name: 'Alpha', description: '', behaviours: [], prompts: [] },
    { id: 'beta', name: 'Beta', description: '', behaviours: [], prompts: [] },
    { id: 'gamma', name: 'Gamma', description: '', behaviours: [], prompts: [] },
  ],
};

function packetFor(entries: readonly Entry[], overrides: Partial<Packet> = {}): Packet {
  return {
    ...newPacket(now, '2026-06-30'),
    periodStart: '2026-01-01',
    periodEnd: '2026-06-30',
    entryIds: entries.map((entry) => entry.id),
    ...overrides,
  };
}

function review(quarter: QuarterKey, summary: string): QuarterlyReview {
  return { id: quarter, quarter, answers: {}, ratings: {}, summary, createdAt: '', updatedAt: '' };
}

describe('suggestPacketEntries', () => {
  it('offers starred, then wider scope, then measured impact, then impact in words, then newest', () => {
    const plainOld = makeEntry({ id: 'plain-old', occurredOn: '2026-02-01', scope: 'team' });
    const plainNew = makeEntry({ id: 'plain-new', occurredOn: '2026-03-01', scope: 'team' });
    const worded = makeEntry({ id: 'worded', occurredOn: '2026-01-05', scope: 'team', impact: 'Faster builds' });
    const measured = makeEntry({
      id: 'measured',
      occurredOn: '2026-01-02',
      scope: 'team',
      impactMetric: { name: 'build time', value: -50, unit: '%' },
    });
    const wide = makeEntry({ id: 'wide', occurredOn: '2026-01-03', scope: 'company' });
    const starred = makeEntry({ id: 'starred', occurredOn: '2026-01-04', scope: 'self', starred: true });
    const ids = suggestPacketEntries([plainOld, plainNew, worded, measured, wide, starred], '2026-01-01', '2026-06-30').map(
      (entry) => entry.id,
    );
    expect(ids).toEqual(['starred', 'wide', 'measured', 'worded', 'plain-new', 'plain-old']);
  });

  it('leaves out trashed entries and entries outside the period (bounds inclusive)', () => {
    const entries = [
      makeEntry({ id: 'first-day', occurredOn: '2026-01-01' }),
      makeEntry({ id: 'last-day', occurredOn: '2026-06-30' }),
      makeEntry({ id: 'before', occurredOn: '2025-12-31' }),
      makeEntry({ id: 'after', occurredOn: '2026-07-01' }),
      makeEntry({ id: 'trashed', occurredOn: '2026-03-01', deletedAt: trashed }),
    ];
    const ids = suggestPacketEntries(entries, '2026-01-01', '2026-06-30').map((entry) => entry.id);
    expect(ids.sort()).toEqual(['first-day', 'last-day']);
  });
});

describe('newPacket and duplicatePacket', () => {
  it('covers the twelve months ending today with sensible defaults', () => {
    const packet = newPacket(now, '2026-06-30');
    expect(packet).toMatchObject({
      title: 'Promotion packet',
      authorName: '',
      currentRole: '',
      targetRole: '',
      periodStart: '2025-07-01',
      periodEnd: '2026-06-30',
      entryIds: [],
      narratives: {},
      summary: '',
      options: { redactPeople: false, includeAppendix: true, includeReviews: true, pageSize: 'A4' },
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
    });
    expect(packet.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(newPacket(now, '2024-02-29').periodStart).toBe('2023-03-01');
  });

  it('selects the best 25 suggestions of the period', () => {
    const entries = createSampleJournal('2026-06-30');
    const packet = newPacket(now, '2026-06-30', entries);
    expect(packet.entryIds).toEqual(
      suggestPacketEntries(entries, '2025-07-01', '2026-06-30')
        .slice(0, 25)
        .map((entry) => entry.id),
    );
  });

  it('copies a packet under a new id and a "(copy)" title without sharing its arrays', () => {
    const original = { ...newPacket(now, '2026-06-30'), title: 'Staff case', entryIds: ['a'], narratives: { alpha: 'x' } };
    const later = new Date('2026-07-01T08:00:00.000Z');
    const copy = duplicatePacket(original, later);
    expect(copy.id).not.toBe(original.id);
    expect(copy.title).toBe('Staff case (copy)');
    expect(copy.createdAt).toBe(later.toISOString());
    copy.entryIds.push('b');
    copy.narratives.beta = 'y';
    expect(original.entryIds).toEqual(['a']);
    expect(original.narratives).toEqual({ alpha: 'x' });
  });
});

describe('assemblePacket', () => {
  it('ignores unknown, trashed and out-of-period selections, and works out the figures', () => {
    const entries = [
      makeEntry({ id: 'a', occurredOn: '2026-01-10', scope: 'team', competencies: ['alpha'] }),
      makeEntry({ id: 'b', occurredOn: '2026-05-10', scope: 'department', competencies: ['alpha', 'beta'] }),
      makeEntry({ id: 'old', occurredOn: '2025-05-10', scope: 'company', competencies: ['gamma'] }),
      makeEntry({ id: 'gone', occurredOn: '2026-03-10', scope: 'company', competencies: ['gamma'], deletedAt: trashed }),
      makeEntry({ id: 'unselected', occurredOn: '2026-03-10', competencies: ['gamma'] }),
    ];
    const packet = packetFor(entries, { entryIds: ['a', 'b', 'old', 'gone', 'missing'] });
    const assembled = assemblePacket(packet, entries, framework, [], '2026-07-01');
    expect(assembled.figures).toEqual({
      entryCount: 2,
      highestScope: 'department',
      competenciesCovered: 2,
      competencyCount: 3,
      quartersCovered: 2,
    });
    expect(assembled.generatedOn).toBe('2026-07-01');
    expect(assembled.scopeRows.map((row) => [row.quarter, row.total, row.highestScope])).toEqual([
      ['2026-Q1', 1, 'team'],
      ['2026-Q2', 1, 'department'],
    ]);
    expect(assembled.appendix.map((item) => item.id)).toEqual(['a', 'b']);
  });

  it('lists an entry under each of its competencies, in framework order, and drops empty sections', () => {
    const entries = [
      makeEntry({ id: 'late', occurredOn: '2026-04-01', competencies: ['gamma', 'alpha', 'alpha'] }),
      makeEntry({ id: 'early', occurredOn: '2026-02-01', competencies: ['alpha'] }),
    ];
    const assembled = assemblePacket(packetFor(entries), entries, framework, []);
    expect(assembled.competencySections.map((section) => [section.name, section.evidence.map((item) => item.id)])).toEqual([
      ['Alpha', ['early', 'late']],
      ['Gamma', ['late']],
    ]);
  });

  it('keeps a section with only a narrative, and adds retired competencies at the end', () => {
    const entries = [makeEntry({ id: 'e', occurredOn: '2026-02-01', competencies: ['zeta', 'alpha'] })];
    const packet = packetFor(entries, { narratives: { beta: 'Why beta matters', omega: 'Old words', gamma: '   ' } });
    const sections = assemblePacket(packet, entries, framework, []).competencySections;
    expect(sections.map((section) => [section.competencyId, section.name, section.narrative, section.evidence.length])).toEqual([
      ['alpha', 'Alpha', '', 1],
      ['beta', 'Beta', 'Why beta matters', 0],
      ['omega', 'omega (retired)', 'Old words', 0],
      ['zeta', 'zeta (retired)', '', 1],
    ]);
    expect(assemblePacket(packet, entries, framework, []).figures.competenciesCovered).toBe(1);
  });

  it('builds evidence items with a metric, a plain excerpt, and starred highlights widest first', () => {
    const body = `## What happened\n\nWe **shipped** the [cache](https://example.com) and ${'more words '.repeat(40)}`;
    const entries = [
      makeEntry({
        id: 'cache',
        occurredOn: '2026-02-01',
        scope: 'team',
        starred: true,
        body,
        impact: 'Faster',
        impactMetric: { name: 'p95 latency', value: -40, unit: '%' },
      }),
      makeEntry({ id: 'wide', occurredOn: '2026-01-01', scope: 'company', starred: true }),
      makeEntry({ id: 'plain', occurredOn: '2026-03-01', scope: 'industry' }),
    ];
    const assembled = assemblePacket(packetFor(entries), entries, framework, []);
    expect(assembled.highlights.map((item) => item.id)).toEqual(['wide', 'cache']);
    const cache = assembled.highlights[1];
    expect(cache?.metric).toBe('p95 latency −40%');
    expect(cache?.excerpt.startsWith('What happened: We shipped the cache and more words')).toBe(true);
    expect(cache?.excerpt.length).toBeLessThanOrEqual(280);
    expect(cache?.excerpt).toMatch(/ (more|words)…$/);
  });

  it('extracts feedback quotes from blockquotes of feedback entries only', () => {
    const entries = [
      makeEntry({
        id: 'f1',
        kind: 'feedback',
        occurredOn: '2026-03-01',
        title: 'Lena on the RFC',
        people: ['Lena Fischer'],
        body: '> "The clearest design document I have read." — Lena Fischer\n\nAfter the review.',
      }),
      makeEntry({
        id: 'f2',
        kind: 'feedback',
        occurredOn: '2026-02-01',
        title: 'Anonymous note',
        people: ['Kwame Mensah'],
        body: 'Heard second-hand:\n\n> Kept three teams calm\n> during the outage',
      }),
      makeEntry({ id: 'win', kind: 'win', occurredOn: '2026-02-02', body: '> "Nice" — Someone Else' }),
    ];
    const assembled = assemblePacket(packetFor(entries), entries, framework, []);
    expect(assembled.feedback).toEqual([
      { quote: 'Kept three teams calm during the outage', attribution: 'Kwame Mensah', date: '2026-02-01', entryTitle: 'Anonymous note' },
      {
        quote: 'The clearest design document I have read.',
        attribution: 'Lena Fischer',
        date: '2026-03-01',
        entryTitle: 'Lena on the RFC',
      },
    ]);
  });

  it('reads every quote of the sample journal with its attribution', () => {
    const entries = createSampleJournal('2026-11-21').filter((entry) => entry.kind === 'feedback');
    const quotes = entries.flatMap(extractQuotes);
    expect(quotes.length).toBeGreaterThanOrEqual(15);
    for (const quote of quotes) {
      expect(quote.quote).not.toMatch(/^["“]|["”]$|—/);
      expect(quote.attribution).toMatch(/^\p{Lu}\p{L}+ \p{Lu}\p{L}+$/u);
    }
  });

  it('includes non-empty reviews of the period, oldest first, unless turned off', () => {
    const entries = [makeEntry({ occurredOn: '2026-02-01' })];
    const reviews = [review('2026-Q2', 'Second'), review('2025-Q4', 'Before'), review('2026-Q1', 'First'), review('2026-Q3', ' ')];
    const packet = packetFor(entries, { periodEnd: '2026-09-30' });
    expect(assemblePacket(packet, entries, framework, reviews).reviews).toEqual([
      { quarter: '2026-Q1', label: 'Q1 2026', summary: 'First' },
      { quarter: '2026-Q2', label: 'Q2 2026', summary: 'Second' },
    ]);
    const without = { ...packet, options: { ...packet.options, includeReviews: false, includeAppendix: false } };
    const assembled = assemblePacket(without, entries, framework, reviews);
    expect(assembled.reviews).toEqual([]);
    expect(assembled.appendix).toEqual([]);
  });

  it('covers every default competency for the whole sample journal', () => {
    const entries = createSampleJournal('2026-11-21');
    const packet = packetFor(entries, { periodStart: '2024-11-22', periodEnd: '2026-11-21' });
    const assembled = assemblePacket(packet, entries, defaultFramework, []);
    expect(assembled.figures.entryCount).toBe(entries.length);
    expect(assembled.figures.highestScope).toBe('industry');
    expect(assembled.competencySections.map((section) => section.competencyId)).toEqual(
      defaultFramework.competencies.map((competency) => competency.id),
    );
    expect(assembled.scopeRows).toHaveLength(9);
  });
});

describe('plain text helpers', () => {
  it('formats metrics with a true minus sign and grouped digits', () => {
    expect(formatMetric({ name: 'p95 latency', value: -40, unit: '%' })).toBe('p95 latency −40%');
    expect(formatMetric({ name: 'legacy code removed', value: 4200, unit: 'lines' })).toBe('legacy code removed +4,200 lines');
    expect(formatMetric({ name: 'incidents', value: 0, unit: '' })).toBe('incidents 0');
  });

  it('strips Markdown and keeps list items apart', () => {
    expect(plainText('# Title\n\n- one\n- two\n\n```\ncode\n```\n*em* and `tick` and ![alt](x.png)')).toBe(
      'Title: one. two. code. em and tick and alt',
    );
    expect(excerptOf('short')).toBe('short');
    expect(excerptOf('x'.repeat(400))).toHaveLength(280);
  });
});

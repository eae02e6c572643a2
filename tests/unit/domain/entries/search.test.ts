import { describe, expect, it } from 'vitest';
import {
  foldText,
  noFilters,
  queryTerms,
  SearchIndex,
  searchEntries,
  tagCounts,
  type EntryFilters,
} from '../../../../src-renderer/src/domain/entries/search';
import { makeEntry } from '../../entryFactory';

function run(entries: ReturnType<typeof makeEntry>[], filters: Partial<EntryFilters>) {
  return searchEntries(entries, { ...noFilters, ...filters }, new SearchIndex()).map((entry) => entry.title);
}

describe('search', () => {
  const entries = [
    makeEntry({ title: 'Cut checkout latency', occurredOn: '2026-03-01', tags: ['performance'], kind: 'win', scope: 'team' }),
    makeEntry({
      title: 'Mentored Sam',
      body: 'We worked on latency budgets together',
      occurredOn: '2026-04-01',
      kind: 'mentoring',
      scope: 'self',
      people: ['Sam Ortiz'],
    }),
    makeEntry({ title: 'Résumé of the quarter', occurredOn: '2026-02-01', kind: 'reflection', impact: 'Clearer goals', starred: true }),
    makeEntry({
      title: 'Pricing review',
      occurredOn: '2026-05-01',
      tags: ['payments'],
      kind: 'decision',
      scope: 'company',
      competencies: ['business-context'],
    }),
  ];

  it('finds words in title, body, impact, tags and people', () => {
    expect(run(entries, { text: 'latency' })).toEqual(['Cut checkout latency', 'Mentored Sam']);
    expect(run(entries, { text: 'goals' })).toEqual(['Résumé of the quarter']);
    expect(run(entries, { text: 'payments' })).toEqual(['Pricing review']);
    expect(run(entries, { text: 'ortiz' })).toEqual(['Mentored Sam']);
  });

  it('ranks a title match above a body match, whatever the dates', () => {
    expect(run(entries, { text: 'latency' })[0]).toBe('Cut checkout latency');
  });

  it('needs every word, folds case and accents, and keeps quoted phrases together', () => {
    expect(run(entries, { text: 'LATENCY sam' })).toEqual(['Mentored Sam']);
    expect(run(entries, { text: 'resume' })).toEqual(['Résumé of the quarter']);
    expect(queryTerms('"latency budgets" sam')).toEqual(['latency budgets', 'sam']);
    expect(run(entries, { text: '"budgets together"' })).toEqual(['Mentored Sam']);
    expect(foldText('Crème Brûlée')).toBe('creme brulee');
  });

  it('combines facets with the text', () => {
    expect(run(entries, { kinds: ['decision'] })).toEqual(['Pricing review']);
    expect(run(entries, { scopes: ['team'], text: 'latency' })).toEqual(['Cut checkout latency']);
    expect(run(entries, { competencies: ['business-context'] })).toEqual(['Pricing review']);
    expect(run(entries, { tags: ['PERFORMANCE'] })).toEqual(['Cut checkout latency']);
    expect(run(entries, { starredOnly: true })).toEqual(['Résumé of the quarter']);
    expect(run(entries, { from: '2026-03-01', to: '2026-04-30' })).toEqual(['Cut checkout latency', 'Mentored Sam']);
    expect(run(entries, { kinds: ['decision'], text: 'latency' })).toEqual([]);
  });

  it('keeps the input order without text, and refreshes an edited entry', () => {
    const index = new SearchIndex();
    const entry = makeEntry({ title: 'Old title' });
    expect(searchEntries([entry], { ...noFilters, text: 'old' }, index)).toHaveLength(1);
    const edited = { ...entry, title: 'New title', updatedAt: '2026-02-01T00:00:00.000Z' };
    expect(searchEntries([edited], { ...noFilters, text: 'old' }, index)).toHaveLength(0);
    expect(run(entries, {})).toEqual(entries.map((e) => e.title));
  });

  it('counts tags, most used first', () => {
    const tagged = [makeEntry({ tags: ['a', 'b'] }), makeEntry({ tags: ['b'] })];
    expect(tagCounts(tagged)).toEqual([
      { tag: 'b', count: 2 },
      { tag: 'a', count: 1 },
    ]);
  });

  it('searches 50,000 entries and returns all matches', () => {
    const many = Array.from({ length: 50_000 }, (_, index) =>
      makeEntry({ title: index % 1000 === 0 ? `Needle ${index}` : `Hay ${index}` }),
    );
    expect(run(many, { text: 'needle' })).toHaveLength(50);
  });
});

describe('the search cache', () => {
  it('sees a new text even when the edit kept the same updatedAt (two saves in one millisecond)', () => {
    const index = new SearchIndex();
    const before = makeEntry({ id: 'same', body: 'Profiled the slow path.' });
    expect(searchEntries([before], { ...noFilters, text: 'mentoring' }, index)).toEqual([]);
    const after = { ...before, body: 'Started mentoring two engineers.' };
    expect(searchEntries([after], { ...noFilters, text: 'mentoring' }, index)).toEqual([after]);
  });
});

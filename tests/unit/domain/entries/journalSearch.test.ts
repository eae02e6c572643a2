import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JournalSearch } from '../../../../src-renderer/src/domain/entries/journalSearch';
import { noFilters, SearchIndex, searchEntries, type EntryFilters } from '../../../../src-renderer/src/domain/entries/search';
import type { Entry, EntryKind, ScopeLevelId } from '../../../../src-renderer/src/domain/types';
import { makeEntry } from '../../entryFactory';

/** Pieces of text that make word starts, mid-word matches, accents, scripts, punctuation and line breaks. */
const fragments = [
  'latency',
  'Latency',
  'budget',
  'tency',
  'la',
  'Résumé',
  'resume',
  'naïve',
  'ÉCOLE',
  'straße',
  '日本語',
  '𝐀bc',
  'c++',
  'e-mail',
  'p95',
  'x',
  '"',
  ' ',
  ' ',
  '\n',
  '-',
  '.',
  ',',
];
const text = fc.array(fc.constantFrom(...fragments), { maxLength: 12 }).map((parts) => parts.join(''));
const words = fc.array(text, { maxLength: 3 });
const kinds: EntryKind[] = ['win', 'decision', 'mentoring'];
const scopes: ScopeLevelId[] = ['self', 'team', 'company'];

const entry = fc
  .record({
    title: text,
    body: text,
    impact: text,
    tags: words,
    people: words,
    kind: fc.constantFrom(...kinds),
    scope: fc.constantFrom(...scopes),
    starred: fc.boolean(),
    day: fc.integer({ min: 1, max: 28 }),
  })
  .map(({ day, ...fields }) => makeEntry({ ...fields, occurredOn: `2026-03-${String(day).padStart(2, '0')}` }));

/** A query typed one character at a time, as the search box sends it. */
const typing = fc
  .array(fc.constantFrom(...fragments, 'b', 'u', 'la t', '"la', 'latency b'), { minLength: 1, maxLength: 4 })
  .map((parts) => {
    const query = parts.join('');
    return Array.from({ length: query.length }, (_, index) => query.slice(0, index + 1));
  });
const facets = fc.record({
  kinds: fc.constantFrom<EntryKind[]>([], ['win'], ['decision', 'mentoring']),
  scopes: fc.constantFrom<ScopeLevelId[]>([], ['team'], ['self', 'company']),
  starredOnly: fc.boolean(),
  from: fc.constantFrom(null, '2026-03-10'),
});

/**
 * One step of a session: type a query, change facets, edit or remove an entry, or have some idle
 * time to prepare the journal (all of it, or a few entries).
 */
const step = fc.oneof(
  { weight: 4, arbitrary: typing.map((texts) => ({ type: 'type' as const, texts })) },
  { weight: 2, arbitrary: facets.map((chosen) => ({ type: 'facets' as const, chosen })) },
  { weight: 2, arbitrary: fc.option(fc.integer({ min: 1, max: 10 })).map((count) => ({ type: 'idle' as const, count })) },
  { weight: 1, arbitrary: fc.tuple(fc.nat(), entry).map(([at, replacement]) => ({ type: 'edit' as const, at, replacement })) },
  { weight: 1, arbitrary: fc.nat().map((at) => ({ type: 'remove' as const, at })) },
);

function ids(entries: readonly Entry[]): string[] {
  return entries.map((found) => found.id);
}

describe('JournalSearch', () => {
  it('returns exactly what searchEntries returns, for random journals and query sequences', () => {
    fc.assert(
      fc.property(
        fc.array(entry, { maxLength: 30 }),
        fc.boolean(),
        fc.array(step, { minLength: 1, maxLength: 8 }),
        (initial, isPrepared, steps) => {
          const search = new JournalSearch();
          if (isPrepared) search.prepare(initial);
          let journal: readonly Entry[] = initial;
          let filters: EntryFilters = noFilters;
          let saves = 0;
          const check = () => {
            const expected = searchEntries(journal, filters, new SearchIndex());
            expect(ids(search.search(journal, filters))).toEqual(ids(expected));
          };
          for (const current of steps) {
            if (current.type === 'type') {
              for (const typed of current.texts) {
                filters = { ...filters, text: typed };
                check();
              }
              // Back to shorter queries, as with Backspace: served from earlier results.
              for (const typed of current.texts.slice(0, -1).reverse()) {
                filters = { ...filters, text: typed };
                check();
              }
            } else if (current.type === 'facets') {
              filters = { ...filters, ...current.chosen };
              check();
            } else if (current.type === 'idle') {
              search.prepare(journal, current.count ?? Infinity);
              check();
            } else if (journal.length > 0) {
              // A save makes a new journal array in which the other entries keep their identity, and
              // gives the saved entry a new `updatedAt` (which the index's cache goes by).
              saves += 1;
              const at = current.at % journal.length;
              const changed = journal[at] as Entry;
              journal =
                current.type === 'edit'
                  ? journal.with(at, {
                      ...current.replacement,
                      id: changed.id,
                      updatedAt: `2026-04-01T00:00:${String(saves).padStart(2, '0')}.000Z`,
                    })
                  : journal.toSpliced(at, 1);
              check();
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('gives back the same array for the same filters on the same journal', () => {
    const search = new JournalSearch();
    const journal = [makeEntry({ title: 'Cut latency', kind: 'win' }), makeEntry({ title: 'Chose a queue', kind: 'decision' })];
    const byKind = search.search(journal, { ...noFilters, kinds: ['decision'] });
    const byText = search.search(journal, { ...noFilters, text: 'lat' });
    expect(search.search(journal, { ...noFilters, kinds: ['decision'] })).toBe(byKind);
    expect(search.search(journal, { ...noFilters, text: 'lat ' })).toBe(byText);
    expect(search.search(journal, noFilters)).toBe(journal);
    expect(search.search([...journal], { ...noFilters, text: 'lat' })).not.toBe(byText);
  });

  it('matches inside words and across word boundaries, like searchEntries', () => {
    const search = new JournalSearch();
    const journal = [
      makeEntry({ title: 'Checkout latency', body: 'the latency budget' }),
      makeEntry({ title: 'Budgets', body: 'latencybudget', tags: ['c++'] }),
    ];
    expect(search.prepare(journal, 1)).toBe(false);
    expect(search.prepare(journal)).toBe(true);
    for (const query of ['tency', 'cy b', '"latency budget"', 'c++', 'budget LAT']) {
      expect(ids(search.search(journal, { ...noFilters, text: query }))).toEqual(
        ids(searchEntries(journal, { ...noFilters, text: query }, new SearchIndex())),
      );
    }
    expect(ids(search.search(journal, { ...noFilters, text: 'tency' }))).toHaveLength(2);
  });
});

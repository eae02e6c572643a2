// @ts-check
/**
 * The search engines compared by search-compare.mjs, each behind one adapter: build an index of a
 * journal, search it with the app's filters (`EntryFilters`), and keep it in step with one changed
 * or removed entry. Facets (kind, scope, …) are the app's own for every candidate: only the text
 * search differs.
 */
import { Charset, Document } from 'flexsearch';
import MiniSearch from 'minisearch';

/** The app's field weights (search.ts), given to the libraries as boosts. */
const weights = { title: 8, tags: 5, people: 4, impact: 3, body: 1 };
const fields = /** @type {(keyof typeof weights)[]} */ (Object.keys(weights));

/**
 * @typedef {object} Candidate
 * @property {string} name
 * @property {string} semantics  how the text matches, in a few words
 * @property {(entries: any[]) => any} build  the index of a journal
 * @property {(state: any, entries: any[], filters: any) => any[]} search  the entries that match, best first
 * @property {(state: any, before: any, after: any, entries: any[]) => void} update  one entry changed
 * @property {(state: any, entry: any, entries: any[]) => void} remove  one entry removed
 * @property {number} [maxSize]  the largest journal it is measured on by default
 */

/**
 * The entries that pass the facets, by the app's own code (no text), as a set; null when no facet
 * is set.
 * @param {any} search the app's search module
 * @param {any[]} entries
 * @param {any} filters
 */
function facetSet(search, entries, filters) {
  const facets = { ...filters, text: '' };
  if (!search.hasActiveFilters(facets)) return null;
  return new Set(search.searchEntries(entries, facets, new search.SearchIndex()));
}

/**
 * Orders a library's scored matches the app's way: best first, ties in the journal's order.
 * @param {Map<string, number>} scores by id
 * @param {any[]} entries
 * @param {Set<any> | null} allowed
 */
function rankByScore(scores, entries, allowed) {
  /** @type {{ entry: any, score: number, position: number }[]} */
  const matches = [];
  entries.forEach((entry, position) => {
    const score = scores.get(entry.id);
    if (score !== undefined && (allowed === null || allowed.has(entry))) matches.push({ entry, score, position });
  });
  matches.sort((a, b) => b.score - a.score || a.position - b.position);
  return matches.map((match) => match.entry);
}

/** @param {any} entry */
function flatDocument(entry) {
  return {
    id: entry.id,
    title: entry.title,
    tags: entry.tags.join(' '),
    people: entry.people.join(' '),
    impact: entry.impact,
    body: entry.body,
  };
}

/**
 * @param {any} search the app's search module (search.ts, bundled)
 * @returns {Candidate[]}
 */
export function candidates(search) {
  /** @type {Candidate} */
  const handWritten = {
    name: 'hand-written, plain scan (today)',
    semantics: 'substring anywhere, phrases, accents folded',
    build(entries) {
      const index = new search.SearchIndex();
      for (const entry of entries) index.documentFor(entry);
      return index;
    },
    search: (index, entries, filters) => search.searchEntries(entries, filters, index),
    update: (index, _before, after) => index.documentFor(after),
    remove: (index, _entry, entries) => index.retainOnly(entries),
  };

  /** @type {Candidate} */
  const journalSearch = {
    name: 'hand-written, word tables + narrowing (new)',
    semantics: 'the same as today',
    build(entries) {
      const journal = new search.JournalSearch();
      journal.prepare(entries);
      return journal;
    },
    search: (journal, entries, filters) => journal.search(entries, filters),
    // After a change the app's journal is a new array: the entry is indexed again and the whole
    // journal prepared again (its word ids in one array), in idle time or by the next search.
    update: (journal, _before, _after, entries) => journal.prepare(entries),
    remove(journal, _entry, entries) {
      journal.index.retainOnly(entries);
      journal.prepare(entries);
    },
  };

  /** @param {boolean} isFuzzy @returns {Candidate} */
  const miniSearch = (isFuzzy) => ({
    name: `MiniSearch 7, prefix${isFuzzy ? ' + fuzzy 0.2' : ''}`,
    semantics: `word prefixes${isFuzzy ? ' within 20 % edits' : ''}, BM25, no phrases`,
    build(entries) {
      const index = new MiniSearch({
        fields,
        processTerm: (term) => search.foldText(term),
        searchOptions: { prefix: true, fuzzy: isFuzzy ? 0.2 : false, combineWith: 'AND', boost: weights },
      });
      index.addAll(entries.map(flatDocument));
      return index;
    },
    search(index, entries, filters) {
      const allowed = facetSet(search, entries, filters);
      if (search.queryTerms(filters.text).length === 0) return allowed === null ? entries : entries.filter((entry) => allowed.has(entry));
      const scores = new Map(index.search(filters.text).map((/** @type {any} */ result) => [result.id, result.score]));
      return rankByScore(scores, entries, allowed);
    },
    update: (index, _before, after) => index.replace(flatDocument(after)),
    remove: (index, entry) => index.discard(entry.id),
  });

  /** @param {'forward' | 'full'} tokenize @returns {Candidate} */
  const flexSearch = (tokenize) => ({
    name: `FlexSearch 0.8, ${tokenize}`,
    // Every substring of every word: at 50,000 entries about 1 GB and two minutes to build.
    maxSize: tokenize === 'full' ? 10_000 : undefined,
    semantics: tokenize === 'forward' ? 'word prefixes, no phrases' : 'substring within a word, no phrases',
    build(entries) {
      const index = new Document({
        document: { id: 'id', index: fields.map((field) => ({ field, tokenize, encoder: Charset.Normalize })) },
        fastupdate: true,
      });
      for (const entry of entries) index.add(flatDocument(entry));
      return index;
    },
    // FlexSearch matches all of a query's words within one field: each word is searched on its own
    // so that, as in the app, the words may be spread over the fields. An entry scores the weight
    // of every field a word is found in.
    search(index, entries, filters) {
      const allowed = facetSet(search, entries, filters);
      const terms = search.queryTerms(filters.text);
      if (terms.length === 0) return allowed === null ? entries : entries.filter((entry) => allowed.has(entry));
      /** @type {Map<string, number> | null} */
      let scores = null;
      for (const term of terms) {
        /** @type {Map<string, number>} */
        const termScores = new Map();
        for (const { field, result } of index.search(term, { limit: entries.length })) {
          const weight = weights[/** @type {keyof typeof weights} */ (field)];
          for (const id of result) if (scores === null || scores.has(id)) termScores.set(id, (termScores.get(id) ?? 0) + weight);
        }
        if (scores !== null) for (const [id, score] of termScores) termScores.set(id, score + (scores.get(id) ?? 0));
        scores = termScores;
      }
      return rankByScore(scores ?? new Map(), entries, allowed);
    },
    update: (index, _before, after) => index.update(flatDocument(after)),
    remove: (index, entry) => index.remove(entry.id),
  });

  return [handWritten, journalSearch, miniSearch(false), miniSearch(true), flexSearch('forward'), flexSearch('full')];
}

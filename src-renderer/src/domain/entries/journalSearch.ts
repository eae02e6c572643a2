import type { Entry, EntryKind, ScopeLevelId } from '../types';
import {
  fieldWeightList,
  hasActiveFilters,
  passesFacets,
  queryTerms,
  SearchIndex,
  tagFilterSet,
  termScore,
  type EntryFilters,
  type SearchDocument,
} from './search';
import { isWordTerm, TermWords } from './searchWords';

/** Results kept per journal, so going back to earlier filters or a shorter query costs nothing. */
const resultsKept = 16;
/** Earlier queries' matches kept per journal, to narrow the next query from. */
const narrowingsKept = 16;
/** Terms whose word tables are kept: typing makes a new term per keystroke. */
const termsKept = 64;

/** The entries (by place in the journal, ascending) that pass the facets and contain every term. */
interface Narrowing {
  facetKey: string;
  terms: readonly string[];
  positions: Uint32Array;
}

/** A journal ready to search: its entries' documents, and their word ids one after another. */
interface PreparedJournal {
  documents: SearchDocument[];
  /** Each entry's ids as `SearchIndex.wordIdsOf` gives them, from `starts[position]`. */
  words: Uint32Array;
  starts: Uint32Array;
}

/** Puts `key` last in a map used as a least-recently-used cache, dropping the oldest past `limit`. */
function remember<K, V>(cache: Map<K, V>, key: K, value: V, limit: number): V {
  cache.delete(key);
  cache.set(key, value);
  if (cache.size > limit) cache.delete(cache.keys().next().value as K);
  return value;
}

/** True when every entry containing all of `terms` contains all of `earlier`. */
function refines(terms: readonly string[], earlier: readonly string[]): boolean {
  return earlier.every((old) => terms.some((term) => term.includes(old)));
}

/**
 * The journal's search as the user types: exactly what `searchEntries` returns, same entries in
 * the same order, without scanning the whole journal's text on every keystroke.
 * - Terms made of letters and digits are matched through word tables (see searchWords.ts):
 *   an entry costs its few hundred word ids, not its text.
 * - A query that only adds to an earlier one (typing on: "lat" → "late", a new word) searches
 *   only that query's matches: with substring matching, nothing else can match.
 * - Kind and scope facets start from per-value lists of the journal, and each result is kept
 *   (for the same journal array) and returned again, the same array, for the same filters.
 * Everything but the index is dropped when a different journal array is searched.
 */
export class JournalSearch {
  readonly index = new SearchIndex();
  private entries: readonly Entry[] | null = null;
  private readonly results = new Map<string, Entry[]>();
  private readonly narrowings: Narrowing[] = [];
  private readonly facetPositions = new Map<string, Uint32Array>();
  private buckets: { kinds: Map<EntryKind, number[]>; scopes: Map<ScopeLevelId, number[]> } | null = null;
  private readonly termWords = new Map<string, TermWords>();
  private prepared: PreparedJournal | null = null;
  private preparing: { documents: SearchDocument[]; wordIds: Uint32Array[] } | null = null;

  /**
   * The entries that pass every filter, as `searchEntries(entries, filters, index)` orders them.
   * Without any filter, `entries` itself.
   */
  search(entries: readonly Entry[], filters: EntryFilters): readonly Entry[] {
    if (entries !== this.entries) this.forget(entries);
    if (!hasActiveFilters(filters)) return entries;
    const terms = queryTerms(filters.text);
    const facetKey = JSON.stringify({ ...filters, text: '' });
    const key = `${facetKey}\n${JSON.stringify(terms)}`;
    const known = this.results.get(key);
    if (known) return remember(this.results, key, known, resultsKept);
    const facetPositions = this.passingFacets(entries, filters, facetKey);
    let result: Entry[];
    if (terms.length === 0) result = facetPositions ? Array.from(facetPositions, (position) => entries[position] as Entry) : [...entries];
    else result = this.rank(entries, terms, facetKey, this.narrowest(facetKey, terms) ?? facetPositions);
    return remember(this.results, key, result, resultsKept);
  }

  private forget(entries: readonly Entry[]): void {
    this.entries = entries;
    this.results.clear();
    this.narrowings.length = 0;
    this.facetPositions.clear();
    this.buckets = null;
    this.prepared = null;
    this.preparing = null;
  }

  /** The earlier query with the fewest matches that every match of `terms` is among. */
  private narrowest(facetKey: string, terms: readonly string[]): Uint32Array | null {
    let best: Uint32Array | null = null;
    for (const narrowing of this.narrowings) {
      if (narrowing.facetKey !== facetKey || !refines(terms, narrowing.terms)) continue;
      if (!best || narrowing.positions.length < best.length) best = narrowing.positions;
    }
    return best;
  }

  /** Places of the entries passing the facets, or null when no facet is set (every entry). */
  private passingFacets(entries: readonly Entry[], filters: EntryFilters, facetKey: string): Uint32Array | null {
    if (!hasActiveFilters({ ...filters, text: '' })) return null;
    const known = this.facetPositions.get(facetKey);
    if (known) return known;
    const tagSet = tagFilterSet(filters);
    const passing: number[] = [];
    const candidates = this.facetCandidates(entries, filters);
    const count = candidates ? candidates.length : entries.length;
    for (let index = 0; index < count; index++) {
      const position = candidates ? (candidates[index] ?? 0) : index;
      const entry = entries[position];
      if (entry && passesFacets(entry, filters, tagSet)) passing.push(position);
    }
    return remember(this.facetPositions, facetKey, Uint32Array.from(passing), resultsKept);
  }

  /** The smaller of the chosen kind's and scope's entries, when one kind or one scope is chosen. */
  private facetCandidates(entries: readonly Entry[], filters: EntryFilters): number[] | null {
    if (filters.kinds.length !== 1 && filters.scopes.length !== 1) return null;
    if (!this.buckets) {
      const kinds = new Map<EntryKind, number[]>();
      const scopes = new Map<ScopeLevelId, number[]>();
      entries.forEach((entry, position) => {
        let kind = kinds.get(entry.kind);
        if (!kind) kinds.set(entry.kind, (kind = []));
        kind.push(position);
        let scope = scopes.get(entry.scope);
        if (!scope) scopes.set(entry.scope, (scope = []));
        scope.push(position);
      });
      this.buckets = { kinds, scopes };
    }
    const [kind] = filters.kinds.length === 1 ? filters.kinds : [];
    const [scope] = filters.scopes.length === 1 ? filters.scopes : [];
    const byKind = kind === undefined ? null : (this.buckets.kinds.get(kind) ?? []);
    const byScope = scope === undefined ? null : (this.buckets.scopes.get(scope) ?? []);
    if (byKind && byScope) return byKind.length <= byScope.length ? byKind : byScope;
    return byKind ?? byScope;
  }

  /**
   * Prepares the journal for searching, up to `count` more entries: their search documents and
   * words, then, once all are done, all their word ids in one array, so that a search reads memory
   * in order instead of one small array per entry. True when the journal is ready. The journal
   * screen calls it in idle time. Until it is done, searches scan the entries' text, as
   * `searchEntries` does: splitting fifty thousand entries into words would block far longer.
   */
  prepare(entries: readonly Entry[], count = Infinity): boolean {
    if (entries !== this.entries) this.forget(entries);
    if (this.prepared) return true;
    const preparing = (this.preparing ??= { documents: [], wordIds: [] });
    const end = Math.min(entries.length, preparing.documents.length + count);
    for (let position = preparing.documents.length; position < end; position++) {
      const document = this.index.documentFor(entries[position] as Entry);
      preparing.documents.push(document);
      preparing.wordIds.push(this.index.wordIdsOf(document));
    }
    if (preparing.documents.length < entries.length) return false;
    const starts = new Uint32Array(entries.length + 1);
    for (const [position, ids] of preparing.wordIds.entries()) starts[position + 1] = (starts[position] ?? 0) + ids.length;
    const words = new Uint32Array(starts[entries.length] ?? 0);
    for (const [position, ids] of preparing.wordIds.entries()) words.set(ids, starts[position]);
    this.prepared = { documents: preparing.documents, words, starts };
    this.preparing = null;
    return true;
  }

  /** Scores the candidates (every entry when null), keeping the matches for the next query. */
  private rank(entries: readonly Entry[], terms: readonly string[], facetKey: string, candidates: Uint32Array | null): Entry[] {
    const prepared = this.prepared;
    // Word tables once the journal is prepared (they then know every word in it); text until then.
    const termWords = terms.map((term) => (prepared && isWordTerm(term) ? this.wordsFor(term) : null));
    const matched: number[] = [];
    // Scores are small whole numbers: bucketed, each bucket in the journal's order (as searchEntries).
    const buckets: Entry[][] = [];
    const count = candidates ? candidates.length : entries.length;
    for (let index = 0; index < count; index++) {
      const position = candidates ? (candidates[index] ?? 0) : index;
      const entry = entries[position] as Entry;
      let score = 0;
      for (let termIndex = 0; termIndex < terms.length; termIndex++) {
        const termWord = termWords[termIndex];
        const scored =
          prepared && termWord
            ? termWord.scoreIn(prepared.words, prepared.starts[position] ?? 0, fieldWeightList) || null
            : termScore(prepared?.documents[position] ?? this.index.documentFor(entry), terms[termIndex] ?? '');
        if (scored === null) {
          score = -1;
          break;
        }
        score += scored;
      }
      if (score < 0) continue;
      matched.push(position);
      if (score > 0) (buckets[score] ??= []).push(entry);
    }
    this.narrowings.unshift({ facetKey, terms, positions: Uint32Array.from(matched) });
    if (this.narrowings.length > narrowingsKept) this.narrowings.pop();
    const ranked: Entry[] = [];
    for (let score = buckets.length - 1; score > 0; score--) {
      const bucket = buckets[score];
      if (bucket) for (const entry of bucket) ranked.push(entry);
    }
    return ranked;
  }

  private wordsFor(term: string): TermWords {
    const known = this.termWords.get(term);
    if (known) {
      known.cover();
      return remember(this.termWords, term, known, termsKept);
    }
    return remember(this.termWords, term, new TermWords(term, this.index.vocabulary), termsKept);
  }
}

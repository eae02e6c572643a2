import type { Entry, EntryKind, ScopeLevelId } from '../types';
import { isWordCode, Vocabulary } from './searchWords';

/** What the journal is filtered by. Every filter combines with every other (AND). */
export interface EntryFilters {
  /** Free text: every word must appear in the title, body, impact, tags or people. */
  text: string;
  kinds: EntryKind[];
  scopes: ScopeLevelId[];
  competencies: string[];
  tags: string[];
  /** Inclusive local dates `YYYY-MM-DD`, or null for open-ended. */
  from: string | null;
  to: string | null;
  starredOnly: boolean;
}

export const noFilters: EntryFilters = {
  text: '',
  kinds: [],
  scopes: [],
  competencies: [],
  tags: [],
  from: null,
  to: null,
  starredOnly: false,
};

export function hasActiveFilters(filters: EntryFilters): boolean {
  return (
    filters.text.trim() !== '' ||
    filters.kinds.length > 0 ||
    filters.scopes.length > 0 ||
    filters.competencies.length > 0 ||
    filters.tags.length > 0 ||
    filters.from !== null ||
    filters.to !== null ||
    filters.starredOnly
  );
}

/** The searchable text of one entry, lower-cased and stripped of accents, field by field. */
export interface SearchDocument {
  title: string;
  tags: string;
  people: string;
  impact: string;
  body: string;
}

/** How much a word found in each field counts towards an entry's rank. */
const fieldWeights = { title: 8, tags: 5, people: 4, impact: 3, body: 1 } as const;
const fieldNames = Object.keys(fieldWeights) as (keyof typeof fieldWeights)[];
/** The weights in the order of the fields of `SearchIndex.wordIdsOf`. */
export const fieldWeightList: readonly number[] = fieldNames.map((field) => fieldWeights[field]);

const nonAscii = /[\u0080-\uffff]/;

/** Lower-case and fold accents, so "resume" finds "Résumé". */
export function foldText(text: string): string {
  // Most text is plain ASCII: skip the costly Unicode normalisation for it.
  if (!nonAscii.test(text)) return text.toLowerCase();
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/** True when the character before `position` does not continue a word (letters and digits). */
function startsWord(text: string, position: number): boolean {
  return position === 0 || !isWordCode(text.charCodeAt(position - 1));
}

/** The words of a query, folded; quotes group words into one phrase. */
export function queryTerms(query: string): string[] {
  const terms: string[] = [];
  for (const match of foldText(query).matchAll(/"([^"]+)"|(\S+)/g)) {
    const term = (match[1] ?? match[2] ?? '').trim();
    if (term) terms.push(term);
  }
  return terms;
}

/**
 * Caches each entry's search document by id (checked against the entry's searched fields), so a
 * query re-run after one edit re-folds one entry, not fifty thousand.
 */
export class SearchIndex {
  /** Every word of the documents split into words so far; it only grows (see `Vocabulary`). */
  readonly vocabulary = new Vocabulary();
  private readonly wordIds = new WeakMap<SearchDocument, Uint32Array>();
  private readonly documents = new Map<string, { source: Entry; document: SearchDocument }>();
  /** Typing searches the same entry objects again and again: an identity lookup is the fast path. */
  private readonly byObject = new WeakMap<Entry, SearchDocument>();

  documentFor(entry: Entry): SearchDocument {
    const known = this.byObject.get(entry);
    if (known) return known;
    const cached = this.documents.get(entry.id);
    let document: SearchDocument;
    // Same `updatedAt` is not proof of the same text (two saves in one millisecond, or a clock set
    // back): the searched fields are compared too, which costs far less than folding them again.
    if (cached && cached.source.updatedAt === entry.updatedAt && hasSameSearchText(cached.source, entry)) {
      document = cached.document;
    } else {
      document = buildDocument(entry);
      this.documents.set(entry.id, { source: entry, document });
    }
    this.byObject.set(entry, document);
    return document;
  }

  /**
   * A document's distinct words, field by field (title, tags, people, impact, body), as ids of the
   * vocabulary (laid out as `Vocabulary.wordIdsOf` gives them). Split once per document, apart from
   * folding: splitting costs more, and only a prepared search needs it (journalSearch.ts).
   */
  wordIdsOf(document: SearchDocument): Uint32Array {
    let ids = this.wordIds.get(document);
    if (!ids) {
      ids = this.vocabulary.wordIdsOf(fieldNames.map((field) => document[field]));
      this.wordIds.set(document, ids);
    }
    return ids;
  }

  /** Forgets entries no longer present, so the cache never outgrows the journal. */
  retainOnly(entries: readonly Entry[]): void {
    if (this.documents.size <= entries.length) return;
    const present = new Set(entries.map((entry) => entry.id));
    for (const id of this.documents.keys()) if (!present.has(id)) this.documents.delete(id);
  }
}

function sameStrings(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}

function hasSameSearchText(a: Entry, b: Entry): boolean {
  return (
    a.title === b.title && a.body === b.body && a.impact === b.impact && sameStrings(a.tags, b.tags) && sameStrings(a.people, b.people)
  );
}

function buildDocument(entry: Entry): SearchDocument {
  const title = foldText(entry.title);
  const tags = foldText(entry.tags.join(' '));
  const people = foldText(entry.people.join(' '));
  const impact = foldText(entry.impact);
  const body = foldText(entry.body);
  return { title, tags, people, impact, body };
}

/**
 * One term's score in one entry (each field that contains it adds its weight, doubled when its
 * first occurrence starts a word), or null when the entry does not contain it. The fields count as
 * joined by line breaks, so a quoted phrase holding a line break may span two of them: it then
 * counts as contained but scores nothing there.
 */
export function termScore(document: SearchDocument, term: string): number | null {
  let score = 0;
  let isContained = false;
  for (const field of fieldNames) {
    const position = document[field].indexOf(term);
    if (position === -1) continue;
    isContained = true;
    score += fieldWeights[field] * (startsWord(document[field], position) ? 2 : 1);
  }
  if (!isContained && term.includes('\n'))
    isContained = fieldNames
      .map((field) => document[field])
      .join('\n')
      .includes(term);
  return isContained ? score : null;
}

/** Score of one entry for the query's terms, or 0 when any term is missing. */
function scoreDocument(document: SearchDocument, terms: readonly string[]): number {
  let score = 0;
  for (const term of terms) {
    const scored = termScore(document, term);
    if (scored === null) return 0;
    score += scored;
  }
  return score;
}

/** The lower-cased tags a tag filter accepts, or null without one. */
export function tagFilterSet(filters: EntryFilters): ReadonlySet<string> | null {
  return filters.tags.length > 0 ? new Set(filters.tags.map((tag) => tag.toLowerCase())) : null;
}

/** True when an entry passes every filter but the text; `tagSet` from `tagFilterSet`. */
export function passesFacets(entry: Entry, filters: EntryFilters, tagSet: ReadonlySet<string> | null): boolean {
  if (filters.starredOnly && !entry.starred) return false;
  if (filters.kinds.length > 0 && !filters.kinds.includes(entry.kind)) return false;
  if (filters.scopes.length > 0 && !filters.scopes.includes(entry.scope)) return false;
  if (filters.from !== null && entry.occurredOn < filters.from) return false;
  if (filters.to !== null && entry.occurredOn > filters.to) return false;
  if (filters.competencies.length > 0 && !filters.competencies.some((id) => entry.competencies.includes(id))) {
    return false;
  }
  if (tagSet !== null && !entry.tags.some((tag) => tagSet.has(tag.toLowerCase()))) return false;
  return true;
}

/** Newest first; the same day falls back to the latest edit, so the order is stable. */
export function compareNewestFirst(a: Entry, b: Entry): number {
  if (a.occurredOn !== b.occurredOn) return a.occurredOn < b.occurredOn ? 1 : -1;
  if (a.updatedAt !== b.updatedAt) return a.updatedAt < b.updatedAt ? 1 : -1;
  return a.id < b.id ? 1 : -1;
}

/**
 * The entries that pass every filter, in the input's order (expected newest first); with search
 * text, best match first and, among equal matches, in the input's order.
 * Competencies and tags match any of the chosen values; the other facets must all hold.
 */
export function searchEntries(entries: readonly Entry[], filters: EntryFilters, index: SearchIndex): Entry[] {
  const terms = queryTerms(filters.text);
  const tagSet = tagFilterSet(filters);
  if (terms.length === 0) return entries.filter((entry) => passesFacets(entry, filters, tagSet));

  // Scores are small whole numbers, so matches are bucketed by score: O(n), and each bucket keeps
  // the input's newest-first order, where a comparison sort of every match would dominate a
  // one-letter query over a large journal.
  const buckets: Entry[][] = [];
  for (const entry of entries) {
    if (!passesFacets(entry, filters, tagSet)) continue;
    const score = scoreDocument(index.documentFor(entry), terms);
    if (score > 0) (buckets[score] ??= []).push(entry);
  }
  const ranked: Entry[] = [];
  for (let score = buckets.length - 1; score > 0; score--) {
    const bucket = buckets[score];
    if (bucket) for (const entry of bucket) ranked.push(entry);
  }
  return ranked;
}

export interface TagCount {
  tag: string;
  count: number;
}

/** Every tag in use with how often it appears, most used first: the tag filter's choices. */
export function tagCounts(entries: readonly Entry[]): TagCount[] {
  const counts = new Map<string, number>();
  for (const entry of entries) countTags(counts, entry, 1);
  return tagCountList(counts);
}

/** Adds (`by` 1) or takes away (`by` -1) an entry's tags; a tag whose count reaches 0 goes. */
export function countTags(counts: Map<string, number>, entry: Pick<Entry, 'tags'>, by: 1 | -1): void {
  for (const tag of entry.tags) {
    const count = (counts.get(tag) ?? 0) + by;
    if (count > 0) counts.set(tag, count);
    else counts.delete(tag);
  }
}

/** Counts kept by `countTags`, most used first, then by name. */
export function tagCountList(counts: ReadonlyMap<string, number>): TagCount[] {
  return [...counts].map(([tag, count]) => ({ tag, count })).sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag));
}

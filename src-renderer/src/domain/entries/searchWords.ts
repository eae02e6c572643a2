/**
 * Entries' searchable text as words: a vocabulary of every distinct folded word, each entry's
 * fields as lists of word ids, and per search term a table saying which words contain it. A term
 * made only of word characters can only occur inside a word, so checking an entry's few hundred
 * word ids against that table gives exactly what scanning its text would, far faster.
 */

/** Letters and numbers beyond ASCII, as `startsWord` in search.ts sees them. */
const otherWordCharacter = /[\p{L}\p{N}]/u;

/**
 * True for a UTF-16 code unit that continues a word in folded text: a–z, 0–9, or any other letter
 * or number (a lone surrogate is neither).
 */
export function isWordCode(code: number): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 97 && code <= 122);
  return otherWordCharacter.test(String.fromCharCode(code));
}

/** True when a folded term is one run of word characters, so it can only match inside a word. */
export function isWordTerm(term: string): boolean {
  for (let index = 0; index < term.length; index++) if (!isWordCode(term.charCodeAt(index))) return false;
  return term.length > 0;
}

/** How a word contains a term: not at all, inside it, or from its first character (the factor of its field's weight). */
const noMatch = 0;
const matchInside = 1;
const matchAtStart = 2;

/** Grows a typed array to at least `length` items, keeping its contents. */
function grown<T extends Uint32Array | Int32Array | Uint8Array>(array: T, length: number, make: (length: number) => T): T {
  if (length <= array.length) return array;
  const larger = make(Math.max(length, array.length * 2));
  larger.set(array);
  return larger;
}

/**
 * Every distinct word seen, with a stable id. Words are only ever added: an entry's ids stay valid
 * for as long as the vocabulary lives, and the vocabulary grows only with new words.
 *
 * Words are looked up by a hash computed while scanning the text, in an open-addressing table, and
 * compared in place: a word already known costs no new string (a `Map` lookup would need one).
 */
export class Vocabulary {
  readonly words: string[] = [];
  /** Per word id, its hash (FNV-1a over its UTF-16 code units). */
  private hashes = new Int32Array(1024);
  /** Word id + 1 per slot, 0 for an empty slot; a power of two, at most half full. */
  private slots = new Uint32Array(2048);
  /** Per word id, the field that last listed it: lists each word once per field without a Set. */
  private lastListedIn = new Uint32Array(1024);
  private fieldsListed = 0;
  private scratch = new Uint32Array(1024);

  get size(): number {
    return this.words.length;
  }

  /**
   * The distinct words of each folded field, in order of first appearance, as one array: its first
   * `fields.length` items are where each field's ids end, then the ids themselves.
   */
  wordIdsOf(fields: readonly string[]): Uint32Array {
    // Written into a reused buffer, then copied out at its exact length: no array per entry.
    let count = fields.length;
    for (let field = 0; field < fields.length; field++) {
      const text = fields[field] ?? '';
      // A field of n characters has at most n / 2 + 1 words.
      const ids = (this.scratch = grown(this.scratch, count + text.length / 2 + 2, (length) => new Uint32Array(length)));
      const listing = ++this.fieldsListed;
      let start = -1;
      let hash = 0;
      for (let index = 0; index <= text.length; index++) {
        const code = index < text.length ? text.charCodeAt(index) : 32;
        const isWord = code < 128 ? (code >= 48 && code <= 57) || (code >= 97 && code <= 122) : isWordCode(code);
        if (isWord) {
          if (start < 0) {
            start = index;
            hash = -2128831035;
          }
          hash = Math.imul(hash ^ code, 16777619);
          continue;
        }
        if (start < 0) continue;
        const id = this.idOf(text, start, index, hash);
        start = -1;
        if (this.lastListedIn[id] === listing) continue;
        this.lastListedIn[id] = listing;
        ids[count++] = id;
      }
      ids[field] = count;
    }
    return this.scratch.slice(0, count);
  }

  /** The id of the word `text.slice(start, end)` whose hash is `hash`, added if new. */
  private idOf(text: string, start: number, end: number, hash: number): number {
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const known = (this.slots[slot] ?? 0) - 1;
      if (known < 0) return this.add(text.slice(start, end), hash, slot);
      const word = this.words[known] ?? '';
      if (this.hashes[known] === hash && word.length === end - start && text.startsWith(word, start)) return known;
    }
  }

  private add(word: string, hash: number, slot: number): number {
    const id = this.words.length;
    this.words.push(word);
    this.hashes = grown(this.hashes, id + 1, (length) => new Int32Array(length));
    this.hashes[id] = hash;
    this.lastListedIn = grown(this.lastListedIn, id + 1, (length) => new Uint32Array(length));
    this.slots[slot] = id + 1;
    if (this.words.length * 2 > this.slots.length) {
      // Rehash into a table twice the size.
      this.slots = new Uint32Array(this.slots.length * 2);
      const mask = this.slots.length - 1;
      for (let known = 0; known < this.words.length; known++) {
        let free = (this.hashes[known] ?? 0) & mask;
        while (this.slots[free] !== 0) free = (free + 1) & mask;
        this.slots[free] = known + 1;
      }
    }
    return id;
  }
}

/**
 * For one term, how each word of the vocabulary contains it (0, 1 or 2 per word id, as above). It
 * follows the vocabulary as it grows: `cover` before reading ids of newly indexed entries.
 */
export class TermWords {
  readonly term: string;
  private readonly vocabulary: Vocabulary;
  private matches: Uint8Array;
  private covered = 0;

  constructor(term: string, vocabulary: Vocabulary) {
    this.term = term;
    this.vocabulary = vocabulary;
    this.matches = new Uint8Array(Math.max(1024, vocabulary.size));
    this.cover();
  }

  /** Classifies the words added to the vocabulary since the last call. */
  cover(): void {
    const { words } = this.vocabulary;
    if (this.covered === words.length) return;
    if (words.length > this.matches.length) {
      const grown = new Uint8Array(Math.max(words.length, this.matches.length * 2));
      grown.set(this.matches);
      this.matches = grown;
    }
    for (let id = this.covered; id < words.length; id++) {
      const position = (words[id] ?? '').indexOf(this.term);
      this.matches[id] = position < 0 ? noMatch : position === 0 ? matchAtStart : matchInside;
    }
    this.covered = words.length;
  }

  /**
   * The term's score in one entry, from its word ids at `start` in `words` (laid out as
   * `Vocabulary.wordIdsOf` gives them): for each field that contains the term, its weight, doubled
   * when the field's first occurrence starts a word. 0 when no field contains it.
   */
  scoreIn(words: Uint32Array, start: number, weights: readonly number[]): number {
    const matches = this.matches;
    let score = 0;
    let from = start + weights.length;
    for (let field = 0; field < weights.length; field++) {
      const end = start + (words[start + field] ?? 0);
      for (let index = from; index < end; index++) {
        const match = matches[words[index] ?? 0] ?? noMatch;
        if (match !== noMatch) {
          score += (weights[field] ?? 0) * match;
          break;
        }
      }
      from = end;
    }
    return score;
  }
}

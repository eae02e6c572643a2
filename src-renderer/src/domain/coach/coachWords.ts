import { foldText } from '../entries/search';

/**
 * The coach's view of text: the words that can tell one competency, kind or scope from another,
 * each with the word as written, so a suggestion can show the user the words that led to it.
 */
export interface CoachWord {
  /** What the model counts: folded, and for a plural noun its singular ("reviews" → "review"). */
  term: string;
  /** The word as the user wrote it, for the reasons shown beside a suggestion. */
  word: string;
}

/** Turns text into the words the coach counts. The app's own is `coachWords`. */
export type CoachTokenizer = (text: string) => CoachWord[];

/**
 * Words too common in any journal entry to tell anything apart. Short on purpose: the model's own
 * weighting discounts the rest, and a word such as "team" or "company" carries scope.
 */
const stopWords = new Set(
  (
    'a about after again all also am an and any are as at be because been before being both but by can could did do does ' +
    'doing done down during each few for from further had has have having he her here hers him his how if in into is it ' +
    'its itself just more most no nor not now of off on once only or other out over own same she ' +
    'should so some such than that the their theirs them then there these they this those through to too under until up ' +
    'very always was were what when where which while who whom why will with would you your yours one two three got get gets ' +
    'still every much many made make makes last next first new week day today month year went go goes going ' +
    'minute minutes hour hours second seconds morning afternoon evening days weeks months years'
  ).split(' '),
);

/** Endings that a plural may not simply lose its "s" from ("process", "status", "analysis", "metrics"). */
const keepFinalS = /(ss|us|is|as|os|ics)$/;

/**
 * The singular of a regular English plural, and nothing else: no stemmer, so "reviews" and "review"
 * meet but "mentoring" and "mentor" stay apart (the model learns that they go together). Words of
 * four letters or fewer are left alone ("ops", "bus", "news").
 */
export function singular(word: string): string {
  if (word.length <= 4) return word;
  if (word.endsWith('ies') && word.length > 5) return `${word.slice(0, -3)}y`;
  if (/(ches|shes|sses|xes)$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !keepFinalS.test(word)) return word.slice(0, -1);
  return word;
}

/** Runs of letters and digits, with inner hyphens and apostrophes kept ("on-call", "team's"). */
const wordPattern = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
const onlyDigits = /^[\d.,]+$/;

/**
 * The app's tokenizer: folded words (case and accents), without stop words or bare numbers, plural
 * nouns made singular. A hyphenated word counts whole and by its parts ("on-call" gives "on-call"
 * and "call"), since people write "on call", "on-call" and "oncall" alike.
 */
export const coachWords: CoachTokenizer = (text) => {
  const words: CoachWord[] = [];
  for (const match of text.matchAll(wordPattern)) {
    const written = match[0];
    const folded = foldText(written).replace(/['’]s$/, '');
    if ((folded.length < 2 && folded !== 'i') || onlyDigits.test(folded) || stopWords.has(folded)) continue;
    if (folded.includes('-')) {
      words.push({ term: folded.replace(/['’]/g, ''), word: written });
      for (const part of folded.split('-')) {
        if (part.length >= 3 && !stopWords.has(part) && !onlyDigits.test(part)) words.push({ term: singular(part), word: written });
      }
      continue;
    }
    words.push({ term: singular(folded.replace(/['’]/g, '')), word: written });
  }
  return words;
};

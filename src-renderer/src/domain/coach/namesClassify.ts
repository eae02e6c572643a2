/**
 * Whether a capitalised word is a name, in itself and where it stands. `classifyWord` says what a
 * word is out of context (a given name, a word that is also a name, a product, a plain word, or
 * unknown); the cue functions read the words around it. `names.ts` combines them.
 */
import {
  calendarWords,
  commonWords,
  givenNames,
  monthBefore,
  nameParticles,
  organisationWords,
  pastVerbs,
  personBefore,
  placeNames,
  places,
  productNames,
  techNames,
  thingBefore,
  wordAfter,
  wordNameCollocations,
  wordNames,
} from './namesLexicon';
import type { Word } from './namesText';

/**
 * What a capitalised word is out of context:
 * - `given`: a given name and nothing else ("Priya");
 * - `wordName`, `techName`, `placeName`: a given name that is also a word, a product or a place
 *   ("Will", "Ruby", "Victoria"), which only context settles;
 * - `thing`: a month, a product, a team, a place, an acronym or a CamelCase brand;
 * - `word`: an ordinary word capitalised (a title, the start of a sentence);
 * - `unknown`: none of these (a surname, a name not in the lists, a product not in them).
 */
export type WordKind = 'given' | 'wordName' | 'techName' | 'placeName' | 'thing' | 'word' | 'unknown';

const wordSuffix =
  /(?:ing|ings|tion|tions|sion|sions|ment|ments|ness|ity|ities|ance|ence|ology|ologies|ware|able|ible|ive|ous|ful|less|ism|ed|ly|ics)$/u;
/** Names with an inner capital: McAllister, MacLeod, DeShawn, LeBlanc, DiCaprio. */
const innerCapitalName = /^(?:Mc|Mac|De|Di|Da|La|Le|Du|Van|St)[\p{Lu}][\p{Ll}\p{M}]+$/u;

function isThing(word: string): boolean {
  return calendarWords.has(word) || productNames.has(word) || organisationWords.has(word) || places.has(word);
}

function kindOfPart(part: string): WordKind {
  if (wordNames.has(part)) return 'wordName';
  if (techNames.has(part)) return 'techName';
  if (placeNames.has(part)) return 'placeName';
  if (givenNames.has(part)) return 'given';
  if (isThing(part)) return 'thing';
  if (commonWords.has(part)) return 'word';
  if (/\p{N}/u.test(part)) return 'thing';
  // Plural acronyms ("RFCs", "SLOs") and brands that begin with two capitals ("QCon", "JSConf").
  if (/^\p{Lu}{2,}s$/u.test(part) || /^\p{Lu}{2,}\p{Ll}/u.test(part)) return 'thing';
  if (/[\p{Ll}][\p{Lu}]/u.test(part) && !innerCapitalName.test(part)) return 'thing';
  if (part.length >= 6 && wordSuffix.test(part)) return 'word';
  if (!/^[\p{Lu}\p{Lt}]/u.test(part)) return 'word';
  return 'unknown';
}

/** Whether a word is a given name, alone or also a word or a place (not a product: "Kafka stayed up"). */
function isNameLikeWord(core: string): boolean {
  const kind = classifyWord(core);
  return kind === 'given' || kind === 'wordName' || kind === 'placeName';
}

/** What a capitalised word (without its possessive) is out of context. */
export function classifyWord(core: string): WordKind {
  const whole = kindOfPart(core);
  if (whole !== 'unknown' && whole !== 'word') return whole;
  if (!/[-'’]/u.test(core)) return whole;
  // "Jean-Luc", "Anne-Marie" are given names; "Al-Sayed", "O'Brien" unknown; "Data-Intensive",
  // "Pair-programmed", "On-call" are words.
  const parts = core.split('-');
  const first = parts[0] ?? '';
  if (givenNames.has(first) && parts.every((part) => /^[\p{Lu}\p{Lt}]/u.test(part))) return 'given';
  if (parts.some((part) => !/^[\p{Lu}\p{Lt}]/u.test(part) && !nameParticles.has(part.toLowerCase()))) return 'word';
  const kinds = parts.map(kindOfPart);
  return kinds.some((kind) => kind === 'word' || kind === 'thing') ? 'word' : 'unknown';
}

/** The word `offset` words away from `index`, when only spaces (or a comma, if allowed) lie between. */
function neighbour(words: readonly Word[], index: number, offset: -1 | 1, text: string, allowComma = false): Word | undefined {
  const word = words[index + offset];
  const here = words[index];
  if (!word || !here) return undefined;
  const gap =
    offset === 1
      ? text.slice(here.end + (here.isPossessive ? 2 : 0), word.start)
      : text.slice(word.end + (word.isPossessive ? 2 : 0), here.start);
  return (allowComma ? /^,?[ \t\u00a0]+$/u : /^[ \t\u00a0]+$/u).test(gap) ? word : undefined;
}

/** The lower-case text of a neighbouring word, or "" when there is none. */
function lowerNeighbour(words: readonly Word[], index: number, offset: -1 | 1, text: string): string {
  return neighbour(words, index, offset, text)?.core.toLowerCase() ?? '';
}

/** Words before "to" that make the next word a person: "thanks to Chidi", "explained to Mei". */
const toPerson = new Set([
  'thanks',
  'talked',
  'spoke',
  'wrote',
  'reported',
  'explained',
  'presented',
  'introduced',
  'listened',
  'handed',
  'reached',
  'mentor',
]);

/**
 * Whether a verb after a word says a person acted. After a given name any past tense will do
 * ("Sofia tuned the weights"); after an unknown word only a person's verbs count, since teams and
 * systems also "called", "failed" and "started".
 */
function isPersonVerb(word: string, isNameLike: boolean): boolean {
  return pastVerbs.has(word) || (isNameLike && /^\p{Ll}{2,}ed$/u.test(word) && word !== 'need' && word !== 'speed');
}

/** Whether the word before `index` says a thing follows: "through Fernwood", "the Harvest Box acquisition". */
export function isAfterThingWord(words: readonly Word[], index: number, text: string): boolean {
  return thingBefore.has(lowerNeighbour(words, index, -1, text));
}

/**
 * Signs that the run of words from `first` to `last` names a person: a possessive, an attribution
 * or a title before it, a verb like "asked" or "paired with" before it, a past-tense verb, "and
 * I" or "from <Team>" after it.
 */
export function hasPersonCue(words: readonly Word[], first: number, last: number, text: string): boolean {
  const head = words[first];
  const tail = words[last];
  if (!head || !tail) return false;
  if (tail.isPossessive || head.isAttribution || head.isAfterTitle) return true;
  // An apposition: "Bartholomew McAllister, our new director, …".
  if (/^,\s+(?:our|my|who|whom|whose)\s/u.test(text.slice(tail.end, tail.end + 8))) return true;
  const before = lowerNeighbour(words, first, -1, text);
  if (personBefore.has(before)) return true;
  if (before === 'to' && toPerson.has(lowerNeighbour(words, first - 1, -1, text))) return true;
  const after = neighbour(words, last, 1, text);
  if (!after) return false;
  const afterWord = after.core.toLowerCase();
  const thingFirst = thingBefore.has(before);
  if (isPersonVerb(afterWord, isNameLikeWord(head.core)) && !thingFirst) return true;
  if (afterWord === 'and' && /^(I|me)$/u.test(words[last + 2]?.core ?? '')) return true;
  if (afterWord === 'from' && words[last + 2]?.isCapitalised === true) return true;
  return false;
}

/** Whether a month-like word stands as a date: "in May", "May 14", "3 June", "April 2026". */
function isDateUse(words: readonly Word[], index: number, text: string): boolean {
  const word = words[index];
  if (!word || !calendarWords.has(word.core)) return false;
  if (monthBefore.has(lowerNeighbour(words, index, -1, text))) return true;
  return /^[ \t]*\d/u.test(text.slice(word.end, word.end + 3)) || /\d[ \t]*$/u.test(text.slice(Math.max(0, word.start - 3), word.start));
}

/**
 * Whether a word that is also a name is used as a word where it stands: a date ("in May"), a
 * phrase ("Grace period", "Max pool size"), after an article ("the Mark"), or at the head of a
 * sentence before a pronoun or an article ("Will we ship?", "Mark the ticket").
 */
export function isWordUse(words: readonly Word[], index: number, text: string): boolean {
  const word = words[index];
  if (!word) return false;
  if (isDateUse(words, index, text)) return true;
  const after = lowerNeighbour(words, index, 1, text);
  if (!word.isPossessive && wordNameCollocations.has(after)) return true;
  if (/^(the|a|an|our|their|its|this|that|my|your)$/u.test(lowerNeighbour(words, index, -1, text))) return true;
  return word.isSentenceStart && !word.isPossessive && wordAfter.has(after);
}

/** The parts of a handle or an email's local part ("dana.whitfield+jira" → ["dana", "whitfield"]). */
export function handleParts(local: string): string[] {
  return local
    .replace(/\+.*$/u, '')
    .split(/[._-]+/u)
    .map((part) => part.replace(/\d+$/u, ''))
    .filter((part) => part !== '');
}

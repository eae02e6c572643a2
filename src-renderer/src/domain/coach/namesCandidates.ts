/**
 * The possible names among the capitalised words of one text, each with a verdict: runs of
 * capitalised words (joined by name particles), split at plain words and products, judged by
 * `namesClassify.ts`, then joined by "and" and commas. Kept by text, since a packet repeats its
 * evidence and the builder reads the same texts after every keystroke.
 */
import { classifyWord, hasPersonCue, isAfterThingWord, isWordUse, type WordKind } from './namesClassify';
import { calendarWords, commonWords, givenNames, nameParticles, organisationWords, productNames } from './namesLexicon';
import { findHandles, isSpaceBetween, isTitleCase, wordsOf, type Handle, type Word } from './namesText';

/**
 * - `name`: a person, ticked by default;
 * - `unsure`: maybe a person, listed unticked;
 * - `thing`: listed unticked, and where it stands it reads as a product or a company ("through
 *   Fernwood", "the Harvest Box acquisition"), so the same word is ticked nowhere in the texts;
 * - `weak`: not listed, unless joined to a name ("Skelton and Pais").
 */
export type Verdict = 'name' | 'unsure' | 'thing' | 'weak';

/** A run of capitalised words judged as a possible name. */
export interface Candidate {
  name: string;
  first: number;
  last: number;
  verdict: Verdict;
}

const isNameLike = (kind: WordKind): boolean => kind === 'given' || kind === 'wordName' || kind === 'techName' || kind === 'placeName';

/** Runs of capitalised words joined by spaces or name particles ("Carlos de la Cruz"), as word indices. */
function runsOf(words: readonly Word[], text: string): number[][] {
  const runs: number[][] = [];
  let index = 0;
  while (index < words.length) {
    if (!words[index]?.isCapitalised) {
      index += 1;
      continue;
    }
    const run = [index];
    let next = index + 1;
    while (!words[run[run.length - 1] ?? index]?.isPossessive) {
      const previous = words[run[run.length - 1] ?? index];
      const word = words[next];
      if (!previous || !word || !isSpaceBetween(text, previous.end, word.start) || word.isSentenceStart) break;
      if (word.isCapitalised) {
        run.push(next);
        next += 1;
      } else {
        // Particles ("de la", "van der") join two capitalised parts of one name.
        let after = next;
        while (
          nameParticles.has(words[after]?.core ?? '') &&
          !words[after]?.isPossessive &&
          isSpaceBetween(text, words[after]?.end ?? 0, words[after + 1]?.start ?? -1)
        )
          after += 1;
        if (after === next || !words[after]?.isCapitalised) break;
        for (let particle = next; particle <= after; particle += 1) run.push(particle);
        next = after + 1;
      }
    }
    runs.push(run);
    index = next;
  }
  return runs;
}

/** Whether a capitalised word that is a place or an ordinary word may also be a surname ("Park", "Young", "Hill"). */
function mayBeSurname(core: string): boolean {
  return (
    !calendarWords.has(core) &&
    !organisationWords.has(core) &&
    !productNames.has(core) &&
    !commonWords.has(core) &&
    classifyWord(core) !== 'word'
  );
}

/** A run split at its plain words and products: "Grace Period" → "Grace"; "With Dana Whitfield" → "Dana Whitfield". */
function segmentsOf(run: readonly number[], words: readonly Word[], isTitle: boolean): number[][] {
  const segments: number[][] = [];
  let current: number[] = [];
  for (const index of run) {
    const word = words[index];
    if (!word) continue;
    const kind = word.isCapitalised ? classifyWord(word.core) : 'unknown';
    const previous = words[current[current.length - 1] ?? -1];
    // After a given name, a word that is also a surname ("Min-jun Park", "Sarah Young") is its surname.
    const isSurname =
      !isTitle && current.length === 1 && previous !== undefined && classifyWord(previous.core) === 'given' && mayBeSurname(word.core);
    if ((kind === 'word' || kind === 'thing') && !isSurname) {
      segments.push(current);
      current = [];
    } else current.push(index);
  }
  segments.push(current);
  // A particle may join two parts of a name, never begin or end one.
  return segments
    .map((segment) => {
      const trimmed = [...segment];
      while (trimmed.length > 0 && !words[trimmed[0] ?? -1]?.isCapitalised) trimmed.shift();
      while (trimmed.length > 0 && !words[trimmed[trimmed.length - 1] ?? -1]?.isCapitalised) trimmed.pop();
      return trimmed;
    })
    .filter((segment) => segment.length > 0);
}

function singleVerdict(kind: WordKind, words: readonly Word[], index: number, text: string, isTitle: boolean): Verdict | null {
  const word = words[index];
  if (!word) return null;
  const hasCue = hasPersonCue(words, index, index, text);
  if (kind === 'given') return 'name';
  if (kind === 'wordName') {
    if (hasCue && !isWordUse(words, index, text)) return 'name';
    if (isWordUse(words, index, text)) return null;
    return word.isSentenceStart || isTitle ? 'weak' : 'name';
  }
  if (kind !== 'unknown' && isWordUse(words, index, text)) return null;
  if (hasCue) return 'name';
  if (isAfterThingWord(words, index, text)) return kind === 'unknown' ? 'thing' : null;
  if (word.isSentenceStart || isTitle) return 'weak';
  // A product name mid-sentence ("choosing Kafka") is no one, unless something says a person is meant.
  return kind === 'techName' ? null : 'unsure';
}

function multiVerdict(
  kinds: readonly WordKind[],
  words: readonly Word[],
  segment: readonly number[],
  text: string,
  isTitle: boolean,
): Verdict | null {
  if (kinds.some((kind) => kind === 'given') || isNameLike(kinds[0] ?? 'unknown')) return 'name';
  if (kinds.some(isNameLike)) return 'name';
  if (isTitle) return null;
  const first = segment[0] ?? 0;
  if (isAfterThingWord(words, first, text)) return 'thing';
  if (hasPersonCue(words, first, segment[segment.length - 1] ?? first, text)) return 'name';
  return words[first]?.isSentenceStart ? 'unsure' : 'name';
}

/** Candidates joined by commas or "and" share a verdict: "Venkatesh and Lakshmi", "Hannah, Kwame and Lena". */
function coordinate(candidates: Candidate[], words: readonly Word[], text: string): void {
  let groupStart = 0;
  for (let index = 1; index <= candidates.length; index += 1) {
    const previous = candidates[index - 1];
    const current = candidates[index];
    const previousWord = previous ? words[previous.last] : undefined;
    const isJoined =
      current !== undefined &&
      previousWord !== undefined &&
      /^(?:,\s*|\s+and\s+|,\s*and\s+|\s*&\s*)$/u.test(
        text.slice(previousWord.end + (previousWord.isPossessive ? 2 : 0), words[current.first]?.start ?? 0),
      );
    if (isJoined) continue;
    const group = candidates.slice(groupStart, index);
    if (group.length > 1) {
      const head = group[0];
      const tail = group[group.length - 1];
      const isPeople =
        group.some((candidate) => candidate.verdict === 'name') || (head && tail && hasPersonCue(words, head.first, tail.last, text));
      if (isPeople) for (const candidate of group) if (candidate.verdict !== 'thing') candidate.verdict = 'name';
    }
    groupStart = index;
  }
}

/** The possible names among the capitalised words of one text. */
function candidatesOf(text: string, words: readonly Word[]): Candidate[] {
  const isTitle = isTitleCase(words, (word) => givenNames.has(word));
  const candidates: Candidate[] = [];
  for (const run of runsOf(words, text)) {
    for (const segment of segmentsOf(run, words, isTitle)) {
      const capitalised = segment.filter((index) => words[index]?.isCapitalised);
      const kinds = capitalised.map((index) => classifyWord(words[index]?.core ?? ''));
      const first = segment[0] ?? 0;
      const last = segment[segment.length - 1] ?? first;
      const verdict =
        capitalised.length === 1
          ? singleVerdict(kinds[0] ?? 'unknown', words, first, text, isTitle)
          : multiVerdict(kinds, words, segment, text, isTitle);
      if (verdict === null) continue;
      const name = segment.map((index) => words[index]?.core ?? '').join(' ');
      candidates.push({ name, first, last, verdict });
    }
  }
  coordinate(candidates, words, text);
  return candidates;
}

/**
 * What one text holds, kept by text: a packet repeats each piece of evidence in its sections, its
 * highlights and its appendix, and the builder reads the same texts again after every keystroke.
 */
const readTexts = new Map<string, { handles: Handle[]; candidates: Candidate[] }>();

export function readText(text: string): { handles: Handle[]; candidates: Candidate[] } {
  const cached = readTexts.get(text);
  if (cached) return cached;
  const handles = findHandles(text);
  const read = { handles, candidates: candidatesOf(text, wordsOf(text, handles)) };
  if (readTexts.size >= 5000) readTexts.clear();
  readTexts.set(text, read);
  return read;
}

/**
 * Redaction of colleagues' names for packets shared beyond the author's manager. Which names are
 * redacted is decided in `packetNames.ts` (the finder's ticks and the user's choices); this file
 * replaces them, in every form the finder gave (full name, first name, surname, email, @handle,
 * each possessive too), in every piece of user text of an assembled packet.
 *
 * The rule for what a name becomes:
 * - The packet is read as units: each piece of evidence (title, impact, metric, excerpt and its
 *   images' file names together), each narrative, the summary, each review summary, each feedback quote with its
 *   attribution and entry title, and each cover field.
 * - In a unit that names one redacted person, every name of theirs becomes "a colleague" ("A
 *   colleague" where a sentence, a line or a quotation starts).
 * - In a unit that names two or more different redacted people, each becomes "Colleague A",
 *   "Colleague B"…, so the reader can still tell them apart. A person's letter is the same
 *   throughout the packet; letters go, in reading order, only to people who share a unit with
 *   someone else (after Z: AA, AB…).
 * - A quote's attribution names a person by definition: unless it is a name the user chose to
 *   keep, it becomes "a colleague" (or the person's letter) whatever it says.
 * The author's own name on the cover is not user text here, and is kept.
 */
import { createNameMatcher, findNames, normalizeName, normalizeText, type NameOccurrence } from '../coach/names';
import type { AssembledPacket, EvidenceItem } from './assemblePacket';
import type { Entry } from '../types';

/** What every redacted name becomes when one person is named. */
const redactedName = 'a colleague';

/** A person to redact: the key they are listed under and every form that names them. */
export interface RedactedPerson {
  key: string;
  forms: readonly string[];
}

/**
 * `> "…" — Full Name` at the end of a blockquote line: the capitalised words (at most four) after
 * the dash, so a dash inside ordinary prose is not mistaken for an attribution.
 */
const blockquoteAttribution = /^\s{0,3}>.*\s[—–]\s*(\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){0,3})\s*$/gmu;

/**
 * Every person named in the entries: their `people`, and the names attributed in blockquotes
 * (`> "…" — Full Name`). Trimmed, without duplicates, in first-seen order.
 */
export function collectPeopleNames(entries: readonly Entry[]): string[] {
  const names = new Set<string>();
  const add = (name: string): void => {
    const trimmed = normalizeName(name);
    if (trimmed !== '') names.add(trimmed);
  };
  for (const entry of entries) {
    for (const person of entry.people) add(person);
    for (const match of entry.body.matchAll(blockquoteAttribution)) add(match[1] ?? '');
  }
  return [...names];
}

/**
 * Calls `mapUnit` on every unit of user text of `assembled`, in reading order, and returns the
 * packet with each unit replaced by what `mapUnit` returned (same length, same order). The one
 * place that says which texts a packet shows, for finding names and for redacting them alike.
 */
export function mapPacketTexts(
  assembled: AssembledPacket,
  mapUnit: (texts: readonly string[], isQuote?: boolean) => string[],
): AssembledPacket {
  const one = (text: string): string => mapUnit([text])[0] ?? text;
  const evidence = (items: readonly EvidenceItem[]): EvidenceItem[] =>
    items.map((item) => {
      // An image's file name is its alternative text, printed with the evidence: one unit with it.
      const images = item.images ?? [];
      const [title = item.title, impact = item.impact, metric = item.metric ?? '', excerpt = item.excerpt, ...fileNames] = mapUnit([
        item.title,
        item.impact,
        item.metric ?? '',
        item.excerpt,
        ...images.map((image) => image.fileName),
      ]);
      const mapped = { ...item, title, impact, metric: item.metric === null ? null : metric, excerpt };
      if (item.images === undefined) return mapped;
      return { ...mapped, images: images.map((image, index) => ({ ...image, fileName: fileNames[index] ?? image.fileName })) };
    });
  const title = one(assembled.title);
  const [currentRole = assembled.currentRole, targetRole = assembled.targetRole] = mapUnit([assembled.currentRole, assembled.targetRole]);
  const summary = one(assembled.summary);
  const competencySections = assembled.competencySections.map((section) => ({
    ...section,
    name: one(section.name),
    narrative: one(section.narrative),
    evidence: evidence(section.evidence),
  }));
  const highlights = evidence(assembled.highlights);
  const feedback = assembled.feedback.map((item) => {
    const [quote = item.quote, attribution = item.attribution, entryTitle = item.entryTitle] = mapUnit(
      [item.quote, item.attribution, item.entryTitle],
      true,
    );
    return { ...item, quote, attribution, entryTitle };
  });
  const reviews = assembled.reviews.map((review) => ({ ...review, summary: one(review.summary) }));
  const appendix = evidence(assembled.appendix);
  return { ...assembled, title, currentRole, targetRole, summary, competencySections, highlights, feedback, reviews, appendix };
}

/** Every text of `assembled` that names can appear in, in reading order. */
export function packetTexts(assembled: AssembledPacket): string[] {
  const texts: string[] = [];
  mapPacketTexts(assembled, (unit) => {
    texts.push(...unit);
    return [...unit];
  });
  return texts;
}

/** True when a replacement at `offset` begins a sentence, a line or a quotation. */
function startsSentence(text: string, offset: number): boolean {
  const window = (offset <= 8 ? '\n' : '') + text.slice(Math.max(0, offset - 8), offset);
  return /(?:[.!?]\s+|\n)[\s>*\-"“(]*$/u.test(window);
}

/** "A", "B", … "Z", "AA", "AB", …: the letter of the `index`th lettered colleague. */
function colleagueLetter(index: number): string {
  let letters = '';
  for (let rest = index; rest >= 0; rest = Math.floor(rest / 26) - 1) letters = String.fromCharCode(65 + (rest % 26)) + letters;
  return letters;
}

interface UnitMatches {
  texts: string[];
  occurrences: NameOccurrence[][];
  keys: string[];
}

/**
 * A copy of `assembled` with `people` redacted from every piece of user text, by the rule at the
 * top of this file. `kept` are names the user chose not to redact: an attribution that is one of
 * them stays.
 */
export function redactPacket(assembled: AssembledPacket, people: readonly RedactedPerson[], kept: readonly string[] = []): AssembledPacket {
  const matcher = createNameMatcher(people);
  const keptNames = new Set(kept.map(normalizeName));
  // A piece of evidence is printed in several sections: each text is matched once.
  const matched = new Map<string, NameOccurrence[]>();
  const matchText = (text: string): NameOccurrence[] => {
    const found = matched.get(text) ?? matcher(text);
    matched.set(text, found);
    return found;
  };
  const matchUnit = (unit: readonly string[]): UnitMatches => {
    const texts = unit.map(normalizeText);
    const occurrences = texts.map(matchText);
    return { texts, occurrences, keys: [...new Set(occurrences.flat().map((occurrence) => occurrence.key))] };
  };

  // First pass: letters, in reading order, for the people who share a unit with someone else.
  const letters = new Map<string, string>();
  mapPacketTexts(assembled, (unit) => {
    const { keys } = matchUnit(unit);
    if (keys.length > 1) for (const key of keys) if (!letters.has(key)) letters.set(key, `Colleague ${colleagueLetter(letters.size)}`);
    return [...unit];
  });

  return mapPacketTexts(assembled, (unit, isQuote = false) => {
    const { texts, occurrences, keys } = matchUnit(unit);
    // An attribution ("— Dana Whitfield") is no sentence: it is never capitalised.
    const nameOf = (key: string, text: string, offset: number, isAttribution: boolean): string =>
      keys.length > 1 ? (letters.get(key) ?? redactedName) : !isAttribution && startsSentence(text, offset) ? 'A colleague' : redactedName;
    const redacted = texts.map((text, index) => {
      let result = '';
      let last = 0;
      for (const occurrence of occurrences[index] ?? []) {
        result +=
          text.slice(last, occurrence.start) +
          nameOf(occurrence.key, text, occurrence.start, isQuote && index === 1) +
          occurrence.possessive;
        last = occurrence.end;
      }
      return result + text.slice(last);
    });
    // The attribution (second text of a quote) names a person whatever it says.
    const attribution = texts[1] ?? '';
    if (isQuote && attribution.trim() !== '' && (occurrences[1] ?? []).length === 0 && !keptNames.has(normalizeName(attribution))) {
      redacted[1] = redactedName;
    }
    return redacted;
  });
}

/**
 * `text` alone with every form of `names` redacted (taken as People fields, all ticked): "a
 * colleague" for one person, "Colleague A", "Colleague B" when it names several.
 */
export function redactText(text: string, names: readonly string[]): string {
  const people = findNames([text], { people: names }).filter((name) => name.sources.includes('people'));
  const matcher = createNameMatcher(people);
  const normalized = normalizeText(text);
  const occurrences = matcher(normalized);
  const keys = [...new Set(occurrences.map((occurrence) => occurrence.key))];
  let result = '';
  let last = 0;
  for (const occurrence of occurrences) {
    const name =
      keys.length > 1
        ? `Colleague ${colleagueLetter(keys.indexOf(occurrence.key))}`
        : startsSentence(normalized, occurrence.start)
          ? 'A colleague'
          : redactedName;
    result += normalized.slice(last, occurrence.start) + name + occurrence.possessive;
    last = occurrence.end;
  }
  return result + normalized.slice(last);
}

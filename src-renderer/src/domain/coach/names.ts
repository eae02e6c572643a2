/**
 * The people named in a set of texts (a packet's titles, bodies, impact, quotes, narratives and
 * summary), for "Names to redact". Four sources:
 * - the People fields (and blockquote attributions) the caller passes: always ticked, matched
 *   wherever they are written; and the names the user added, matched the same way (the caller
 *   ticks them: they are the user's choice, not the finder's);
 * - email addresses (`dana.whitfield@…` → Dana Whitfield) and `@mentions`, unless they belong to
 *   a role (`oncall@`) or a group (`@platform-team`);
 * - proper nouns: runs of capitalised words, judged by `namesClassify.ts` from the word lists of
 *   `namesLexicon.ts` and the words around them.
 * Each person comes with every form that names them (full name, first name, surname, their email
 * and handle, each with or without a possessive), how often those occur, and one occurrence in
 * context. `createNameMatcher` finds those occurrences again for the redaction, so what is counted
 * here is exactly what is replaced there. Pure.
 */
import { readText, type Verdict } from './namesCandidates';
import { handleParts } from './namesClassify';
import { givenNames, groupHandleWords, nameParticles, roleMailboxes } from './namesLexicon';
import { createNameMatcher, normalizeName, normalizeText, type NameOccurrence } from './namesMatcher';

export { createNameMatcher, normalizeName, normalizeText, type NameOccurrence };

/** Where a person was found. */
export type NameSource = 'people' | 'added' | 'email' | 'mention' | 'proper noun';

/** One occurrence of a name with the text around it, for showing (never as HTML). */
export interface NameExample {
  before: string;
  match: string;
  after: string;
}

/** A person found in the texts. */
export interface FoundName {
  /** The name the choices are saved under: the fullest form found, e.g. "Dana Whitfield". */
  key: string;
  /** Every form that names this person, as written: "Dana Whitfield", "Dana", "Whitfield", "@dana". */
  forms: string[];
  sources: NameSource[];
  /** Occurrences of any form in all the texts. */
  count: number;
  /** The first occurrence, in context; null when the name does not occur (an added name). */
  example: NameExample | null;
  /** Whether the finder is confident enough to tick it before the user looks. */
  isTickedByDefault: boolean;
}

export interface NameFinderOptions {
  /** Names from the People fields and quote attributions: people for certain. */
  people?: readonly string[];
  /** Names the user added by hand: listed even where they do not occur, and not ticked by default. */
  added?: readonly string[];
  /** Names never to list or redact: the author's own (full name, first name and surname). */
  keep?: readonly string[];
}

/** A person as it is being gathered. */
interface Person {
  key: string;
  forms: Set<string>;
  sources: Set<NameSource>;
  isTicked: boolean;
}

/** Full name, first name and surname (with its particles: "de la Cruz" and "Cruz"). */
function formsOfName(name: string): string[] {
  const parts = name.split(' ');
  const forms = [name];
  const capitalised = (part: string) => part.length >= 2 && /^[\p{Lu}\p{Lt}]/u.test(part);
  const first = parts[0] ?? '';
  if (parts.length > 1 && capitalised(first)) forms.push(first);
  const lastIndex = parts.length - 1;
  if (lastIndex > 0) {
    const last = parts[lastIndex] ?? '';
    if (capitalised(last)) forms.push(last);
    let particleStart = lastIndex;
    while (particleStart > 1 && nameParticles.has(parts[particleStart - 1] ?? '')) particleStart -= 1;
    if (particleStart < lastIndex) forms.push(parts.slice(particleStart).join(' '));
  }
  return forms;
}

/** The name a handle or an email's local part spells ("dana.whitfield" → "Dana Whitfield"), or null. */
function nameOfHandle(local: string): string | null {
  const parts = handleParts(local).filter((part) => part.length >= 2 && /^\p{L}+$/u.test(part));
  if (parts.length === 0) return null;
  const capitalised = parts.map((part) => part.charAt(0).toUpperCase() + part.slice(1).toLowerCase());
  // One part that is no known given name ("dwhitfield") is a handle, not a name to look for.
  if (capitalised.length === 1 && !givenNames.has(capitalised[0] ?? '')) return null;
  return capitalised.join(' ');
}

/** Whether a handle or an email belongs to a person rather than a role, a group or a package. */
function isPersonalHandle(kind: 'email' | 'mention', local: string): boolean {
  const parts = handleParts(local.toLowerCase());
  if (parts.length === 0) return false;
  if (kind === 'email') return !roleMailboxes.has(local.toLowerCase()) && !parts.every((part) => roleMailboxes.has(part));
  return !parts.some((part) => groupHandleWords.has(part)) && !['here', 'channel', 'everyone'].includes(local.toLowerCase());
}

class People {
  readonly byKey = new Map<string, Person>();

  add(key: string, source: NameSource, isTicked: boolean, forms: readonly string[] = formsOfName(key)): Person {
    const person = this.byKey.get(key) ?? { key, forms: new Set<string>(), sources: new Set<NameSource>(), isTicked: false };
    for (const form of forms) person.forms.add(form);
    person.sources.add(source);
    person.isTicked ||= isTicked;
    this.byKey.set(key, person);
    return person;
  }

  /** The one person a single word names (as first name or surname), if exactly one does. */
  ownerOf(word: string): Person | undefined {
    const owners = [...this.byKey.values()].filter((person) => person.key !== word && person.forms.has(word));
    return owners.length === 1 ? owners[0] : undefined;
  }
}

/** Forty characters either side of an occurrence, cut at a word and on one line. */
function exampleOf(text: string, occurrence: NameOccurrence): NameExample {
  const flat = (part: string) => part.replace(/\s+/gu, ' ');
  let before = flat(text.slice(Math.max(0, occurrence.start - 40), occurrence.start));
  if (occurrence.start > 40) before = `…${before.replace(/^\S*\s/u, '')}`;
  let after = flat(text.slice(occurrence.end, occurrence.end + 40));
  if (occurrence.end + 40 < text.length) after = `${after.replace(/\s\S*$/u, '')}…`;
  return { before: before.trimStart(), match: text.slice(occurrence.start, occurrence.end), after: after.trimEnd() };
}

/**
 * Every person named in `texts`, ticked ones first, then by how often they occur. A name that
 * does not occur is left out, unless the user added it.
 */
export function findNames(texts: readonly string[], options: NameFinderOptions = {}): FoundName[] {
  const people = new People();
  const normalized = texts.map(normalizeText);
  for (const name of options.people ?? []) if (normalizeName(name).length >= 2) people.add(normalizeName(name), 'people', true);
  // Added names are ticked by the user's choice, not by default: the caller applies that choice.
  for (const name of options.added ?? []) if (normalizeName(name).length >= 2) people.add(normalizeName(name), 'added', false);

  const singles: { name: string; verdict: Verdict }[] = [];
  /** Words read as a product or a company somewhere: never ticked by default from a guess. */
  const things = new Set<string>();
  for (const text of new Set(normalized)) {
    const { handles, candidates } = readText(text);
    for (const handle of handles) {
      if (!isPersonalHandle(handle.kind, handle.local)) continue;
      const name = nameOfHandle(handle.local);
      const source = handle.kind === 'email' ? 'email' : 'mention';
      if (name === null) people.add(handle.text, source, true, [handle.text]);
      else if (!name.includes(' ') && people.ownerOf(name)) people.ownerOf(name)?.forms.add(handle.text);
      else people.add(name, source, true, [...formsOfName(name), handle.text]);
    }
    for (const candidate of candidates) {
      if (candidate.verdict === 'weak') continue;
      if (candidate.verdict === 'thing') things.add(candidate.name);
      if (candidate.name.includes(' ')) people.add(candidate.name, 'proper noun', candidate.verdict === 'name');
      else singles.push({ name: candidate.name, verdict: candidate.verdict });
    }
  }
  // A first name or surname alone belongs to the one full name it is part of, if there is one.
  for (const single of singles) {
    const owner = people.ownerOf(single.name);
    if (owner) owner.isTicked ||= single.verdict === 'name';
    else people.add(single.name, 'proper noun', single.verdict === 'name');
  }
  for (const name of things) {
    const person = people.byKey.get(name);
    if (person && person.sources.size === 1 && person.sources.has('proper noun')) person.isTicked = false;
  }
  return countAndList(people, normalized, options.keep ?? []);
}

/** Drops the author's names, separates forms two people share, counts each person's occurrences. */
function countAndList(people: People, texts: readonly string[], keep: readonly string[]): FoundName[] {
  const kept = new Set(keep.flatMap((name) => (normalizeName(name) === '' ? [] : formsOfName(normalizeName(name)))));
  for (const [key, person] of people.byKey) {
    if (kept.has(key)) people.byKey.delete(key);
    else for (const form of kept) person.forms.delete(form);
  }
  // "Dana" alone, with a Dana Whitfield and a Dana Cho, is listed on its own: either may be meant.
  const owners = new Map<string, Person[]>();
  for (const person of people.byKey.values())
    for (const form of person.forms) if (form !== person.key) owners.set(form, [...(owners.get(form) ?? []), person]);
  for (const [form, shared] of owners) {
    if (shared.length < 2 && !people.byKey.has(form)) continue;
    for (const person of shared) person.forms.delete(form);
    if (!people.byKey.has(form)) people.add(form, 'proper noun', false, [form]);
    const single = people.byKey.get(form);
    if (single) {
      single.isTicked ||= shared.some((person) => person.isTicked);
      for (const person of shared) for (const source of person.sources) single.sources.add(source);
    }
  }

  const list = [...people.byKey.values()];
  const matcher = createNameMatcher(list.map((person) => ({ key: person.key, forms: [...person.forms] })));
  const counts = new Map<string, number>();
  const examples = new Map<string, NameExample>();
  const repeats = new Map<string, number>();
  for (const text of texts) repeats.set(text, (repeats.get(text) ?? 0) + 1);
  for (const [text, times] of repeats) {
    for (const occurrence of matcher(text)) {
      counts.set(occurrence.key, (counts.get(occurrence.key) ?? 0) + times);
      if (!examples.has(occurrence.key)) examples.set(occurrence.key, exampleOf(text, occurrence));
    }
  }
  return list
    .filter((person) => (counts.get(person.key) ?? 0) > 0 || person.sources.has('added'))
    .map((person) => ({
      key: person.key,
      forms: [...person.forms],
      sources: [...person.sources],
      count: counts.get(person.key) ?? 0,
      example: examples.get(person.key) ?? null,
      isTickedByDefault: person.isTicked,
    }))
    .sort((a, b) => Number(b.isTickedByDefault) - Number(a.isTickedByDefault) || b.count - a.count || a.key.localeCompare(b.key, 'en'));
}

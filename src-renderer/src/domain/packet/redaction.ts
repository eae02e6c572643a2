/**
 * Redaction of colleagues' names for packets shared beyond the author's manager. Names are matched
 * as whole words only (Unicode letters count as word characters, so "Tomás" is one word and "Grace"
 * never matches inside "Graceful"), case-sensitively, in full or by first name, possessives included.
 */
import type { AssembledPacket, EvidenceItem } from './assemblePacket';
import type { Entry } from '../types';

/** What every redacted name becomes. */
export const redactedName = 'a colleague';

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
    const trimmed = name.normalize('NFC').replace(/\s+/g, ' ').trim();
    if (trimmed !== '') names.add(trimmed);
  };
  for (const entry of entries) {
    for (const person of entry.people) add(person);
    for (const match of entry.body.matchAll(blockquoteAttribution)) add(match[1] ?? '');
  }
  return [...names];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Full names and their first names, longest first so "Priya Raman" wins over "Priya". */
function variantsOf(names: readonly string[]): string[] {
  const variants = new Set<string>();
  for (const name of names) {
    const full = name.normalize('NFC').replace(/\s+/g, ' ').trim();
    if (full.length < 2) continue;
    variants.add(full);
    const first = full.split(' ')[0] ?? '';
    // A lower-case first word is no name ("van Dijk" keeps only its full form).
    if (first.length >= 2 && /^\p{Lu}/u.test(first)) variants.add(first);
  }
  return [...variants].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
}

const patternCache = new Map<string, RegExp | null>();

function patternFor(names: readonly string[]): RegExp | null {
  const key = names.join('\u0000');
  const cached = patternCache.get(key);
  if (cached !== undefined) return cached;
  const variants = variantsOf(names);
  const pattern =
    variants.length === 0
      ? null
      : new RegExp(
          `(?<![\\p{L}\\p{M}\\p{N}_])(?:${variants.map((name) => escapeRegExp(name).replace(/ /g, '\\s+')).join('|')})(['’]s)?(?![\\p{L}\\p{M}\\p{N}_])`,
          'gu',
        );
  if (patternCache.size > 20) patternCache.clear();
  patternCache.set(key, pattern);
  return pattern;
}

/** True when a replacement at `offset` begins a sentence, a line or a quotation. */
function startsSentence(text: string, offset: number): boolean {
  const window = (offset <= 8 ? '\n' : '') + text.slice(Math.max(0, offset - 8), offset);
  return /(?:[.!?]\s+|\n)[\s>*\-"“(]*$/.test(window);
}

/**
 * `text` with every full name and first name of `names` replaced by "a colleague" ("A colleague"
 * at the start of a sentence; "Priya's" becomes "a colleague's"). Whole words only, case-sensitive.
 */
export function redactText(text: string, names: readonly string[]): string {
  const pattern = patternFor(names);
  if (pattern === null || text === '') return text;
  const normalized = /[\u0080-\uffff]/.test(text) ? text.normalize('NFC') : text;
  return normalized.replace(pattern, (_match, possessive: string | undefined, offset: number) => {
    const replacement = startsSentence(normalized, offset) ? 'A colleague' : redactedName;
    return possessive ? `${replacement}${possessive}` : replacement;
  });
}

function redactEvidence(item: EvidenceItem, names: readonly string[]): EvidenceItem {
  return {
    ...item,
    title: redactText(item.title, names),
    impact: redactText(item.impact, names),
    metric: item.metric === null ? null : redactText(item.metric, names),
    excerpt: redactText(item.excerpt, names),
  };
}

/**
 * A copy of `assembled` with `names` redacted from every piece of user text. Quote attributions
 * become "a colleague" whatever they say; the author's own name on the cover is kept.
 */
export function redactPacket(assembled: AssembledPacket, names: readonly string[]): AssembledPacket {
  const text = (value: string): string => redactText(value, names);
  const evidence = (items: readonly EvidenceItem[]): EvidenceItem[] => items.map((item) => redactEvidence(item, names));
  return {
    ...assembled,
    title: text(assembled.title),
    currentRole: text(assembled.currentRole),
    targetRole: text(assembled.targetRole),
    competencySections: assembled.competencySections.map((section) => ({
      ...section,
      name: text(section.name),
      narrative: text(section.narrative),
      evidence: evidence(section.evidence),
    })),
    highlights: evidence(assembled.highlights),
    feedback: assembled.feedback.map((item) => ({
      ...item,
      quote: text(item.quote),
      attribution: item.attribution.trim() === '' ? '' : redactedName,
      entryTitle: text(item.entryTitle),
    })),
    reviews: assembled.reviews.map((review) => ({ ...review, summary: text(review.summary) })),
    appendix: evidence(assembled.appendix),
    summary: text(assembled.summary),
  };
}

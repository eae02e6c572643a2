/**
 * Finding a set of people's forms in a text, for counting them and for redacting them: the one
 * matcher both use, so what "Names to redact" counts is exactly what the exports replace.
 */
import { classifyWord, isWordUse } from './namesClassify';
import { wordsOf, type Word } from './namesText';

/** One occurrence of a person's form in a text. `end` includes a possessive's "'s". */
export interface NameOccurrence {
  key: string;
  start: number;
  end: number;
  /** "'s" or "’s" when the form was possessive, otherwise "". */
  possessive: string;
}

/** NFC with single spaces: how names are compared and keyed. */
export function normalizeName(name: string): string {
  return name.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/** The text in NFC, so "Tomás" with a combining accent is found like "Tomás". */
export function normalizeText(text: string): string {
  return /[\u0080-\uffff]/u.test(text) ? text.normalize('NFC') : text;
}

/** How a form is matched: case-sensitively for names, in any case for emails and handles. */
export function isHandleForm(form: string): boolean {
  return form.includes('@');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/** Words that are names only in context: their occurrences are checked where they stand. */
function needsContext(form: string): boolean {
  if (form.includes(' ') || isHandleForm(form)) return false;
  const kind = classifyWord(form);
  return kind !== 'given' && kind !== 'unknown';
}

/**
 * A function that finds every occurrence of the given people's forms in a text (already NFC):
 * whole words, names case-sensitively, emails and handles in any case, longest form first, each
 * with its possessive. A single word that is also a word ("Will", "May", "Ruby") is skipped where
 * it is used as one ("Will we ship?", "in May").
 */
export function createNameMatcher(people: readonly { key: string; forms: readonly string[] }[]): (text: string) => NameOccurrence[] {
  const ownerOfForm = new Map<string, string>();
  for (const person of people) {
    for (const form of person.forms) {
      const normalized = isHandleForm(form) ? form.toLowerCase() : normalizeName(form);
      if (normalized.length >= 2 && !ownerOfForm.has(normalized)) ownerOfForm.set(normalized, person.key);
    }
  }
  const byLength = [...ownerOfForm.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const names = byLength.filter((form) => !isHandleForm(form));
  const handles = byLength.filter(isHandleForm);
  const namePattern =
    names.length === 0
      ? null
      : new RegExp(
          `(?<![\\p{L}\\p{M}\\p{N}_@])(?:${names.map((form) => escapeRegExp(form).replace(/ /gu, '\\s+')).join('|')})(['’]s)?(?![\\p{L}\\p{M}\\p{N}_@])`,
          'gu',
        );
  const handlePattern =
    handles.length === 0
      ? null
      : new RegExp(`(?<![\\p{L}\\p{N}._%+@-])(?:${handles.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}_@-])`, 'giu');

  return (text: string) => {
    const found: NameOccurrence[] = [];
    for (const match of handlePattern ? text.matchAll(handlePattern) : []) {
      const key = ownerOfForm.get(match[0].toLowerCase());
      if (key !== undefined) found.push({ key, start: match.index, end: match.index + match[0].length, possessive: '' });
    }
    let words: Word[] | null = null;
    for (const match of namePattern ? text.matchAll(namePattern) : []) {
      const possessive = match[1] ?? '';
      const form = normalizeName(match[0].slice(0, match[0].length - possessive.length));
      const key = ownerOfForm.get(form);
      const start = match.index;
      const end = start + match[0].length;
      if (key === undefined || found.some((other) => start < other.end && other.start < end)) continue;
      if (needsContext(form)) {
        words ??= wordsOf(text);
        const index = words.findIndex((word) => word.start === start);
        if (index >= 0 && isWordUse(words, index, text)) continue;
      }
      found.push({ key, start, end, possessive });
    }
    return found.sort((a, b) => a.start - b.start);
  };
}

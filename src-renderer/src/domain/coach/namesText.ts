/**
 * Reading a text the way the name finder needs it: its words with their offsets, whether each
 * begins a sentence, the email addresses and `@handles` in it, and whether it is written in Title
 * Case (where a capital says nothing about a name). Pure and linear in the text's length.
 */

/** One word of a text. `core` is the word without a possessive ("Kenji's" → "Kenji"). */
export interface Word {
  text: string;
  core: string;
  start: number;
  /** Offset just after `core` (the possessive, if any, follows). */
  end: number;
  isPossessive: boolean;
  isCapitalised: boolean;
  /** The first word of a sentence, a line, a list item or a quotation. */
  isSentenceStart: boolean;
  /** After a closing quotation mark and a dash: `"…" — Dana Whitfield`. */
  isAttribution: boolean;
  /** After a title: "Dr", "Ms", "Prof". */
  isAfterTitle: boolean;
}

/** An email address or an `@handle` found in a text. */
export interface Handle {
  kind: 'email' | 'mention';
  text: string;
  start: number;
  end: number;
  /** The part that names someone: an email's local part, a mention's handle without `@`. */
  local: string;
}

const wordPattern = /[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:['’-][\p{L}\p{M}\p{N}]+)*/gu;
const emailPattern = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
/** `@handle`, not inside an email, and not a scoped package (`@types/node`). */
const mentionPattern = /(?<![\p{L}\p{N}_.@/])@([\p{L}\p{N}](?:[\p{L}\p{N}._-]*[\p{L}\p{N}])?)(?![\p{L}\p{N}_/@-])/gu;
/** What the finder skips: links, inline code and fenced code. */
const skippedPattern = /\bhttps?:\/\/\S+|\bwww\.\S+|`[^`\n]*`/giu;
const possessiveSuffix = /['’]s$/u;
const titles = new Set(['Dr', 'Mr', 'Mrs', 'Ms', 'Mx', 'Prof', 'Sir', 'Dame']);

/** The emails and mentions of `text`, in order. */
export function findHandles(text: string): Handle[] {
  const handles: Handle[] = [];
  for (const match of text.matchAll(emailPattern)) {
    const address = match[0].replace(/\.+$/, '');
    handles.push({
      kind: 'email',
      text: address,
      start: match.index,
      end: match.index + address.length,
      local: address.split('@')[0] ?? '',
    });
  }
  for (const match of text.matchAll(mentionPattern)) {
    const start = match.index;
    if (handles.some((handle) => start >= handle.start && start < handle.end)) continue;
    handles.push({ kind: 'mention', text: match[0], start, end: start + match[0].length, local: match[1] ?? '' });
  }
  return handles.sort((a, b) => a.start - b.start);
}

/** `text` with links, code and the given spans blanked out (same length, so offsets hold). */
function masked(text: string, spans: readonly { start: number; end: number }[]): string {
  let result = text.replace(skippedPattern, (match) => ' '.repeat(match.length));
  for (const span of spans) result = result.slice(0, span.start) + ' '.repeat(span.end - span.start) + result.slice(span.end);
  return result;
}

/**
 * Whether the word at `offset` begins a sentence: nothing but spaces, opening quotes, brackets,
 * Markdown markers or a list bullet stand between it and the start of the text, a line break, or
 * the end of a sentence (`.`, `!`, `?`, `…`, `:`).
 */
function startsSentence(text: string, offset: number): boolean {
  let index = offset - 1;
  while (index >= 0) {
    const char = text[index] ?? '';
    if (char === '\n') return true;
    if (/[\s"“‘'([{*_>#•]/u.test(char)) {
      index -= 1;
      continue;
    }
    // A list bullet ("- ", "+ ", "1. ") counts as the start of a line.
    if ((char === '-' || char === '+') && /\s/u.test(text[index + 1] ?? '')) {
      index -= 1;
      continue;
    }
    return /[.!?…:]/u.test(char);
  }
  return true;
}

/** Whether the word at `offset` follows a closing quotation mark and a dash: an attribution. */
function followsAttributionDash(text: string, offset: number): boolean {
  return /["”'’]\s*[—–]\s*$/u.test(text.slice(Math.max(0, offset - 8), offset));
}

/** Whether a word is written with a capital and is not an acronym ("SRE") or a bare letter. */
function isCapitalisedWord(core: string): boolean {
  if (!/^[\p{Lu}\p{Lt}]/u.test(core) || core.length < 2) return false;
  const letters = core.replace(/[^\p{L}]/gu, '');
  return letters !== letters.toUpperCase();
}

/** The words of `text`, skipping links, code and the given handles' spans. */
export function wordsOf(text: string, handles: readonly Handle[] = []): Word[] {
  const words: Word[] = [];
  const visible = masked(text, handles);
  for (const match of visible.matchAll(wordPattern)) {
    const raw = match[0];
    const isPossessive = possessiveSuffix.test(raw);
    const core = isPossessive ? raw.slice(0, -2) : raw;
    const start = match.index;
    const previous = words[words.length - 1];
    const isAfterTitle = previous !== undefined && titles.has(previous.core) && /^\.?\s+$/u.test(text.slice(previous.end, start));
    words.push({
      text: raw,
      core,
      start,
      end: start + core.length,
      isPossessive,
      isCapitalised: isCapitalisedWord(core),
      isSentenceStart: !isAfterTitle && startsSentence(visible, start),
      isAttribution: followsAttributionDash(text, start),
      isAfterTitle,
    });
  }
  return words;
}

/**
 * Whether `words` are written in Title Case ("Checkout Latency Review With Dana"): at least two
 * words of four letters or more after the first, and seven in ten of them capitalised. Names
 * (`isName`) are left out of the count, or a sentence full of names would pass for a title.
 */
export function isTitleCase(words: readonly Word[], isName: (word: string) => boolean): boolean {
  const long = words.filter((word) => !word.isSentenceStart && word.core.length >= 4 && !isName(word.core));
  if (long.length < 2) return false;
  return long.filter((word) => word.isCapitalised).length / long.length >= 0.7;
}

/** Whether only spaces (no line break, no punctuation) lie between two offsets of `text`. */
export function isSpaceBetween(text: string, from: number, to: number): boolean {
  return from <= to && /^[ \t\u00a0]*$/u.test(text.slice(from, to));
}

/**
 * Pieces every import parser shares: size and count checks, titles, tags, and turning a draft read
 * from a file into a candidate that keeps within the limits. Nothing here knows a source format.
 */
import { counted, describedNumber } from '../counted';
import { jsonNestingProblem, markdownDepth, maximumNestingDepth, tooDeeplyNestedProblem } from '../nestingDepth';
import { importLimits } from './importTypes';
import type { ImportCandidate, ImportFormat, ImportParseResult } from './importTypes';

export { counted, describedNumber };

export const fileTooLargeProblem = `The file is larger than ${importLimits.maximumFileBytes / 1024 / 1024} MB, the most an import may be.`;

/** True when `text` would take more than the import limit as UTF-8, counted without encoding it. */
export function isTextTooLarge(text: string): boolean {
  const limit = importLimits.maximumFileBytes;
  if (text.length > limit) return true;
  // A UTF-16 unit never takes more than 3 bytes, so short texts need no counting.
  if (text.length * 3 <= limit) return false;
  let bytes = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    // Each half of a surrogate pair counts 2 of the pair's 4 bytes.
    bytes += code < 0x80 ? 1 : code < 0x800 || (code >= 0xd800 && code <= 0xdfff) ? 2 : 3;
    if (bytes > limit) return true;
  }
  return false;
}

/** The problem for a file with more entries than an import may have, or null. */
export function tooManyEntriesProblem(count: number): string | null {
  return count > importLimits.maximumEntries
    ? `The file has more than ${describedNumber(importLimits.maximumEntries)} entries, the most an import may have.`
    : null;
}

/**
 * A JSON file's value, or the problem that it is not JSON or nests deeper than any real export
 * (`isTooDeep`, so a caller that words its own "not JSON" message keeps this one). A byte-order
 * mark is allowed.
 */
export function readJson(text: string, what: string): { ok: true; value: unknown } | { ok: false; problem: string; isTooDeep: boolean } {
  let value: unknown;
  try {
    value = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
  } catch {
    return { ok: false, problem: `The file is not valid JSON: it may be truncated or not ${what}.`, isTooDeep: false };
  }
  const nestingProblem = jsonNestingProblem(value);
  return nestingProblem === null ? { ok: true, value } : { ok: false, problem: nestingProblem, isTooDeep: true };
}

/** The problem with Markdown text (a brag document, a jrnl journal) nested deeper than the limit, or null. */
export function markdownNestingProblem(text: string): string | null {
  const depth = markdownDepth(text);
  return depth > maximumNestingDepth ? tooDeeplyNestedProblem(depth) : null;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A value from the file, shortened, for quoting in a message. */
export function quoted(value: unknown): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/** True for a 24-hour local time written `HH:MM`. */
export function isLocalTime(value: string): boolean {
  return /^(?:[01]\d|2[0-3]):[0-5]\d$/.test(value);
}

/** Text with Windows and old Mac line ends made `\n`. */
export function withUnixLineEnds(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

/** Text on one line, with runs of white space made one space. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** `text` cut to at most `limit` characters at a word boundary, ending in an ellipsis when cut. */
export function shortened(text: string, limit: number): string {
  if (text.length <= limit) return text;
  let end = limit - 1;
  const lastSpace = text.lastIndexOf(' ', end);
  if (lastSpace > limit / 2) end = lastSpace;
  // Never split a surrogate pair.
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return `${text.slice(0, end).trimEnd()}…`;
}

const sentenceEnd = /[.!?\u2026]['"\u2019\u201d]?[\])]*\s+/;

/** The first sentence of one line and the rest of it: "Shipped v2. It went well" → ["Shipped v2.", "It went well"]. */
export function splitFirstSentence(line: string): [string, string] {
  const match = sentenceEnd.exec(line);
  if (!match) return [line.trim(), ''];
  const end = match.index + match[0].length;
  return [line.slice(0, end).trim(), line.slice(end).trim()];
}

/**
 * `text` without the run of `characters` it ends with. A loop, because a pattern like `/[.:]+$/`
 * backtracks over every long run of those characters inside the text.
 */
export function withoutTrailing(text: string, characters: string): string {
  let end = text.length;
  while (end > 0 && characters.includes(text.charAt(end - 1))) end -= 1;
  return text.slice(0, end);
}

/** `Title` for `Title ##`: an ATX heading's optional closing marks, found without a backtracking pattern. */
export function withoutClosingHashes(text: string): string {
  const trimmed = text.trimEnd();
  let start = trimmed.length;
  while (start > 0 && trimmed.charAt(start - 1) === '#') start -= 1;
  return start < trimmed.length && (start === 0 || /\s/.test(trimmed.charAt(start - 1))) ? trimmed.slice(0, start) : trimmed;
}

/** A title made from a body's first non-blank line, without its heading, list or quote marker. */
function titleFromBody(body: string): string {
  const firstLine = /\S[^\n]*/.exec(body)?.[0] ?? '';
  return oneLine(firstLine.replace(/^(?:>\s*)*(?:#{1,6}\s+|[-*+]\s+|\d+[.)]\s+)?/, ''));
}

/** A body without leading blank lines or trailing white space; the first line keeps its indent. */
function tidyBody(body: string): string {
  return withUnixLineEnds(body)
    .replace(/^(?:[ \t]*\n)+/, '')
    .trimEnd();
}

/** A tag without its tag symbol, trimmed, on one line and lower-case; '' when nothing is left. */
export function normalizedTag(tag: string): string {
  return oneLine(tag.replace(/^\s*[@#]+/, '')).toLowerCase();
}

/** What a whole import left out or assumed, counted across its entries for the notes. */
export interface ImportTally {
  emptyEntries: number;
  shortenedTitles: number;
  droppedLongTags: number;
  droppedExtraTags: number;
}

export function newImportTally(): ImportTally {
  return { emptyEntries: 0, shortenedTitles: 0, droppedLongTags: 0, droppedExtraTags: 0 };
}

/** Notes for the user about what the tally counted. */
export function tallyNotes(tally: ImportTally): string[] {
  const notes: string[] = [];
  if (tally.emptyEntries > 0) {
    notes.push(`${counted(tally.emptyEntries, 'entry has', 'entries have')} no text and will not be imported.`);
  }
  if (tally.shortenedTitles > 0) {
    notes.push(
      `${counted(tally.shortenedTitles, 'title was', 'titles were')} longer than ${importLimits.title} characters and shortened; the full text starts the entry.`,
    );
  }
  if (tally.droppedLongTags > 0) {
    notes.push(`${counted(tally.droppedLongTags, 'tag was', 'tags were')} longer than ${importLimits.tag} characters and left out.`);
  }
  if (tally.droppedExtraTags > 0) {
    notes.push(`${counted(tally.droppedExtraTags, 'tag was', 'tags were')} left out: an entry may have at most ${importLimits.tags} tags.`);
  }
  return notes;
}

/** Tags made lower-case and unique, within the limits; what is left out is tallied. */
function normalizedTags(tags: readonly string[], tally: ImportTally): string[] {
  const unique = new Set<string>();
  for (const raw of tags) {
    const tag = normalizedTag(raw);
    if (tag === '' || unique.has(tag)) continue;
    if (tag.length > importLimits.tag) {
      tally.droppedLongTags += 1;
    } else if (unique.size >= importLimits.tags) {
      tally.droppedExtraTags += 1;
    } else {
      unique.add(tag);
    }
  }
  return [...unique];
}

/** An entry as a parser read it, before titles, bodies and tags are brought within the limits. */
export interface CandidateDraft {
  /** Already checked by the parser with `isLocalDate`. */
  occurredOn: string;
  time: string | null;
  /** The source's title; '' to make one from the body. */
  title: string;
  body: string;
  tags: readonly string[];
  starred: boolean;
  sourceId: string | null;
}

export type CandidateOutcome = { kind: 'candidate'; candidate: ImportCandidate } | { kind: 'empty' } | { kind: 'problem'; problem: string };

/**
 * The candidate for a draft. An empty title is made from the body's first line; a title over the
 * limit is shortened with an ellipsis and its full text starts the body, so nothing is lost. A body
 * over the limit, or nested deeper than Markdown may be, is a problem, never cut: `bodyName`
 * ("Entry 12's text") names it in the message.
 * The parser has already checked the date.
 * A draft with neither title nor body is empty.
 */
export function candidateFromDraft(draft: CandidateDraft, bodyName: string, tally: ImportTally): CandidateOutcome {
  let body = tidyBody(draft.body);
  let title = oneLine(draft.title);
  if (title === '') title = titleFromBody(body);
  if (title === '') {
    tally.emptyEntries += 1;
    return { kind: 'empty' };
  }
  if (title.length > importLimits.title) {
    body = body === '' ? title : `${title}\n\n${body}`;
    title = shortened(title, importLimits.title);
    tally.shortenedTitles += 1;
  }
  if (body.length > importLimits.body) {
    return { kind: 'problem', problem: `${bodyName} is longer than ${describedNumber(importLimits.body)} characters.` };
  }
  // Bodies are shown as Markdown, whose renderer recurses once per level of quotes and lists.
  const depth = markdownDepth(body);
  if (depth > maximumNestingDepth) return { kind: 'problem', problem: tooDeeplyNestedProblem(depth, bodyName, 'text') };
  return {
    kind: 'candidate',
    candidate: {
      occurredOn: draft.occurredOn,
      time: draft.time !== null && isLocalTime(draft.time) ? draft.time : null,
      title,
      body,
      tags: normalizedTags(draft.tags, tally),
      starred: draft.starred,
      sourceId: draft.sourceId,
    },
  };
}

/** The successful result, with the tally's notes after the parser's own. */
export function parsedImport(
  format: ImportFormat,
  candidates: ImportCandidate[],
  tally: ImportTally,
  notes: readonly string[] = [],
): ImportParseResult {
  return { ok: true, format, candidates, notes: [...notes, ...tallyNotes(tally)] };
}

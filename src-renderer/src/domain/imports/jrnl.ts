/**
 * Reads jrnl (jrnl.sh) journals: the JSON that `jrnl --format json` writes, and jrnl's own plain-text
 * journal file, in which every entry starts with a line like `[2026-03-04 09:15] Title`.
 */
import { isLocalDate } from '../dates';
import {
  candidateFromDraft,
  describedNumber,
  fileTooLargeProblem,
  isRecord,
  isTextTooLarge,
  markdownNestingProblem,
  newImportTally,
  parsedImport,
  quoted,
  readJson,
  splitFirstSentence,
  tooManyEntriesProblem,
  withUnixLineEnds,
  withoutTrailing,
} from './importText';
import type { CandidateDraft } from './importText';
import type { ImportCandidate, ImportParseResult } from './importTypes';

const notJrnlJson: ImportParseResult = { ok: false, problem: 'This is not a jrnl JSON export.' };

/** The entries of a journal export, or of a one-entry file (`--file` into a folder); null for other shapes. */
function jrnlJsonEntries(value: unknown): unknown[] | null {
  if (!isRecord(value)) return null;
  if (!('entries' in value)) return typeof value.date === 'string' && ('title' in value || 'body' in value) ? [value] : null;
  if (!Array.isArray(value.entries)) return null;
  const entries: unknown[] = value.entries;
  const first = entries[0];
  if (first !== undefined && !(isRecord(first) && ('date' in first || 'title' in first || 'body' in first))) return null;
  return entries;
}

/** `09:15` for `9:15` or `09:15:30`; null when it is not a time. */
function jrnlTime(value: string): string | null {
  const match = /^(\d{1,2}):([0-5]\d)(?::[0-5]\d)?$/.exec(value);
  if (!match || Number(match[1]) > 23) return null;
  return `${match[1]?.padStart(2, '0')}:${match[2]}`;
}

/** One exported entry as a draft, or the problem with it. Unknown fields (`creator`, …) are ignored. */
function jrnlJsonDraft(raw: unknown, position: number): CandidateDraft | string {
  const entry = `Entry ${position}`;
  if (!isRecord(raw)) return `${entry} is not written as an object with a date, a title and a body.`;
  const { date, time, title = '', body = '', tags = [], starred = false, uuid = null } = raw;
  if (date === undefined) return `${entry} has no date.`;
  if (typeof date !== 'string' || !isLocalDate(date)) {
    return `${entry} has the date '${quoted(date)}', which is not a calendar date written YYYY-MM-DD.`;
  }
  let localTime: string | null = null;
  if (time !== undefined && time !== null) {
    localTime = typeof time === 'string' ? jrnlTime(time) : null;
    if (localTime === null) return `${entry} has the time '${quoted(time)}', which is not a time written HH:MM.`;
  }
  if (typeof title !== 'string') return `${entry} has a title that is not text.`;
  if (typeof body !== 'string') return `${entry} has a body that is not text.`;
  if (!Array.isArray(tags) || !tags.every((tag) => typeof tag === 'string')) {
    return `${entry} has tags that are not a list of text.`;
  }
  if (typeof starred !== 'boolean') return `${entry} has a starred mark that is not true or false.`;
  if (uuid !== null && (typeof uuid !== 'string' || uuid.length > 200)) return `${entry} has a uuid that is not a short text.`;
  return { occurredOn: date, time: localTime, title, body, tags, starred, sourceId: uuid === '' ? null : uuid };
}

/**
 * Reads the JSON that `jrnl --format json` writes: `{ tags, entries: [{ title, body, date, time,
 * tags, starred }] }`, newer versions adding `uuid` (used as the source id) and `creator`.
 */
export function parseJrnlJson(text: string): ImportParseResult {
  if (isTextTooLarge(text)) return { ok: false, problem: fileTooLargeProblem };
  const json = readJson(text, 'a jrnl JSON export');
  if (!json.ok) return { ok: false, problem: json.problem };
  const entries = jrnlJsonEntries(json.value);
  if (entries === null) return notJrnlJson;
  const tooMany = tooManyEntriesProblem(entries.length);
  if (tooMany !== null) return { ok: false, problem: tooMany };
  const tally = newImportTally();
  const candidates: ImportCandidate[] = [];
  for (const [index, raw] of entries.entries()) {
    const draft = jrnlJsonDraft(raw, index + 1);
    if (typeof draft === 'string') return { ok: false, problem: draft };
    const outcome = candidateFromDraft(draft, `Entry ${index + 1}'s body`, tally);
    if (outcome.kind === 'problem') return { ok: false, problem: outcome.problem };
    if (outcome.kind === 'candidate') candidates.push(outcome.candidate);
  }
  return parsedImport('jrnl-json', candidates, tally);
}

/**
 * An entry's first line. jrnl 2 and later write `[2026-03-04 09:15] Title`; jrnl 1 wrote it without
 * the brackets. Seconds and a 12-hour clock (`09:15 AM`) are accepted for journals with another
 * `timeformat`; a bracketed date may stand alone. A `*` right after the date marks a starred entry.
 */
const bracketedHeader = /^\[(\d{4}-\d{2}-\d{2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?(?: ?([AaPp][Mm]))?)?\](\*?)(?:[ \t]+(.*))?$/;
const unbracketedHeader = /^(\d{4}-\d{2}-\d{2})[ T](\d{1,2}):(\d{2})(?::(\d{2}))?(?: ?([AaPp][Mm]))?(\*?)(?:[ \t]+(.*))?$/;

interface JrnlHeader {
  line: number;
  date: string;
  time: string | null;
  isStarred: boolean;
  text: string;
}

/** The header on one line, null when the line is not one, or the problem with a header's date or time. */
function jrnlHeader(line: string, lineNumber: number, pattern: RegExp): JrnlHeader | null | string {
  const match = pattern.exec(line);
  if (!match) return null;
  const [, date = '', hour, minute, second, meridiem, star = '', text = ''] = match;
  if (!isLocalDate(date)) return `Line ${lineNumber} starts an entry dated ${date}, which is not a calendar date.`;
  let time: string | null = null;
  if (hour !== undefined && minute !== undefined) {
    let hours = Number(hour);
    const isTwelveHour = meridiem !== undefined;
    const isValid = (isTwelveHour ? hours >= 1 && hours <= 12 : hours <= 23) && Number(minute) <= 59 && Number(second ?? 0) <= 59;
    if (!isValid) {
      const written = `${hour}:${minute}${second === undefined ? '' : `:${second}`}${isTwelveHour ? ` ${meridiem}` : ''}`;
      return `Line ${lineNumber} starts an entry at ${written}, which is not a time of day.`;
    }
    if (isTwelveHour) hours = (hours % 12) + (meridiem.toLowerCase() === 'pm' ? 12 : 0);
    time = `${String(hours).padStart(2, '0')}:${minute}`;
  }
  return { line: lineNumber, date, time, isStarred: star === '*', text };
}

/** A title line ending in a star jrnl wrote (` *`), but not emphasis such as `**v2**`. */
function endsWithStar(text: string): boolean {
  if (!text.endsWith('*')) return false;
  return text === '*' || /\s\*$/.test(text) || (text.match(/\*/g)?.length ?? 0) % 2 === 1;
}

const tagPattern = /(?<!\S)@([\p{L}\p{N}_][-+*#/\p{L}\p{N}_]*)/gu;

/** jrnl's `@tags` in an entry's text, without the `@` and the punctuation that may follow them. */
function jrnlTags(text: string): string[] {
  return [...text.matchAll(tagPattern)].map((match) => withoutTrailing(match[1] ?? '', '-+*#/'));
}

/** An entry's header and the lines after it, as a draft. */
function jrnlTextDraft(header: JrnlHeader, lines: readonly string[]): CandidateDraft {
  let headerText = header.text.trim();
  let isStarred = header.isStarred;
  if (endsWithStar(headerText)) {
    isStarred = true;
    headerText = headerText.slice(0, -1).trimEnd();
  }
  const [title, restOfLine] = splitFirstSentence(headerText);
  const following = lines.join('\n');
  const body = restOfLine === '' ? following : `${restOfLine}\n${following}`;
  return {
    occurredOn: header.date,
    time: header.time,
    title,
    body,
    tags: jrnlTags(`${title}\n${body}`),
    starred: isStarred,
    sourceId: null,
  };
}

/**
 * Reads jrnl's plain-text journal. Each entry starts with a dated line; the first sentence on it is
 * the title, and the rest of that line and the lines up to the next entry are the body, line breaks
 * kept. `@tags` anywhere become tags. When any line has jrnl 2's bracketed date, only bracketed lines
 * start entries, so a body line that begins with a date stays in its body.
 */
export function parseJrnlText(text: string): ImportParseResult {
  if (isTextTooLarge(text)) return { ok: false, problem: fileTooLargeProblem };
  const nestingProblem = markdownNestingProblem(text);
  if (nestingProblem !== null) return { ok: false, problem: nestingProblem };
  const lines = withUnixLineEnds(text.startsWith('\uFEFF') ? text.slice(1) : text).split('\n');
  const pattern = lines.some((line) => line.startsWith('[') && bracketedHeader.test(line)) ? bracketedHeader : unbracketedHeader;
  const entries: { header: JrnlHeader; lines: string[] }[] = [];
  let hasPreamble = false;
  for (const [index, line] of lines.entries()) {
    const header = jrnlHeader(line, index + 1, pattern);
    if (typeof header === 'string') return { ok: false, problem: header };
    if (header !== null) {
      entries.push({ header, lines: [] });
      const tooMany = tooManyEntriesProblem(entries.length);
      if (tooMany !== null) return { ok: false, problem: tooMany };
    } else if (entries.length > 0) {
      entries[entries.length - 1]?.lines.push(line);
    } else {
      hasPreamble ||= line.trim() !== '';
    }
  }
  if (entries.length === 0 && hasPreamble) {
    return {
      ok: false,
      problem: 'This is not a jrnl journal: no line starts with a date and time such as [2026-03-04 09:15].',
    };
  }
  const tally = newImportTally();
  const candidates: ImportCandidate[] = [];
  for (const [index, entry] of entries.entries()) {
    const draft = jrnlTextDraft(entry.header, entry.lines);
    const outcome = candidateFromDraft(draft, `Entry ${index + 1}'s body (line ${describedNumber(entry.header.line)})`, tally);
    if (outcome.kind === 'problem') return { ok: false, problem: outcome.problem };
    if (outcome.kind === 'candidate') candidates.push(outcome.candidate);
  }
  const notes = hasPreamble ? ['The text before the first dated entry was not imported.'] : [];
  return parsedImport('jrnl-text', candidates, tally, notes);
}

/**
 * Reads Day One's JSON export, alone or in the `.zip` Day One writes: one `<Journal>.json` per
 * journal beside `photos/`, `videos/`, `audios/` and `pdfs/` folders. Media is never imported.
 */
import { strFromU8, unzipSync } from 'fflate';
import type { UnzipFileInfo, Unzipped } from 'fflate';
import { isLocalDate } from '../dates';
import { cleanDayOneMarkdown, dayOneTitle } from './dayOneMarkdown';
import {
  candidateFromDraft,
  counted,
  describedNumber,
  fileTooLargeProblem,
  isRecord,
  isTextTooLarge,
  newImportTally,
  parsedImport,
  quoted,
  readJson,
  tooManyEntriesProblem,
} from './importText';
import type { CandidateDraft, ImportTally } from './importText';
import { importLimits } from './importTypes';
import type { ImportCandidate, ImportParseResult } from './importTypes';

const notDayOneJson = 'This is not a Day One JSON export.';
const mediaFields = ['photos', 'videos', 'audios', 'pdfAttachments'] as const;

/** What reading one journal's entries found besides its candidates. */
interface DayOneJournal {
  entryCount: number;
  candidates: ImportCandidate[];
  mediaItems: number;
  entriesInUtc: number;
}

const creationDatePattern = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:(Z)|([+-])(\d{2}):?(\d{2}))$/;

/** The instant a Day One `creationDate` names (`2026-03-04T09:15:00Z`), in milliseconds; null when it is none. */
function creationInstant(value: string): number | null {
  const match = creationDatePattern.exec(value);
  if (!match) return null;
  const [, date = '', hour = '', minute = '', second = '0', utc, sign, offsetHours = '0', offsetMinutes = '0'] = match;
  if (!isLocalDate(date) || Number(hour) > 23 || Number(minute) > 59 || Number(second) > 59) return null;
  if (utc === undefined && (Number(offsetHours) > 23 || Number(offsetMinutes) > 59)) return null;
  const [year, month, day] = date.split('-').map(Number);
  const offset = (sign === '-' ? -1 : 1) * (Number(offsetHours) * 60 + Number(offsetMinutes));
  // Date.UTC reads the fields as UTC; the machine's own time zone never enters.
  return Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1, Number(hour), Number(minute), Number(second)) - offset * 60_000;
}

const zoneFormatters = new Map<string, Intl.DateTimeFormat | null>();

/** A formatter for the wall clock in `zone`, or null when the zone is unknown. */
function zoneFormatter(zone: string): Intl.DateTimeFormat | null {
  if (zone.length > 100) return null;
  let formatter = zoneFormatters.get(zone);
  if (formatter === undefined) {
    try {
      formatter = new Intl.DateTimeFormat('en-US', {
        timeZone: zone,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      });
    } catch {
      formatter = null;
    }
    zoneFormatters.set(zone, formatter);
  }
  return formatter;
}

/** The local date and time at `instant` in `zone` (UTC when the zone is missing or unknown). */
function wallClock(instant: number, zone: unknown): { date: string; time: string; isUtcFallback: boolean } {
  const zoned = typeof zone === 'string' ? zoneFormatter(zone) : null;
  const formatter = zoned ?? zoneFormatter('UTC');
  const parts = new Map((formatter?.formatToParts(instant) ?? []).map((part) => [part.type, part.value]));
  const part = (type: Intl.DateTimeFormatPartTypes): string => parts.get(type) ?? '';
  return {
    date: `${part('year').padStart(4, '0')}-${part('month')}-${part('day')}`,
    time: `${part('hour')}:${part('minute')}`,
    isUtcFallback: zoned === null,
  };
}

/** How many attachments an entry lists, and how many its text showed. */
function mediaCount(entry: Record<string, unknown>, referenced: number): number {
  const listed = mediaFields.reduce((sum, field) => {
    const list = entry[field];
    return sum + (Array.isArray(list) ? list.length : 0);
  }, 0);
  return Math.max(listed, referenced);
}

/** One Day One entry as a draft, or the problem with it. */
function dayOneDraft(raw: unknown, position: number): { draft: CandidateDraft; media: number; isUtcFallback: boolean } | string {
  const entry = `Entry ${position}`;
  if (!isRecord(raw)) return `${entry} is not written as an object with a creation date and text.`;
  const { creationDate, timeZone, text = '', tags = [], starred = false, uuid = null } = raw;
  if (creationDate === undefined) return `${entry} has no creation date.`;
  const instant = typeof creationDate === 'string' ? creationInstant(creationDate) : null;
  if (instant === null) {
    return `${entry} has the creation date '${quoted(creationDate)}', which is not a date and time such as 2026-03-04T09:15:00Z.`;
  }
  const clock = wallClock(instant, timeZone);
  if (!isLocalDate(clock.date)) return `${entry} has the creation date '${quoted(creationDate)}', which is out of range.`;
  if (text !== null && typeof text !== 'string') return `${entry} has text that is not written as text.`;
  if (!Array.isArray(tags) || !tags.every((tag) => typeof tag === 'string')) return `${entry} has tags that are not a list of text.`;
  if (typeof starred !== 'boolean') return `${entry} has a starred mark that is not true or false.`;
  if (uuid !== null && (typeof uuid !== 'string' || uuid.length > 200)) return `${entry} has a uuid that is not a short text.`;
  // Cleaning only removes media references and escapes, so text twice the limit can never fit.
  if (typeof text === 'string' && text.length > 2 * importLimits.body) {
    return `${entry}'s text is longer than ${describedNumber(importLimits.body)} characters.`;
  }
  const { markdown, removedMedia } = cleanDayOneMarkdown(typeof text === 'string' ? text : '');
  // The first line is the title (Day One shows it so); the rest is the body.
  const content = markdown.replace(/^\s*\n/, '');
  const lineEnd = content.indexOf('\n');
  const firstLine = lineEnd === -1 ? content : content.slice(0, lineEnd);
  const rest = lineEnd === -1 ? '' : content.slice(lineEnd + 1);
  return {
    draft: {
      occurredOn: clock.date,
      time: clock.time,
      title: dayOneTitle(firstLine),
      body: rest,
      tags,
      starred,
      sourceId: uuid === '' ? null : uuid,
    },
    media: mediaCount(raw, removedMedia),
    isUtcFallback: clock.isUtcFallback,
  };
}

/** The entries of one Day One journal, or the problem with it. `earlierEntries` counts other journals in the same zip. */
function readDayOneJournal(value: unknown, tally: ImportTally, earlierEntries = 0): DayOneJournal | string {
  if (!isRecord(value) || !Array.isArray(value.entries)) return notDayOneJson;
  const entries: unknown[] = value.entries;
  const first = entries[0];
  if (first !== undefined && !(isRecord(first) && ('creationDate' in first || 'uuid' in first))) return notDayOneJson;
  const tooMany = tooManyEntriesProblem(earlierEntries + entries.length);
  if (tooMany !== null) return tooMany;
  const journal: DayOneJournal = { entryCount: entries.length, candidates: [], mediaItems: 0, entriesInUtc: 0 };
  for (const [index, raw] of entries.entries()) {
    const read = dayOneDraft(raw, index + 1);
    if (typeof read === 'string') return read;
    journal.mediaItems += read.media;
    const outcome = candidateFromDraft(read.draft, `Entry ${index + 1}'s text`, tally);
    if (outcome.kind === 'problem') return outcome.problem;
    if (outcome.kind === 'candidate') {
      journal.candidates.push(outcome.candidate);
      if (read.isUtcFallback) journal.entriesInUtc += 1;
    }
  }
  return journal;
}

function attachmentsNote(mediaItems: number): string[] {
  return mediaItems === 0
    ? []
    : [
        `${counted(mediaItems, 'photo, video or other attachment was', 'photos, videos and other attachments were')} skipped: media is not imported.`,
      ];
}

function utcNote(entriesInUtc: number): string[] {
  return entriesInUtc === 0
    ? []
    : [
        `${counted(entriesInUtc, 'entry has', 'entries have')} no known time zone; ${entriesInUtc === 1 ? 'its date is' : 'their dates are'} taken in UTC.`,
      ];
}

/**
 * Reads the JSON of a Day One export: `{ metadata, entries: [{ uuid, creationDate, timeZone, text,
 * tags, starred, photos, … }] }`. Each entry is dated in its own time zone; its text's first line is
 * the title. Media references are removed and counted in a note.
 */
export function parseDayOneJson(text: string): ImportParseResult {
  if (isTextTooLarge(text)) return { ok: false, problem: fileTooLargeProblem };
  const json = readJson(text, 'a Day One export');
  if (!json.ok) return { ok: false, problem: json.problem };
  const tally = newImportTally();
  const journal = readDayOneJournal(json.value, tally);
  if (typeof journal === 'string') return { ok: false, problem: journal };
  return parsedImport('day-one-json', journal.candidates, tally, [
    ...attachmentsNote(journal.mediaItems),
    ...utcNote(journal.entriesInUtc),
  ]);
}

const mediaFolders = new Set(['photos', 'videos', 'audios', 'pdfs']);

/** What a zip member is: a journal's JSON at the top (or inside one wrapping folder), media, or anything else. */
function zipMemberKind(name: string): 'journal' | 'media' | 'other' {
  if (name.endsWith('/') || name.startsWith('__MACOSX/')) return 'other';
  const segments = name.split('/');
  if (segments.slice(0, -1).some((segment) => mediaFolders.has(segment.toLowerCase()))) return 'media';
  const fileName = segments.at(-1) ?? '';
  return segments.length <= 2 && !fileName.startsWith('.') && fileName.toLowerCase().endsWith('.json') ? 'journal' : 'other';
}

/**
 * Reads the `.zip` Day One exports. Only the journals' JSON is unpacked: media is filtered out by
 * name before it is inflated, and the JSON's unpacked size is checked from the archive's directory
 * first, so a zip bomb is refused without inflating it. (fflate writes into a buffer of exactly the
 * declared size, so a member that lies about its size cannot grow past it either.)
 */
export function parseDayOneZip(bytes: Uint8Array): ImportParseResult {
  if (bytes.length > importLimits.maximumFileBytes) return { ok: false, problem: fileTooLargeProblem };
  let journalBytes = 0;
  let mediaFiles = 0;
  let isTooLarge = false;
  const accept = (file: UnzipFileInfo): boolean => {
    const kind = zipMemberKind(file.name);
    if (kind === 'media') mediaFiles += 1;
    if (kind !== 'journal' || isTooLarge) return false;
    journalBytes += file.originalSize;
    isTooLarge = journalBytes > importLimits.maximumFileBytes;
    return !isTooLarge;
  };
  let files: Unzipped;
  try {
    files = unzipSync(bytes, { filter: accept });
  } catch {
    return { ok: false, problem: 'The file is not a readable zip archive: it may be damaged or not a Day One export.' };
  }
  if (isTooLarge) {
    return { ok: false, problem: 'The journals in this zip would be larger than 64 MB unpacked, the most an import may be.' };
  }
  const names = Object.keys(files).sort();
  if (names.length === 0) {
    return {
      ok: false,
      problem: 'This zip has no Day One journal in it: a Day One export holds a journal’s .json file beside its photos folder.',
    };
  }
  const tally = newImportTally();
  const candidates: ImportCandidate[] = [];
  let entryCount = 0;
  let mediaItems = 0;
  let entriesInUtc = 0;
  for (const name of names) {
    const label = `“${name.split('/').at(-1) ?? name}”`;
    const json = readJson(strFromU8(files[name] ?? new Uint8Array()), 'a Day One journal');
    if (!json.ok) {
      return {
        ok: false,
        problem: json.isTooDeep ? `In ${label}: ${json.problem}` : `${label} in the zip is not valid JSON: it may be truncated or damaged.`,
      };
    }
    const journal = readDayOneJournal(json.value, tally, entryCount);
    if (journal === notDayOneJson) return { ok: false, problem: `${label} in the zip is not a Day One journal.` };
    if (typeof journal === 'string') return { ok: false, problem: `In ${label}: ${journal}` };
    // A loop, not push(...spread): a spread of 100,000 arguments can overflow the stack.
    for (const candidate of journal.candidates) candidates.push(candidate);
    entryCount += journal.entryCount;
    mediaItems += journal.mediaItems;
    entriesInUtc += journal.entriesInUtc;
  }
  const mediaNotes =
    mediaFiles > 0
      ? [`${counted(mediaFiles, 'media file was', 'media files were')} skipped: photos, videos and audio are not imported.`]
      : attachmentsNote(mediaItems);
  return parsedImport('day-one-zip', candidates, tally, [...mediaNotes, ...utcNote(entriesInUtc)]);
}

/**
 * Reads Day One's JSON export, alone or in the `.zip` Day One writes: one `<Journal>.json` per
 * journal beside `photos/`, `videos/`, `audios/` and `pdfs/` folders. From a zip, photos and PDFs
 * come with their entries (see `dayOneMedia.ts`); videos and audio are never imported.
 */
import { strFromU8, unzipSync } from 'fflate';
import type { UnzipFileInfo, Unzipped } from 'fflate';
import { isLocalDate } from '../dates';
import { cleanDayOneMarkdown, dayOneTitle } from './dayOneMarkdown';
import { dayOneMediaNotes, entryMediaPlacer, mediaFolders, readDayOneMedia, zipMediaMember } from './dayOneMedia';
import type { DayOneMedia, ZipMediaMember } from './dayOneMedia';
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

/** A line that only shows files (placeholders `importMedia.ts` writes), which can be no title. */
const placedFiles = /!\[(?:\\.|[^\\[\]\n]){0,2000}\]\(attachment:pending-\d{56}\)/g;

/**
 * The first line of text that is not only files, as the title (Day One shows it so), and the rest
 * as the body: files shown before or in that line open the body, in their order.
 */
function titleAndBody(markdown: string): { firstLine: string; rest: string } {
  const lines = markdown.split('\n');
  const titleIndex = lines.findIndex((line) => line.replace(placedFiles, '').trim() !== '');
  if (titleIndex === -1) return { firstLine: '', rest: markdown };
  const pulled: string[] = [];
  const firstLine = (lines[titleIndex] ?? '').replace(placedFiles, (placed) => {
    pulled.push(placed);
    return '';
  });
  const before = lines.slice(0, titleIndex);
  const files = pulled.length > 0 ? [pulled.join(' ')] : [];
  return { firstLine, rest: [...before, ...files, ...lines.slice(titleIndex + 1)].join('\n') };
}

/** A Day One entry read as a draft, with what its text and lists counted. */
interface DayOneDraft {
  draft: CandidateDraft;
  /** Media references removed (a JSON export holds no files). */
  removed: number;
  /** Positions in the zip's files of the entry's photos and PDFs. */
  files: number[];
  /** Sentences about the entry's files that failed their checks. */
  problems: string[];
  isUtcFallback: boolean;
}

/** One Day One entry as a draft, or the problem with it. With `media` (a zip's), its photos and PDFs are placed. */
function dayOneDraft(raw: unknown, position: number, media?: DayOneMedia): DayOneDraft | string {
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
  const placer = media && entryMediaPlacer(media, raw);
  const { markdown, removedMedia } = cleanDayOneMarkdown(typeof text === 'string' ? text : '', placer?.place);
  const placed = placer?.finish() ?? { media: [], problems: [] };
  const { firstLine, rest } = titleAndBody(markdown);
  let title = dayOneTitle(firstLine);
  const first = placed.media[0] === undefined ? undefined : media?.files[placed.media[0]];
  // An entry of photos alone (Day One has many) is named for them rather than left out as empty.
  if (title === '' && first) title = first.mediaType === 'application/pdf' ? 'PDF' : 'Photo';
  return {
    draft: {
      occurredOn: clock.date,
      time: clock.time,
      title,
      body: rest,
      tags,
      starred,
      sourceId: uuid === '' ? null : uuid,
    },
    removed: media ? 0 : mediaCount(raw, removedMedia),
    files: placed.media,
    problems: placed.problems,
    isUtcFallback: clock.isUtcFallback,
  };
}

/** The entries of a Day One journal, or null when `value` is not one. */
function journalEntries(value: unknown): unknown[] | null {
  if (!isRecord(value) || !Array.isArray(value.entries)) return null;
  const entries: unknown[] = value.entries;
  const first = entries[0];
  return first === undefined || (isRecord(first) && ('creationDate' in first || 'uuid' in first)) ? entries : null;
}

/**
 * The entries of one Day One journal, or the problem with it. `earlierEntries` counts other
 * journals in the same zip; `media` holds the zip's photos and PDFs.
 */
function readDayOneJournal(value: unknown, tally: ImportTally, earlierEntries = 0, media?: DayOneMedia): DayOneJournal | string {
  const entries = journalEntries(value);
  if (entries === null) return notDayOneJson;
  const tooMany = tooManyEntriesProblem(earlierEntries + entries.length);
  if (tooMany !== null) return tooMany;
  const journal: DayOneJournal = { entryCount: entries.length, candidates: [], mediaItems: 0, entriesInUtc: 0 };
  for (const [index, raw] of entries.entries()) {
    const read = dayOneDraft(raw, index + 1, media);
    if (typeof read === 'string') return read;
    journal.mediaItems += read.removed;
    const outcome = candidateFromDraft(read.draft, `Entry ${index + 1}'s text`, tally);
    if (outcome.kind === 'problem') return outcome.problem;
    if (outcome.kind === 'candidate') {
      const { candidate } = outcome;
      journal.candidates.push(read.files.length > 0 ? { ...candidate, media: read.files } : candidate);
      for (const problem of read.problems) media?.failures.push(`In “${candidate.title}”: ${problem}`);
      if (read.isUtcFallback) journal.entriesInUtc += 1;
    }
  }
  return journal;
}

function attachmentsNote(mediaItems: number): string[] {
  return mediaItems === 0
    ? []
    : [
        `${counted(mediaItems, 'photo, video or other attachment was', 'photos, videos and other attachments were')} skipped: a JSON file does not hold them. Import Day One’s zip export to bring its photos and PDFs.`,
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
 * the title. Media references are removed and counted in a note: the files are only in the zip.
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

/** What a zip member is: a journal's JSON at the top (or inside one wrapping folder), media, or anything else. */
function zipMemberKind(name: string): 'journal' | 'media' | 'other' {
  if (name.endsWith('/') || name.startsWith('__MACOSX/')) return 'other';
  const segments = name.split('/');
  if (segments.slice(0, -1).some((segment) => mediaFolders.has(segment.toLowerCase()))) return 'media';
  const fileName = segments.at(-1) ?? '';
  return segments.length <= 2 && !fileName.startsWith('.') && fileName.toLowerCase().endsWith('.json') ? 'journal' : 'other';
}

/** A journal's JSON in the zip, parsed, or the problem with it. */
function readZipJournal(name: string, data: Uint8Array | undefined): { label: string; value: unknown } | string {
  const label = `“${name.split('/').at(-1) ?? name}”`;
  const json = readJson(strFromU8(data ?? new Uint8Array()), 'a Day One journal');
  if (!json.ok) {
    return json.isTooDeep ? `In ${label}: ${json.problem}` : `${label} in the zip is not valid JSON: it may be truncated or damaged.`;
  }
  return journalEntries(json.value) === null ? `${label} in the zip is not a Day One journal.` : { label, value: json.value };
}

/**
 * Reads the `.zip` Day One exports. The journals' JSON is unpacked first, with media filtered out
 * by name before it is inflated, and its unpacked size checked from the archive's directory, so a
 * zip bomb is refused without inflating it. (fflate writes into a buffer of exactly the declared
 * size, so a member that lies about its size cannot grow past it either.) Then the photos and PDFs
 * the entries list are unpacked, within a budget of their own (`readDayOneMedia`), and returned as
 * `media`; each entry's `media` points at its files, and its text shows them where Day One did.
 */
export function parseDayOneZip(bytes: Uint8Array): ImportParseResult {
  if (bytes.length > importLimits.maximumFileBytes) return { ok: false, problem: fileTooLargeProblem };
  let journalBytes = 0;
  const mediaMembers: ZipMediaMember[] = [];
  let isTooLarge = false;
  const accept = (file: UnzipFileInfo): boolean => {
    const kind = zipMemberKind(file.name);
    if (kind === 'media') mediaMembers.push(zipMediaMember(file));
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
  // Every journal is read before any entry: an entry may show a photo that another entry lists.
  const journals: { label: string; value: unknown }[] = [];
  for (const name of names) {
    const journal = readZipJournal(name, files[name]);
    if (typeof journal === 'string') return { ok: false, problem: journal };
    journals.push(journal);
  }
  const media = readDayOneMedia(
    bytes,
    mediaMembers,
    journals.flatMap((journal) => journalEntries(journal.value) ?? []),
  );
  if (typeof media === 'string') return { ok: false, problem: media };
  const tally = newImportTally();
  const candidates: ImportCandidate[] = [];
  let entryCount = 0;
  let entriesInUtc = 0;
  for (const { label, value } of journals) {
    const journal = readDayOneJournal(value, tally, entryCount, media);
    if (typeof journal === 'string') return { ok: false, problem: `In ${label}: ${journal}` };
    // A loop, not push(...spread): a spread of 100,000 arguments can overflow the stack.
    for (const candidate of journal.candidates) candidates.push(candidate);
    entryCount += journal.entryCount;
    entriesInUtc += journal.entriesInUtc;
  }
  const parsed = parsedImport('day-one-zip', candidates, tally, [...dayOneMediaNotes(media), ...utcNote(entriesInUtc)]);
  return parsed.ok ? { ...parsed, media: media.files } : parsed;
}

/*
 * A Day One zip's photos and PDFs. Each entry lists its files (`photos`, `pdfAttachments`,
 * `videos`, `audios`: `{ identifier, md5, type }`) and its text shows them by identifier
 * (`![](dayone-moment://<identifier>)`, `dayone-moment:/pdfAttachment/<identifier>`); the zip holds
 * each file once, named by its MD5 (`photos/<md5>.jpeg`, `pdfs/<md5>.pdf`). Photos and PDFs are
 * unpacked and checked exactly as a file the user attaches; videos and audio are not imported.
 */
import { unzipSync } from 'fflate';
import type { UnzipFileInfo, Unzipped } from 'fflate';
import { checkAttachmentContents, checkAttachmentSize, cleanFileName, describeBytes } from '../attachments/attachmentChecks';
import { counted } from '../counted';
import type { DayOneMediaReference, PlaceDayOneMedia } from './dayOneMarkdown';
import { isRecord } from './importText';
import { pendingMediaMarkdown } from './importMedia';
import { importLimits } from './importTypes';
import type { ImportMediaFile } from './importTypes';

type MediaKind = DayOneMediaReference['kind'];

/** The list in an entry that names each kind of file, and the zip folder that holds it. */
const mediaLists = [
  { field: 'photos', kind: 'photo', folder: 'photos' },
  { field: 'pdfAttachments', kind: 'pdf', folder: 'pdfs' },
  { field: 'videos', kind: 'video', folder: 'videos' },
  { field: 'audios', kind: 'audio', folder: 'audios' },
] as const;

/** The folders of media in a Day One zip. */
export const mediaFolders = new Set<string>(mediaLists.map((list) => list.folder));

/** A media file in the zip's directory, before anything is inflated. */
export interface ZipMediaMember {
  name: string;
  /** The larger of its declared unpacked and packed sizes: what unpacking it can take at most. */
  declaredBytes: number;
  compression: number;
}

/** A media member as the zip's directory lists it. */
export function zipMediaMember(file: UnzipFileInfo): ZipMediaMember {
  return { name: file.name, declaredBytes: Math.max(file.size, file.originalSize), compression: file.compression };
}

/** `photos/<md5>` for `Export/photos/<md5>.jpeg`: how a listing finds its file. */
function memberKey(name: string): string | null {
  const segments = name.split('/');
  const folder = segments.at(-2)?.toLowerCase() ?? '';
  const fileName = segments.at(-1) ?? '';
  if (!mediaFolders.has(folder) || fileName === '') return null;
  const dot = fileName.lastIndexOf('.');
  return `${folder}/${(dot > 0 ? fileName.slice(0, dot) : fileName).toLowerCase()}`;
}

/** What became of one listed photo or PDF: its place in `files`, or why it was skipped. */
type Outcome = { index: number } | { problem: string; member: string };

/** The refusal when the media would unpack past the budget. */
export const mediaTooLargeProblem = `The photos and PDFs in this zip would be larger than ${describeBytes(importLimits.maximumMediaBytes)} unpacked, the most an import may bring in.`;

/** A zip's photos and PDFs, read, with what every entry's references come to and what was skipped. */
export interface DayOneMedia {
  /** Every file that passed its checks: what candidates' `media` point at. */
  files: ImportMediaFile[];
  /** What each placement found; entries add to it as they are read. */
  outcomes: Map<string, Outcome>;
  kinds: Map<string, MediaKind>;
  /** Identifiers of photos and PDFs whose file is not in the zip. */
  missing: Set<string>;
  /** Videos and audio files (by identifier, or by name when no entry lists them). */
  videosAndAudio: Set<string>;
  other: Set<string>;
  unlisted: number;
  tooMany: number;
  /** A sentence for each file that failed its checks, naming the entry it belongs to; each member once. */
  failures: string[];
  notedMembers: Set<string>;
}

/** Each listed file of every entry, by identifier: its kind and MD5 (the first listing wins). */
function listings(entries: readonly unknown[]): Map<string, { kind: MediaKind; folder: string; md5: string | null }> {
  const found = new Map<string, { kind: MediaKind; folder: string; md5: string | null }>();
  for (const entry of entries) {
    if (!isRecord(entry)) continue;
    for (const { field, kind, folder } of mediaLists) {
      const list = entry[field];
      if (!Array.isArray(list)) continue;
      for (const item of list) {
        if (!isRecord(item) || typeof item.identifier !== 'string' || item.identifier.length > 200) continue;
        const md5 = typeof item.md5 === 'string' && /^[0-9a-f]{32}$/i.test(item.md5) ? item.md5.toLowerCase() : null;
        if (!found.has(item.identifier)) found.set(item.identifier, { kind, folder, md5 });
      }
    }
  }
  return found;
}

/** A check's refusal in an import's words: the file is skipped, not the import. */
function skipped(problem: string): string {
  return `${problem.replace(/ Nothing was attached\.$/, '')} It was skipped.`;
}

/**
 * Unpacks `wanted` members: all in one pass, or, when one of them is damaged, one at a time so the
 * others are still read. The filter takes each name once and within its declared size, so a zip
 * that names a file twice (or lies about a size in one header) cannot unpack more than the budget.
 */
function unpack(zip: Uint8Array, wanted: ReadonlyMap<string, ZipMediaMember>): { files: Unzipped; damaged: Set<string> } {
  const filterFor = (names: ReadonlySet<string>) => {
    const taken = new Set<string>();
    return (file: UnzipFileInfo): boolean => {
      const member = wanted.get(file.name);
      if (!names.has(file.name) || taken.has(file.name) || member === undefined) return false;
      if (Math.max(file.size, file.originalSize) > member.declaredBytes) return false;
      taken.add(file.name);
      return true;
    };
  };
  try {
    return { files: unzipSync(zip, { filter: filterFor(new Set(wanted.keys())) }), damaged: new Set() };
  } catch {
    const files: Unzipped = {};
    const damaged = new Set<string>();
    for (const name of wanted.keys()) {
      try {
        Object.assign(files, unzipSync(zip, { filter: filterFor(new Set([name])) }));
      } catch {
        damaged.add(name);
      }
    }
    return { files, damaged };
  }
}

/**
 * Finds, checks and unpacks the photos and PDFs that `entries` (every journal's, together: an
 * entry may show a file another one lists) list, from the zip's `members`. Sizes are checked from
 * the directory before anything is inflated; a file too large, empty, of another kind than its name
 * says, an SVG or damaged is skipped with a sentence naming it. Returns the refusal when the files
 * together would unpack past `importLimits.maximumMediaBytes`.
 */
export function readDayOneMedia(zip: Uint8Array, members: readonly ZipMediaMember[], entries: readonly unknown[]): DayOneMedia | string {
  const media: DayOneMedia = {
    files: [],
    outcomes: new Map(),
    kinds: new Map(),
    missing: new Set(),
    videosAndAudio: new Set(),
    other: new Set(),
    unlisted: 0,
    tooMany: 0,
    failures: [],
    notedMembers: new Set(),
  };
  const byKey = new Map<string, ZipMediaMember>();
  for (const member of members) {
    const key = memberKey(member.name);
    if (key !== null && !byKey.has(key)) byKey.set(key, member);
  }
  const listed = listings(entries);
  const matched = new Set<string>();
  const wanted = new Map<string, ZipMediaMember>();
  const identifiersOf = new Map<string, string[]>();
  for (const [identifier, { kind, folder, md5 }] of listed) {
    media.kinds.set(identifier, kind);
    const member = md5 === null ? undefined : byKey.get(`${folder}/${md5}`);
    if (member) matched.add(member.name);
    if (kind === 'video' || kind === 'audio') {
      media.videosAndAudio.add(identifier);
      continue;
    }
    if (!member) {
      media.missing.add(identifier);
      continue;
    }
    identifiersOf.set(member.name, [...(identifiersOf.get(member.name) ?? []), identifier]);
    wanted.set(member.name, member);
  }
  for (const member of members) {
    if (matched.has(member.name)) continue;
    const folder = member.name.split('/').at(-2)?.toLowerCase();
    if (folder === 'videos' || folder === 'audios') media.videosAndAudio.add(`file:${member.name}`);
    else media.unlisted += 1;
  }
  const settle = (name: string, outcome: Outcome) => {
    for (const identifier of identifiersOf.get(name) ?? []) media.outcomes.set(identifier, outcome);
  };
  // Sizes from the directory first: a file too large is skipped, and the rest must fit the budget.
  let budget = 0;
  for (const member of wanted.values()) {
    const fileName = cleanFileName(member.name);
    const sizeProblem = checkAttachmentSize(fileName, member.declaredBytes);
    const packingProblem =
      member.compression === 0 || member.compression === 8 ? null : `“${fileName}” is packed in a way this app cannot unpack.`;
    const problem = sizeProblem ?? packingProblem;
    if (problem !== null) {
      settle(member.name, { problem: skipped(problem), member: member.name });
      wanted.delete(member.name);
    } else {
      budget += member.declaredBytes;
    }
  }
  if (budget > importLimits.maximumMediaBytes) return mediaTooLargeProblem;
  const { files, damaged } = unpack(zip, wanted);
  for (const name of [...wanted.keys()].sort()) {
    const fileName = cleanFileName(name);
    const bytes = files[name];
    if (damaged.has(name) || bytes === undefined) {
      settle(name, { problem: `“${fileName}” is damaged in the zip and could not be unpacked. It was skipped.`, member: name });
      continue;
    }
    const checked = checkAttachmentContents(fileName, '', bytes);
    if (!checked.ok) {
      settle(name, { problem: skipped(checked.problem), member: name });
      continue;
    }
    settle(name, { index: media.files.length });
    media.files.push({ fileName, mediaType: checked.mediaType, bytes, ...(checked.pixelSize ?? {}) });
  }
  return media;
}

/** How one entry's files are placed: in its text as they are shown, then those it lists but does not show. */
export interface EntryMediaPlacer {
  place: PlaceDayOneMedia;
  /** Ends the entry: its files' positions, and the problems of its files not yet noted. */
  finish: () => { media: number[]; problems: string[] };
}

/** Places the files of `entry`, whose text `cleanDayOneMarkdown` reads with `place`. */
export function entryMediaPlacer(media: DayOneMedia, entry: Record<string, unknown>): EntryMediaPlacer {
  const indexes: number[] = [];
  const problems: string[] = [];
  const take = (identifier: string): number | null => {
    const outcome = media.outcomes.get(identifier);
    if (outcome === undefined) {
      media.missing.add(identifier);
      return null;
    }
    if ('problem' in outcome) {
      if (!media.notedMembers.has(outcome.member)) {
        media.notedMembers.add(outcome.member);
        problems.push(outcome.problem);
      }
      return null;
    }
    if (indexes.includes(outcome.index)) return outcome.index;
    if (indexes.length >= importLimits.attachments) {
      media.tooMany += 1;
      return null;
    }
    indexes.push(outcome.index);
    return outcome.index;
  };
  const place: PlaceDayOneMedia = (reference) => {
    // What the entry lists decides the kind; the link's own form only when nothing lists it.
    const kind = media.kinds.get(reference.identifier) ?? reference.kind;
    if (kind === 'video' || kind === 'audio') {
      media.videosAndAudio.add(reference.identifier);
      return null;
    }
    if (kind === 'other') {
      media.other.add(reference.identifier);
      return null;
    }
    const index = take(reference.identifier);
    if (index === null) return null;
    return pendingMediaMarkdown(index, reference.caption.trim() || (kind === 'pdf' ? 'PDF' : 'Photo'));
  };
  const finish = () => {
    for (const { field } of mediaLists.slice(0, 2)) {
      const list = entry[field];
      if (!Array.isArray(list)) continue;
      for (const item of list) {
        if (isRecord(item) && typeof item.identifier === 'string') take(item.identifier);
      }
    }
    return { media: indexes, problems };
  };
  return { place, finish };
}

/** The notes of what the zip held and was not imported, after every entry was read. */
export function dayOneMediaNotes(media: DayOneMedia): string[] {
  const named = 10;
  const failures =
    media.failures.length > named
      ? [
          ...media.failures.slice(0, named),
          `${counted(media.failures.length - named, 'more file was', 'more files were')} skipped for reasons like these.`,
        ]
      : media.failures;
  const note = (count: number, text: string) => (count === 0 ? [] : [text]);
  return [
    ...failures,
    ...note(
      media.missing.size,
      `${counted(media.missing.size, 'photo or PDF was skipped: its file is', 'photos or PDFs were skipped: their files are')} not in the zip.`,
    ),
    ...note(
      media.videosAndAudio.size,
      `${counted(media.videosAndAudio.size, 'video or audio file was', 'videos or audio files were')} skipped: only photos and PDFs are imported.`,
    ),
    ...note(
      media.other.size,
      `${counted(media.other.size, 'other attachment was', 'other attachments were')} skipped: only photos and PDFs are imported.`,
    ),
    ...note(
      media.unlisted,
      `${counted(media.unlisted, 'media file was skipped: no entry lists it', 'media files were skipped: no entry lists them')}.`,
    ),
    ...note(
      media.tooMany,
      `${counted(media.tooMany, 'file was', 'files were')} skipped: an entry may have at most ${importLimits.attachments} attachments.`,
    ),
  ];
}

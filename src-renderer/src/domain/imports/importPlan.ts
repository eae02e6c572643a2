import { entriesFileFormat, parseEntriesFile } from '../entries/entriesFile';
import { emptyDraft } from '../entries/entryDraft';
import { newId } from '../ids';
import type { Entry, EntryKind, ScopeLevelId } from '../types';
import { parseBragDocument } from './bragDocument';
import { parseDayOneJson, parseDayOneZip } from './dayOne';
import type { ImportCandidate, ImportFormat, ImportMediaFile } from './importTypes';
import { importLimits } from './importTypes';
import { parseJrnlJson, parseJrnlText } from './jrnl';

/*
 * From a file the user chose to entries ready to write: which format it is, what it holds (the
 * preview), and — once the user has picked a default kind and scope — the entries themselves,
 * without any the journal already has. Pure, apart from hashing with WebCrypto.
 */

/** Every file "Import…" reads: other tools' exports, and Scope Journal's own entries file. */
export type ImportSource = ImportFormat | 'scope-journal-entries';

/** A file read and understood, before anything is written. */
export type ReadImport =
  /** `media`: the files a Day One zip brings, which candidates point at (see `importMedia.ts`). */
  | { ok: true; source: ImportSource; candidates: ImportCandidate[]; notes: string[]; entries: null; media?: ImportMediaFile[] }
  /** Scope Journal's own entries file carries whole entries, kinds and scopes included. */
  | { ok: true; source: 'scope-journal-entries'; candidates: null; notes: string[]; entries: Entry[] }
  | { ok: false; problem: string };

/** What the chooser offers; every format is also recognised by its content. */
export const importFileFilters = [
  { name: 'Journals and brag documents', extensions: ['json', 'zip', 'txt', 'md', 'markdown'] },
  { name: 'All files', extensions: ['*'] },
];

const sourceNames: Record<ImportSource, string> = {
  'jrnl-json': 'a jrnl JSON export',
  'jrnl-text': 'a jrnl journal',
  'day-one-json': 'a Day One JSON export',
  'day-one-zip': 'a Day One export (zip)',
  'brag-markdown': 'a brag document',
  'scope-journal-entries': 'a Scope Journal entries file',
};

/** "a Day One export (zip)", for the preview's heading. */
export function importSourceName(source: ImportSource): string {
  return sourceNames[source];
}

const isZip = (bytes: Uint8Array): boolean => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? '' : fileName.slice(dot + 1).toLowerCase();
}

/** Which JSON export this is, by its shape; null when none. */
function jsonKind(text: string): 'day-one' | 'jrnl' | 'entries' | 'backup' | null {
  // Sniffing the start is enough to choose a parser; the parser then checks the whole file.
  const head = text.slice(0, 4096);
  if (/"format"\s*:\s*"scope-journal-backup"/.test(head)) return 'backup';
  if (new RegExp(`"format"\\s*:\\s*"${entriesFileFormat}"`).test(head)) return 'entries';
  if (/"(creationDate|metadata)"\s*:/.test(head)) return 'day-one';
  if (/"(entries|tags)"\s*:/.test(head)) return 'jrnl';
  return null;
}

/**
 * Reads a chosen file: a zip is a Day One export; text must be UTF-8; JSON is told apart by its
 * shape, `.txt` is a jrnl journal, `.md` a brag document. Every problem is a sentence for an alert.
 */
export function readImportFile(fileName: string, bytes: Uint8Array, today: string): ReadImport {
  if (bytes.byteLength > importLimits.maximumFileBytes) {
    return { ok: false, problem: `The file is larger than ${importLimits.maximumFileBytes / 1024 / 1024} MB, the most an import may be.` };
  }
  if (bytes.byteLength === 0) return { ok: false, problem: 'The file is empty.' };
  if (isZip(bytes)) return withSource(parseDayOneZip(bytes));
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, problem: 'The file is not text (UTF-8), nor a zip archive: it is not a format Scope Journal imports.' };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const extension = extensionOf(fileName);
  const trimmed = text.trimStart();
  if (extension === 'json' || trimmed.startsWith('{')) {
    switch (jsonKind(trimmed)) {
      case 'backup':
        return { ok: false, problem: 'This is a Scope Journal backup: restore it with “Restore backup” instead.' };
      case 'entries': {
        const parsed = parseEntriesFile(text);
        return parsed.isValid
          ? { ok: true, source: 'scope-journal-entries', candidates: null, notes: [], entries: parsed.entries }
          : { ok: false, problem: parsed.problem };
      }
      case 'day-one':
        return withSource(parseDayOneJson(text));
      case 'jrnl':
        return withSource(parseJrnlJson(text));
      default:
        return { ok: false, problem: 'This JSON file is not a jrnl or Day One export, nor a Scope Journal entries file.' };
    }
  }
  if (extension === 'md' || extension === 'markdown') return withSource(parseBragDocument(text, { today }));
  if (extension === 'txt' || /^\[?\d{4}-\d{2}-\d{2}[ T]\d{1,2}:\d{2}/.test(trimmed)) return withSource(parseJrnlText(text));
  return withSource(parseBragDocument(text, { today }));
}

function withSource(result: ReturnType<typeof parseJrnlText>): ReadImport {
  if (!result.ok) return result;
  const read = { ok: true, source: result.format, candidates: result.candidates, notes: result.notes, entries: null } as const;
  return result.media === undefined ? read : { ...read, media: result.media };
}

/** What the preview shows before anything is written. */
export interface ImportPreview {
  count: number;
  /** First and last day, or null when the file holds nothing. */
  firstDay: string | null;
  lastDay: string | null;
  /** A few entries to recognise the file by: the first ones, in date order. */
  samples: { occurredOn: string; title: string; tags: string[]; starred: boolean }[];
}

export function previewImport(read: Extract<ReadImport, { ok: true }>, sampleCount = 5): ImportPreview {
  const rows = (read.candidates ?? read.entries).map((item) => ({
    occurredOn: item.occurredOn,
    title: item.title,
    tags: item.tags,
    starred: item.starred,
  }));
  const sorted = [...rows].sort((a, b) => a.occurredOn.localeCompare(b.occurredOn));
  return {
    count: rows.length,
    firstDay: sorted[0]?.occurredOn ?? null,
    lastDay: sorted.at(-1)?.occurredOn ?? null,
    samples: sorted.slice(0, sampleCount),
  };
}

const hexOf = (buffer: ArrayBuffer): string => Array.from(new Uint8Array(buffer), (byte) => byte.toString(16).padStart(2, '0')).join('');

const keyFamilyOf = (source: ImportFormat): string =>
  source.startsWith('day-one') ? 'day-one' : source.startsWith('jrnl') ? 'jrnl' : 'brag';

/**
 * The key that finds an imported entry again: the source's own id when it has one (Day One's
 * uuid), else a SHA-256 of its date, time, title and body — so the same file imported twice, or a
 * newer export of the same journal, adds only what is new. Each candidate's key is computed once:
 * the preview's count of new entries and the import itself share it.
 */
export function importKeyOf(source: ImportFormat, candidate: ImportCandidate): Promise<string> {
  const family = keyFamilyOf(source);
  let keys = keysByCandidate.get(candidate);
  if (!keys) {
    keys = new Map();
    keysByCandidate.set(candidate, keys);
  }
  let key = keys.get(family);
  if (!key) {
    key = computeImportKey(family, candidate);
    keys.set(family, key);
  }
  return key;
}

const keysByCandidate = new WeakMap<ImportCandidate, Map<string, Promise<string>>>();

/**
 * Records keys computed elsewhere (a worker hashed them: `prepareImport`) for the candidates they
 * belong to, in the same order, so `importKeyOf` finds them instead of hashing on this thread.
 */
export function rememberImportKeys(source: ImportFormat, candidates: readonly ImportCandidate[], keys: readonly string[]): void {
  const family = keyFamilyOf(source);
  candidates.forEach((candidate, index) => {
    const key = keys[index];
    if (key === undefined) return;
    const known = keysByCandidate.get(candidate) ?? new Map<string, Promise<string>>();
    known.set(family, Promise.resolve(key));
    keysByCandidate.set(candidate, known);
  });
}

async function computeImportKey(family: string, candidate: ImportCandidate): Promise<string> {
  if (candidate.sourceId) return `${family}:${candidate.sourceId}`.slice(0, 200);
  const content = [candidate.occurredOn, candidate.time ?? '', candidate.title, candidate.body].join('\n');
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(content));
  return `${family}#${hexOf(digest)}`;
}

/** The defaults the user picks in the preview, applied to every imported entry. */
export interface ImportDefaults {
  kind: EntryKind;
  scope: ScopeLevelId;
}

/**
 * The entries to write: one per candidate, with the defaults, a fresh id and its import key;
 * candidates whose key the journal already has (`knownKeys`), or that repeat one earlier in the
 * same file, are left out and counted.
 */
export async function entriesFromCandidates(
  source: ImportFormat,
  candidates: readonly ImportCandidate[],
  defaults: ImportDefaults,
  knownKeys: ReadonlySet<string>,
  now: Date = new Date(),
): Promise<{ entries: Entry[]; duplicates: number }> {
  const stamp = now.toISOString();
  const keys = await Promise.all(candidates.map((candidate) => importKeyOf(source, candidate)));
  const seen = new Set(knownKeys);
  const entries: Entry[] = [];
  candidates.forEach((candidate, index) => {
    const importKey = keys[index] ?? '';
    if (seen.has(importKey)) return;
    seen.add(importKey);
    entries.push({
      ...emptyDraft(defaults.kind, candidate.occurredOn),
      scope: defaults.scope,
      title: candidate.title,
      body: candidate.body,
      tags: candidate.tags,
      starred: candidate.starred,
      id: newId(),
      createdAt: stamp,
      updatedAt: stamp,
      deletedAt: null,
      source: 'user',
      importKey,
      ...(candidate.attachments && candidate.attachments.length > 0 ? { attachments: candidate.attachments } : {}),
    });
  });
  return { entries, duplicates: candidates.length - entries.length };
}

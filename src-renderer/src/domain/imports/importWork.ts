import type { Entry } from '../types';
import { resolveImportMedia, type MakeThumbnail } from './importMedia';
import type { NewAttachment } from '../types';
import { importKeyOf, previewImport, readImportFile, type ImportPreview, type ImportSource, type ReadImport } from './importPlan';
import { importLimits, type ImportCandidate, type ImportFormat } from './importTypes';

/** Why a file too large to import is refused: `readImportFile`'s words, for a refusal before it reads. */
export const importTooLargeProblem = `The file is larger than ${importLimits.maximumFileBytes / 1024 / 1024} MB, the most an import may be.`;

/** Tells whoever waits how far the work is: a stage in words and, where known, a fraction done. */
export type ReportProgress = (stage: string, fraction: number | null) => void;

/**
 * A file read, checked, hashed and previewed: everything the import needs before the user picks
 * the kind and scope, as plain data that can cross to another thread. `keys` holds, in order, each
 * candidate's import key (or each Scope Journal entry's id), so nothing is hashed twice. `files`
 * are the photos and PDFs a Day One zip brings, checked, hashed and with their thumbnails, each
 * once: the candidates' `attachments` refer to them by hash.
 */
export type PreparedImport =
  | {
      ok: true;
      source: ImportSource;
      notes: string[];
      preview: ImportPreview;
      candidates: ImportCandidate[] | null;
      entries: Entry[] | null;
      keys: string[];
      files: NewAttachment[];
    }
  | { ok: false; problem: string };

/** Candidates hashed between two progress reports. */
const hashBatch = 1_000;

/** How `prepareImport` treats the files an import brings. */
export interface PrepareImportOptions {
  /** Decodes an image and makes its thumbnail; without it (no canvas in this thread), images are stored without one. */
  makeThumbnail?: MakeThumbnail;
}

/** The read import with its files hashed and placed in the candidates; the file list, once each. */
async function withResolvedMedia(
  read: Extract<ReadImport, { ok: true }>,
  progress: ReportProgress,
  options: PrepareImportOptions,
): Promise<{ read: Extract<ReadImport, { ok: true }>; files: NewAttachment[] }> {
  if (!read.candidates || !read.media || read.media.length === 0) return { read, files: [] };
  const resolved = await resolveImportMedia(read.candidates, read.media, options.makeThumbnail, (fraction) =>
    progress('Reading the photos and PDFs…', fraction),
  );
  // The unpacked bytes are left behind here: the Blobs hold them now.
  const { media: _unpacked, ...rest } = read;
  return { read: { ...rest, candidates: resolved.candidates, notes: [...resolved.notes, ...read.notes] }, files: resolved.files };
}

/**
 * Everything an import does before it asks the user anything: decode or unzip, parse, validate,
 * hash the files it brings and make their thumbnails, hash each candidate's import key and shape
 * the preview. Slow on a large file, so it runs in a worker (`workers/fileWork.worker.ts`); it is
 * pure, so tests run it in-thread.
 */
export async function prepareImport(
  fileName: string,
  bytes: Uint8Array,
  today: string,
  progress: ReportProgress,
  options: PrepareImportOptions = {},
): Promise<PreparedImport> {
  progress('Reading the file…', null);
  const parsed = readImportFile(fileName, bytes, today);
  if (!parsed.ok) return parsed;
  const { read, files } = await withResolvedMedia(parsed, progress, options);
  const keys: string[] = [];
  if (read.candidates) {
    const source = read.source as ImportFormat;
    for (let start = 0; start < read.candidates.length; start += hashBatch) {
      progress('Finding entries already imported…', start / read.candidates.length);
      const batch = read.candidates.slice(start, start + hashBatch);
      keys.push(...(await Promise.all(batch.map((candidate) => importKeyOf(source, candidate)))));
    }
  } else {
    keys.push(...read.entries.map((entry) => entry.id));
  }
  progress('Preparing the preview…', null);
  return {
    ok: true,
    source: read.source,
    notes: read.notes,
    preview: previewImport(read),
    candidates: read.candidates,
    entries: read.entries,
    keys,
    files,
  };
}

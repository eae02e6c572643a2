import type { Entry } from '../types';
import { importKeyOf, previewImport, readImportFile, type ImportPreview, type ImportSource } from './importPlan';
import { importLimits, type ImportCandidate, type ImportFormat } from './importTypes';

/** Why a file too large to import is refused: `readImportFile`'s words, for a refusal before it reads. */
export const importTooLargeProblem = `The file is larger than ${importLimits.maximumFileBytes / 1024 / 1024} MB, the most an import may be.`;

/** Tells whoever waits how far the work is: a stage in words and, where known, a fraction done. */
export type ReportProgress = (stage: string, fraction: number | null) => void;

/**
 * A file read, checked, hashed and previewed: everything the import needs before the user picks
 * the kind and scope, as plain data that can cross to another thread. `keys` holds, in order, each
 * candidate's import key (or each Scope Journal entry's id), so nothing is hashed twice.
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
    }
  | { ok: false; problem: string };

/** Candidates hashed between two progress reports. */
const hashBatch = 1_000;

/**
 * Everything an import does before it asks the user anything: decode or unzip, parse, validate,
 * hash each candidate's import key and shape the preview. Slow on a large file, so it runs in a
 * worker (`workers/fileWork.worker.ts`); it is pure, so tests run it in-thread.
 */
export async function prepareImport(fileName: string, bytes: Uint8Array, today: string, progress: ReportProgress): Promise<PreparedImport> {
  progress('Reading the file…', null);
  const read = readImportFile(fileName, bytes, today);
  if (!read.ok) return read;
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
  };
}

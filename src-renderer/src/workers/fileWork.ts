import { backupTableNames, readBackupText, type ReadBackupResult } from '../domain/backup/backupFile';
import { prepareEvidence, type EvidenceWork, type PreparedEvidence } from '../domain/evidence/evidenceWork';
import { prepareImport, type PreparedImport } from '../domain/imports/importWork';
import { makeImageThumbnail } from '../features/attachments/imageThumbnail';

/*
 * The slow part of opening a file — decoding, unzipping, parsing, validating, hashing — as
 * messages, so it can run in a worker (`fileWork.worker.ts`) or, where there is no worker (unit
 * tests), on the calling thread through exactly the same code.
 */

/** What the page asks of the file worker. */
export type FileWorkRequest =
  | { kind: 'prepare-import'; fileName: string; bytes: Uint8Array; today: string }
  | { kind: 'check-backup'; text: string }
  | { kind: 'prepare-evidence'; work: EvidenceWork };

/** The result of each request. */
export interface FileWorkResults {
  'prepare-import': PreparedImport;
  'check-backup': ReadBackupResult;
  'prepare-evidence': PreparedEvidence;
}

/**
 * What the worker says back. A large result's long arrays come first, in `part`s of a few
 * thousand items, each appended to the array at `path` in the final result: one message of tens
 * of megabytes would take the page longer to receive than the 100 ms it may be busy.
 */
export type FileWorkMessage =
  | { type: 'progress'; stage: string; fraction: number | null }
  | { type: 'part'; path: string[]; items: unknown[] }
  | { type: 'done'; result: unknown }
  | { type: 'failed'; name: string; message: string };

/** Items per `part` message. */
const partSize = 2_000;

function sendInParts(post: (message: FileWorkMessage) => void, path: string[], items: readonly unknown[]): void {
  for (let start = 0; start < items.length; start += partSize) {
    post({ type: 'part', path, items: items.slice(start, start + partSize) });
  }
}

/** Whether this thread can decode an image and draw its thumbnail (jsdom cannot). */
function canMakeThumbnails(): boolean {
  return typeof createImageBitmap === 'function' && typeof OffscreenCanvas === 'function';
}

async function prepareImportParts(request: Extract<FileWorkRequest, { kind: 'prepare-import' }>, post: (message: FileWorkMessage) => void) {
  const prepared = await prepareImport(
    request.fileName,
    request.bytes,
    request.today,
    (stage, fraction) => post({ type: 'progress', stage, fraction }),
    // A worker decodes images too, where the engine gives it a canvas (Chromium does).
    { makeThumbnail: canMakeThumbnails() ? makeImageThumbnail : undefined },
  );
  if (!prepared.ok) return prepared;
  sendInParts(post, ['candidates'], prepared.candidates ?? []);
  sendInParts(post, ['entries'], prepared.entries ?? []);
  sendInParts(post, ['keys'], prepared.keys);
  // Blobs cross to the page by reference: their bytes are not copied.
  sendInParts(post, ['files'], prepared.files);
  return { ...prepared, candidates: prepared.candidates && [], entries: prepared.entries && [], keys: [], files: [] };
}

async function checkBackupParts(request: Extract<FileWorkRequest, { kind: 'check-backup' }>, post: (message: FileWorkMessage) => void) {
  post({ type: 'progress', stage: 'Checking the backup: every record and its checksum…', fraction: null });
  const read = await readBackupText(request.text);
  if (!read.ok) return read;
  const data: Record<string, unknown[]> = {};
  for (const table of backupTableNames) {
    sendInParts(post, ['backup', 'data', table], read.backup.data[table]);
    data[table] = [];
  }
  return { ...read, backup: { ...read.backup, data } };
}

function prepareEvidenceParts(request: Extract<FileWorkRequest, { kind: 'prepare-evidence' }>, post: (message: FileWorkMessage) => void) {
  const prepared = prepareEvidence(request.work, (stage, fraction) => post({ type: 'progress', stage, fraction }));
  if (!prepared.ok) return prepared;
  sendInParts(post, ['drafts'], prepared.drafts);
  return { ...prepared, drafts: [] };
}

/** Does `request`, telling `post` its progress, its result in parts, and how it ended. Never throws. */
export async function performFileWork(request: FileWorkRequest, post: (message: FileWorkMessage) => void): Promise<void> {
  try {
    const result =
      request.kind === 'prepare-import'
        ? await prepareImportParts(request, post)
        : request.kind === 'check-backup'
          ? await checkBackupParts(request, post)
          : prepareEvidenceParts(request, post);
    post({ type: 'done', result });
  } catch (error) {
    post({
      type: 'failed',
      name: error instanceof Error ? error.name : 'Error',
      message: error instanceof Error ? error.message : String(error),
    });
  }
}

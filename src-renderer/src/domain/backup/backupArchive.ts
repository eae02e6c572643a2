import { z } from 'zod';
import { attachmentHash, isAttachmentHash } from '../attachments/attachmentHash';
import { maximumAttachmentBytes } from '../attachments/attachmentChecks';
import { sniffFileKind } from '../attachments/fileKinds';
import type { StoredAttachment } from '../types';
import { maximumBackupCharacters } from './backupFile';
import { RefusedArchive, StoredZipReader, StoredZipWriter, startsLikeZip, type ZipMemberStart } from './storedZip';

/*
 * A backup with attached files: a zip (`storedZip.ts`) of
 *
 *   scope-journal-backup.json   the backup file, exactly as a backup without files (backupFile.ts)
 *   files/<sha256>              each attached file, named by the SHA-256 of its bytes
 *   thumbnails/<sha256>         each image's thumbnail, named by the SHA-256 of its bytes
 *   attachments.json            the manifest, last: one record per file, with its SHA-256 and size
 *
 * The names are the checksums: a restore hashes every member and refuses the whole archive if one
 * differs from its name, is missing, is extra, or is not the kind of file its manifest says, all
 * before anything is written. A journal without attached files is backed up as plain JSON, as it
 * always was.
 */

export const archiveBackupMember = 'scope-journal-backup.json';
export const archiveManifestMember = 'attachments.json';
const manifestFormat = 'scope-journal-attachments';
const manifestVersion = 1;
/** Thumbnails are made at most 320 pixels on a side; anything near this size is not one. */
const maximumThumbnailBytes = 4 * 1024 * 1024;
/** The manifest of 65,535 files is a few megabytes; anything far larger is not one. */
const maximumManifestBytes = 64 * 1024 * 1024;

const hashSchema = z.string().refine(isAttachmentHash, 'must be a SHA-256 in lowercase hex');
const timestampSchema = z.iso.datetime({ offset: true });
const thumbnailTypes = ['image/png', 'image/jpeg', 'image/webp'] as const;

const manifestSchema = z.strictObject({
  format: z.literal(manifestFormat),
  version: z.literal(manifestVersion),
  files: z
    .array(
      z.strictObject({
        hash: hashSchema,
        mediaType: z.enum(['image/png', 'image/jpeg', 'image/webp', 'image/gif', 'application/pdf']),
        byteSize: z.number().int().min(1).max(maximumAttachmentBytes),
        createdAt: timestampSchema,
        lastAddedAt: timestampSchema,
        thumbnail: z
          .strictObject({
            hash: hashSchema,
            mediaType: z.enum(thumbnailTypes),
            byteSize: z.number().int().min(1).max(maximumThumbnailBytes),
          })
          .nullable(),
      }),
    )
    .max(0xffff),
});

type Manifest = z.infer<typeof manifestSchema>;

const utf8 = new TextEncoder();

/**
 * Writes the archive of `backupText` and `files` to `sink` in pieces, reading each file's bytes
 * once, one file at a time; the manifest, built on the way, comes last. `onProgress` hears how
 * many files are written.
 */
export async function writeBackupArchive(
  backupText: string,
  files: readonly StoredAttachment[],
  sink: (piece: Uint8Array) => Promise<void>,
  exportedAt: Date,
  onProgress: (filesWritten: number) => void = () => undefined,
): Promise<void> {
  const zip = new StoredZipWriter(sink, exportedAt);
  await zip.add(archiveBackupMember, utf8.encode(backupText));
  const manifest: Manifest = { format: manifestFormat, version: manifestVersion, files: [] };
  const thumbnailsWritten = new Set<string>();
  for (const [index, file] of files.entries()) {
    await zip.add(`files/${file.hash}`, new Uint8Array(await file.blob.arrayBuffer()));
    let thumbnail: Manifest['files'][number]['thumbnail'] = null;
    if (file.thumbnail !== null) {
      const bytes = new Uint8Array(await file.thumbnail.arrayBuffer());
      const kind = sniffFileKind(bytes);
      const mediaType = thumbnailTypes.find((type) => type === kind);
      // A thumbnail of a kind a restore would refuse is left out: the file itself still comes back.
      if (mediaType !== undefined) {
        const hash = await attachmentHash(bytes);
        thumbnail = { hash, mediaType, byteSize: bytes.byteLength };
        if (!thumbnailsWritten.has(hash)) await zip.add(`thumbnails/${hash}`, bytes);
        thumbnailsWritten.add(hash);
      }
    }
    manifest.files.push({
      hash: file.hash,
      mediaType: file.mediaType,
      byteSize: file.byteSize,
      createdAt: file.createdAt,
      lastAddedAt: file.lastAddedAt,
      thumbnail,
    });
    onProgress(index + 1);
  }
  await zip.add(archiveManifestMember, utf8.encode(JSON.stringify(manifest)));
  await zip.finish();
}

/** A backup read whole and checked as far as its container goes: its text, and its files verified. */
export type ReadBackupStreamResult =
  { ok: true; text: string; files: StoredAttachment[]; isArchive: boolean } | { ok: false; problem: string };

/** The next piece of a file and whether it was the last (`desktop.readFileChunk`). */
export type NextPiece = () => Promise<{ bytes: Uint8Array; done: boolean }>;

/** A member gathered in pieces, until it is complete. */
interface Gathered {
  parts: Uint8Array[];
  bytes: number;
  complete: boolean;
}

/** A file member once complete: kept as a Blob (which the browser may hold outside the page), with what was found of it. */
interface CheckedMember {
  blob: Blob;
  byteSize: number;
  /** Whether its SHA-256 is the one its name gives. */
  matchesName: boolean;
  kind: ReturnType<typeof sniffFileKind>;
}

function memberKind(name: string): { kind: 'backup' | 'manifest' } | { kind: 'file' | 'thumbnail'; hash: string } | null {
  if (name === archiveBackupMember) return { kind: 'backup' };
  if (name === archiveManifestMember) return { kind: 'manifest' };
  const match = /^(files|thumbnails)\/([0-9a-f]{64})$/.exec(name);
  if (match === null || match[2] === undefined) return null;
  return { kind: match[1] === 'files' ? 'file' : 'thumbnail', hash: match[2] };
}

function memberLimit(member: ZipMemberStart): number {
  const kind = memberKind(member.name)?.kind;
  return kind === 'backup'
    ? maximumBackupCharacters * 3
    : kind === 'manifest'
      ? maximumManifestBytes
      : kind === 'file'
        ? maximumAttachmentBytes
        : maximumThumbnailBytes;
}

function concatenated(parts: readonly Uint8Array[], bytes: number): Uint8Array<ArrayBuffer> {
  const whole = new Uint8Array(bytes);
  let at = 0;
  for (const part of parts) {
    whole.set(part, at);
    at += part.byteLength;
  }
  return whole;
}

function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Reads a backup from `next`, whole: a plain JSON backup gives its text; an archive gives the
 * backup's text and every attached file, each verified against its name and its manifest record.
 * Nothing is written; `onProgress` hears the bytes read. A refusal says why, for the user.
 */
export async function readBackupStream(
  next: NextPiece,
  onProgress: (bytesRead: number) => void = () => undefined,
): Promise<ReadBackupStreamResult> {
  const first = await next();
  let bytesRead = first.bytes.byteLength;
  onProgress(bytesRead);
  if (!startsLikeZip(first.bytes)) {
    // A plain backup: its text, gathered piece by piece.
    const parts = [first.bytes];
    let done = first.done;
    while (!done) {
      const piece = await next();
      bytesRead += piece.bytes.byteLength;
      if (bytesRead > maximumBackupCharacters * 3) {
        return { ok: false, problem: 'The file is larger than a backup may be.' };
      }
      parts.push(piece.bytes);
      done = piece.done;
      onProgress(bytesRead);
    }
    const text = decodeUtf8(concatenated(parts, bytesRead));
    return text === null
      ? { ok: false, problem: 'It is not a Scope Journal backup: it is not text.' }
      : { ok: true, text, files: [], isArchive: false };
  }

  const members = new Map<string, Gathered>();
  // Each file is checked and handed to a Blob as soon as it is complete, so the page holds one
  // file's bytes at a time, never the archive.
  const checked = new Map<string, Promise<CheckedMember>>();
  // Checks started by the last piece: awaited before the next piece is read, so the files waiting
  // for their hash never pile up in memory when hashing is slower than reading.
  let started: Promise<CheckedMember>[] = [];
  const reader = new StoredZipReader({
    accept(member) {
      if (memberKind(member.name) === null) return `It holds “${member.name}”, which no Scope Journal backup holds.`;
      if (members.has(member.name)) return `It holds “${member.name}” twice.`;
      if (member.byteSize > memberLimit(member)) return `“${member.name}” is larger than such a file may be.`;
      members.set(member.name, { parts: [], bytes: 0, complete: false });
      return null;
    },
    onData(name, piece, final) {
      const gathered = members.get(name);
      if (!gathered) return;
      gathered.parts.push(piece);
      gathered.bytes += piece.byteLength;
      gathered.complete = final;
      const kind = memberKind(name);
      if (final && kind !== null && (kind.kind === 'file' || kind.kind === 'thumbnail')) {
        const bytes = concatenated(gathered.parts, gathered.bytes);
        gathered.parts = [];
        const check = checkMember(bytes, kind.hash);
        checked.set(name, check);
        started.push(check);
      }
    },
  });
  try {
    reader.push(first.bytes, first.done);
    let done = first.done;
    while (!done) {
      const piece = await next();
      bytesRead += piece.bytes.byteLength;
      reader.push(piece.bytes, piece.done);
      done = piece.done;
      onProgress(bytesRead);
      await Promise.all(started);
      started = [];
    }
  } catch (error) {
    if (error instanceof RefusedArchive) return { ok: false, problem: error.message };
    throw error;
  }
  for (const [name, gathered] of members) {
    if (!gathered.complete) return { ok: false, problem: `“${name}” is cut short: the backup is incomplete.` };
  }
  const files = new Map<string, CheckedMember>();
  for (const [name, member] of checked) files.set(name, await member);
  return checkArchive(members, files);
}

async function checkMember(bytes: Uint8Array<ArrayBuffer>, hash: string): Promise<CheckedMember> {
  const matchesName = (await attachmentHash(bytes)) === hash;
  return { blob: new Blob([bytes]), byteSize: bytes.byteLength, matchesName, kind: sniffFileKind(bytes) };
}

function textOf(gathered: Gathered | undefined): string | null {
  return gathered ? decodeUtf8(concatenated(gathered.parts, gathered.bytes)) : null;
}

/** Checks the members against the manifest and each other (see the top of this file). */
function checkArchive(members: Map<string, Gathered>, checked: Map<string, CheckedMember>): ReadBackupStreamResult {
  if (!members.has(archiveBackupMember))
    return { ok: false, problem: `It holds no ${archiveBackupMember}: it is not a Scope Journal backup.` };
  if (!members.has(archiveManifestMember))
    return { ok: false, problem: `It holds no ${archiveManifestMember}, the list of its attached files.` };
  const text = textOf(members.get(archiveBackupMember));
  if (text === null) return { ok: false, problem: `Its ${archiveBackupMember} is not text.` };
  let manifestJson: unknown = null;
  try {
    manifestJson = JSON.parse(textOf(members.get(archiveManifestMember)) ?? 'null');
  } catch {
    manifestJson = null;
  }
  const manifest = manifestSchema.safeParse(manifestJson);
  if (!manifest.success) return { ok: false, problem: `Its list of attached files (${archiveManifestMember}) is damaged.` };

  const expected = new Set<string>([archiveBackupMember, archiveManifestMember]);
  const member = (name: string, byteSize: number, mediaType: string): { blob: Blob } | { problem: string } => {
    const found = checked.get(name);
    if (!found) return { problem: `“${name}” is listed but missing.` };
    if (!found.matchesName || found.byteSize !== byteSize) {
      return { problem: `“${name}” does not match its checksum: the backup is damaged or was changed.` };
    }
    if (found.kind !== mediaType) return { problem: `“${name}” is not the kind of file its record says.` };
    expected.add(name);
    return { blob: new Blob([found.blob], { type: mediaType }) };
  };
  if (new Set(manifest.data.files.map((record) => record.hash)).size !== manifest.data.files.length) {
    return { ok: false, problem: `Its list of attached files (${archiveManifestMember}) names a file twice.` };
  }
  const files: StoredAttachment[] = [];
  for (const record of manifest.data.files) {
    const file = member(`files/${record.hash}`, record.byteSize, record.mediaType);
    if ('problem' in file) return { ok: false, problem: file.problem };
    let thumbnail: Blob | null = null;
    if (record.thumbnail !== null) {
      const found = member(`thumbnails/${record.thumbnail.hash}`, record.thumbnail.byteSize, record.thumbnail.mediaType);
      if ('problem' in found) return { ok: false, problem: found.problem };
      thumbnail = found.blob;
    }
    files.push({ ...record, blob: file.blob, thumbnail });
  }
  const extra = [...members.keys()].find((name) => !expected.has(name));
  if (extra !== undefined) return { ok: false, problem: `It holds “${extra}”, which its list of attached files does not name.` };
  return { ok: true, text, files, isArchive: true };
}

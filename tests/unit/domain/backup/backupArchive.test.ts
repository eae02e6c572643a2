import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Zip, ZipPassThrough, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import {
  archiveBackupMember,
  archiveManifestMember,
  readBackupStream,
  writeBackupArchive,
} from '../../../../src-renderer/src/domain/backup/backupArchive';
import { attachmentHash } from '../../../../src-renderer/src/domain/attachments/attachmentHash';
import type { StoredAttachment } from '../../../../src-renderer/src/domain/types';
import { onePixelPng, scriptedSvg, tinyPdf } from '../../../support/attachmentSamples';

const exportedAt = new Date('2026-03-14T09:30:00Z');
const backupText = '{"format":"scope-journal-backup","note":"the JSON is carried as it is"}\n';

async function archived(
  bytes: Uint8Array<ArrayBuffer>,
  mediaType: StoredAttachment['mediaType'],
  thumbnail: Uint8Array<ArrayBuffer> | null,
) {
  return {
    hash: await attachmentHash(bytes),
    mediaType,
    byteSize: bytes.byteLength,
    blob: new Blob([bytes], { type: mediaType }),
    thumbnail: thumbnail === null ? null : new Blob([thumbnail], { type: 'image/png' }),
    createdAt: '2026-03-01T10:00:00.000Z',
    lastAddedAt: '2026-03-02T10:00:00.000Z',
  } satisfies StoredAttachment;
}

/** A PDF large enough to span several pieces, with every byte value (and zip signatures) inside. */
function largePdf(): Uint8Array<ArrayBuffer> {
  const pdf = tinyPdf('Architecture review');
  const filler = new Uint8Array(9 * 1024 * 1024 + 123);
  for (let index = 0; index < filler.length; index += 1) filler[index] = (index * 131) % 256;
  // Signatures a reader that hunts for them would stop at.
  filler.set([0x50, 0x4b, 0x07, 0x08, 0x50, 0x4b, 0x03, 0x04, 0x50, 0x4b, 0x01, 0x02], 4096);
  const bytes = new Uint8Array(pdf.length + filler.length);
  bytes.set(pdf);
  bytes.set(filler, pdf.length);
  return bytes;
}

async function archiveOf(files: StoredAttachment[]): Promise<Uint8Array<ArrayBuffer>> {
  const pieces: Uint8Array[] = [];
  await writeBackupArchive(
    backupText,
    files,
    (piece) => {
      pieces.push(piece);
      return Promise.resolve();
    },
    exportedAt,
  );
  const whole = new Uint8Array(pieces.reduce((sum, piece) => sum + piece.byteLength, 0));
  let at = 0;
  for (const piece of pieces) {
    whole.set(piece, at);
    at += piece.byteLength;
  }
  return whole;
}

/** Hands `bytes` to a reader in pieces of the given sizes, cycling. */
function piecesOf(bytes: Uint8Array, sizes: number[] = [7, 4096, 1_000_003, 13]) {
  let at = 0;
  let turn = 0;
  return () => {
    const size = sizes[turn % sizes.length] ?? 1;
    turn += 1;
    const piece = bytes.slice(at, at + size);
    at += size;
    return Promise.resolve({ bytes: piece, done: at >= bytes.byteLength });
  };
}

const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

describe('a backup archive', () => {
  it('carries the backup text and every file, byte for byte, read back in pieces of any size', async () => {
    const pdf = largePdf();
    const files = [await archived(onePixelPng, 'image/png', onePixelPng), await archived(pdf, 'application/pdf', null)];
    const archive = await archiveOf(files);

    const read = await readBackupStream(piecesOf(archive));
    if (!read.ok) throw new Error(read.problem);
    expect(read.text).toBe(backupText);
    expect(read.isArchive).toBe(true);
    expect(read.files.map((file) => file.hash)).toEqual(files.map((file) => file.hash));
    for (const [index, file] of read.files.entries()) {
      const bytes = new Uint8Array(await file.blob.arrayBuffer());
      expect(await attachmentHash(bytes)).toBe(files[index]?.hash);
      expect(file.blob.type).toBe(files[index]?.mediaType);
      expect(file).toMatchObject({ createdAt: '2026-03-01T10:00:00.000Z', lastAddedAt: '2026-03-02T10:00:00.000Z' });
    }
    expect(read.files[0]?.thumbnail?.size).toBe(onePixelPng.byteLength);
    expect(read.files[1]?.thumbnail).toBeNull();
  });

  it('is a zip any tool opens: fflate by its central directory, and the system unzip tests every CRC', async () => {
    const files = [await archived(onePixelPng, 'image/png', onePixelPng), await archived(tinyPdf(), 'application/pdf', null)];
    const archive = await archiveOf(files);
    const members = unzipSync(archive);
    expect(Object.keys(members).sort()).toEqual(
      [
        archiveBackupMember,
        archiveManifestMember,
        `files/${files[0]?.hash}`,
        `files/${files[1]?.hash}`,
        `thumbnails/${files[0]?.hash}`,
      ].sort(),
    );
    expect(new TextDecoder().decode(members[archiveBackupMember])).toBe(backupText);

    const folder = mkdtempSync(join(tmpdir(), 'sj-archive-'));
    folders.push(folder);
    const path = join(folder, 'backup.zip');
    writeFileSync(path, archive);
    const tested = execFileSync('python3', ['-c', 'import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); print(z.testzip())', path], {
      encoding: 'utf8',
    });
    expect(tested.trim()).toBe('None');
  });

  it('reads a plain JSON backup as its text, with no files', async () => {
    const read = await readBackupStream(piecesOf(new TextEncoder().encode(backupText), [5]));
    expect(read).toEqual({ ok: true, text: backupText, files: [], isArchive: false });
  });

  describe('refuses, before anything is stored,', () => {
    async function refusal(archive: Uint8Array): Promise<string> {
      const read = await readBackupStream(piecesOf(archive));
      if (read.ok) throw new Error('the archive was accepted');
      return read.problem;
    }

    it('a file whose bytes no longer match its checksum', async () => {
      const file = await archived(onePixelPng, 'image/png', null);
      const archive = await archiveOf([file]);
      const tampered = archive.slice();
      // Flip a byte of the file's data (found by its position in the zip's own directory).
      const offset = findMemberData(tampered, `files/${file.hash}`);
      tampered[offset + 10] = (tampered[offset + 10] ?? 0) ^ 0xff;
      expect(await refusal(tampered)).toMatch(/does not match its checksum/);
    });

    it('a member no backup holds, one listed but missing, and one held twice in the list', async () => {
      const png = await archived(onePixelPng, 'image/png', null);
      const manifest = (files: unknown[]) => strToU8(JSON.stringify({ format: 'scope-journal-attachments', version: 1, files }));
      const record = {
        hash: png.hash,
        mediaType: 'image/png',
        byteSize: onePixelPng.byteLength,
        createdAt: exportedAt.toISOString(),
        lastAddedAt: exportedAt.toISOString(),
        thumbnail: null,
      };
      const stored = (members: Record<string, Uint8Array>) =>
        zipSync(Object.fromEntries(Object.entries(members).map(([name, bytes]) => [name, [bytes, { level: 0 }]])));

      expect(
        await refusal(
          stored({ [archiveBackupMember]: strToU8(backupText), [archiveManifestMember]: manifest([]), '../../etc/passwd': strToU8('x') }),
        ),
      ).toMatch(/which no Scope Journal backup holds/);
      expect(await refusal(stored({ [archiveBackupMember]: strToU8(backupText), [archiveManifestMember]: manifest([record]) }))).toMatch(
        /listed but missing/,
      );
      expect(
        await refusal(
          stored({
            [archiveBackupMember]: strToU8(backupText),
            [archiveManifestMember]: manifest([record, record]),
            [`files/${png.hash}`]: onePixelPng,
          }),
        ),
      ).toMatch(/names a file twice/);
      expect(
        await refusal(
          stored({ [archiveBackupMember]: strToU8(backupText), [archiveManifestMember]: manifest([]), [`files/${png.hash}`]: onePixelPng }),
        ),
      ).toMatch(/does not name/);
    });

    it('an SVG (or any file) under an image’s record', async () => {
      const svgHash = await attachmentHash(scriptedSvg);
      const members = {
        [archiveBackupMember]: [strToU8(backupText), { level: 0 }],
        [archiveManifestMember]: [
          strToU8(
            JSON.stringify({
              format: 'scope-journal-attachments',
              version: 1,
              files: [
                {
                  hash: svgHash,
                  mediaType: 'image/png',
                  byteSize: scriptedSvg.byteLength,
                  createdAt: exportedAt.toISOString(),
                  lastAddedAt: exportedAt.toISOString(),
                  thumbnail: null,
                },
              ],
            }),
          ),
          { level: 0 },
        ],
        [`files/${svgHash}`]: [scriptedSvg, { level: 0 }],
      } satisfies Zippable;
      expect(await refusal(zipSync(members))).toMatch(/not the kind of file its record says/);
    });

    it('compressed members, and members whose size comes only after their data', async () => {
      expect(await refusal(zipSync({ [archiveBackupMember]: [strToU8(backupText), { level: 6 }] }))).toMatch(/never writes/);

      const streamed: Uint8Array[] = [];
      const zip = new Zip((error, chunk) => {
        if (error) throw error;
        streamed.push(chunk);
      });
      const member = new ZipPassThrough(archiveBackupMember);
      zip.add(member);
      member.push(strToU8(backupText), true);
      zip.end();
      const bytes = new Uint8Array(streamed.reduce((sum, chunk) => sum + chunk.byteLength, 0));
      let at = 0;
      for (const chunk of streamed) {
        bytes.set(chunk, at);
        at += chunk.byteLength;
      }
      expect(await refusal(bytes)).toMatch(/never writes/);
    });

    it('an archive cut short', async () => {
      const archive = await archiveOf([await archived(largePdf(), 'application/pdf', null)]);
      expect(await refusal(archive.slice(0, Math.floor(archive.byteLength / 2)))).toMatch(/cut short/);
    });

    it('text that is not UTF-8, outside an archive', async () => {
      expect(await refusal(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]))).toMatch(/not text/);
    });
  });
});

/** Where the data of member `name` starts, read from the zip's central directory. */
function findMemberData(zip: Uint8Array, name: string): number {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = zip.byteLength - 22;
  const directoryOffset = view.getUint32(end + 16, true);
  const count = view.getUint16(end + 10, true);
  let at = directoryOffset;
  for (let index = 0; index < count; index += 1) {
    const nameLength = view.getUint16(at + 28, true);
    const localOffset = view.getUint32(at + 42, true);
    const memberName = new TextDecoder().decode(zip.subarray(at + 46, at + 46 + nameLength));
    if (memberName === name) return localOffset + 30 + view.getUint16(localOffset + 26, true);
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  throw new Error(`no member ${name}`);
}

import { strToU8, zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ScopeJournalDatabase } from '../../../../src-renderer/src/db/database';
import { importCandidates } from '../../../../src-renderer/src/db/importRepository';
import { attachmentHash } from '../../../../src-renderer/src/domain/attachments/attachmentHash';
import { parseDayOneZip } from '../../../../src-renderer/src/domain/imports/dayOne';
import type { MakeThumbnail } from '../../../../src-renderer/src/domain/imports/importMedia';
import type { ImportCandidate } from '../../../../src-renderer/src/domain/imports/importTypes';
import { prepareImport, type PreparedImport } from '../../../../src-renderer/src/domain/imports/importWork';
import { onePixelJpeg, onePixelPng, scriptedSvg, tinyPdf } from '../../../support/attachmentSamples';
import { openFreshDatabase } from '../../db/freshDatabase';
import { problemOf } from './importAssertions';

/*
 * A Day One zip's photos and PDFs become attachments of their entries, each checked as a file the
 * user attaches; videos, audio and files that fail a check are skipped and named in the notes.
 */

const today = '2026-11-21';
const pdf = tinyPdf('Signed review');
const md5 = {
  jpeg: '1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a',
  png: '2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b',
  pdf: '3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c',
  svg: '4d4d4d4d4d4d4d4d4d4d4d4d4d4d4d4d',
  video: '5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e',
};

/** One Day One entry on 4 March 2026, in UTC. */
function entryOf(uuid: string, text: string, lists: Record<string, unknown[]> = {}): Record<string, unknown> {
  return { uuid, creationDate: '2026-03-04T09:15:00Z', timeZone: 'UTC', text, ...lists };
}

const entries = [
  entryOf('A0000000000000000000000000000000', '# Shipped the launch\\!\n\n![](dayone-moment://PHOTO-A)\n\nThe dashboard after launch\\.', {
    photos: [
      { identifier: 'PHOTO-A', md5: md5.jpeg, type: 'jpeg' },
      // Listed, not shown in the text: attached all the same.
      { identifier: 'PHOTO-B', md5: md5.png, type: 'png' },
    ],
  }),
  entryOf('B0000000000000000000000000000000', 'Quarterly review\n\nSigned copy: ![](dayone-moment:/pdfAttachment/PDF-A)', {
    pdfAttachments: [{ identifier: 'PDF-A', md5: md5.pdf, type: 'pdf' }],
    videos: [{ identifier: 'VIDEO-A', md5: md5.video, type: 'mov' }],
  }),
  entryOf('C0000000000000000000000000000000', 'Whiteboard sketch\n\n![](dayone-moment://SVG-A)', {
    photos: [{ identifier: 'SVG-A', md5: md5.svg, type: 'png' }],
  }),
  // A photo alone, listed by another entry: Day One copies photos so.
  entryOf('D0000000000000000000000000000000', '![](dayone-moment://PHOTO-A)'),
];

/** A Day One zip of `files`, with `Journal.json` holding `journalEntries`. */
function zipOf(journalEntries: unknown[], files: Record<string, Uint8Array>): Uint8Array {
  return zipSync({ 'Journal.json': strToU8(JSON.stringify({ metadata: { version: '1.0' }, entries: journalEntries })), ...files });
}

const fullZip = (): Uint8Array =>
  zipOf(entries, {
    [`photos/${md5.jpeg}.jpeg`]: onePixelJpeg,
    [`photos/${md5.png}.png`]: onePixelPng,
    [`pdfs/${md5.pdf}.pdf`]: pdf,
    // An SVG that claims to be a PNG.
    [`photos/${md5.svg}.png`]: scriptedSvg,
    [`videos/${md5.video}.mov`]: new Uint8Array(64).fill(1),
  });

/** jsdom decodes no images: a stand-in thumbnail, as the app's tests of attaching do. */
const makeThumbnail: MakeThumbnail = () => Promise.resolve({ thumbnail: new Blob(['thumb'], { type: 'image/webp' }), width: 1, height: 1 });

/** The zip prepared as the worker prepares it; `thumbnails` null stands for a thread with no canvas. */
async function prepared(zip: Uint8Array, thumbnails: MakeThumbnail | null = makeThumbnail): Promise<Extract<PreparedImport, { ok: true }>> {
  const result = await prepareImport('Export.zip', zip, today, () => undefined, { makeThumbnail: thumbnails ?? undefined });
  if (!result.ok) throw new Error(result.problem);
  return result;
}

function candidatesOf(result: Extract<PreparedImport, { ok: true }>): ImportCandidate[] {
  if (!result.candidates) throw new Error('expected candidates');
  return result.candidates;
}

/** Sets the unpacked size a member declares in the zip's central directory. */
function declareSize(zip: Uint8Array, name: string, bytes: number): void {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  for (let offset = 0; offset + 46 < zip.length; offset += 1) {
    if (view.getUint32(offset, true) !== 0x02014b50) continue;
    const length = view.getUint16(offset + 28, true);
    if (new TextDecoder().decode(zip.subarray(offset + 46, offset + 46 + length)) !== name) continue;
    view.setUint32(offset + 24, bytes, true);
    return;
  }
  throw new Error(`no central header for ${name}`);
}

/** Overwrites a member's packed data with bytes no inflater accepts (deflate block type 3 is reserved). */
function damage(zip: Uint8Array, name: string): void {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  for (let offset = 0; offset + 30 < zip.length; offset += 1) {
    if (view.getUint32(offset, true) !== 0x04034b50) continue;
    const length = view.getUint16(offset + 26, true);
    if (new TextDecoder().decode(zip.subarray(offset + 30, offset + 30 + length)) !== name) continue;
    const start = offset + 30 + length + view.getUint16(offset + 28, true);
    zip.fill(0xff, start, start + view.getUint32(offset + 18, true));
    return;
  }
  throw new Error(`no local header for ${name}`);
}

describe('a Day One zip with photos and PDFs', () => {
  it('attaches photos and PDFs to their entries, shows each where the text did, and says what it skipped', async () => {
    const result = await prepared(fullZip());
    const [jpegHash, pngHash, pdfHash] = await Promise.all([
      attachmentHash(onePixelJpeg),
      attachmentHash(onePixelPng),
      attachmentHash(pdf),
    ]);
    const jpeg = {
      hash: jpegHash,
      fileName: `${md5.jpeg}.jpeg`,
      mediaType: 'image/jpeg',
      byteSize: onePixelJpeg.length,
      width: 1,
      height: 1,
    };
    const png = { hash: pngHash, fileName: `${md5.png}.png`, mediaType: 'image/png', byteSize: onePixelPng.length, width: 1, height: 1 };
    expect(candidatesOf(result).map(({ title, body, attachments }) => ({ title, body, attachments }))).toEqual([
      { title: 'Shipped the launch!', body: `![Photo](attachment:${jpegHash})\n\nThe dashboard after launch.`, attachments: [jpeg, png] },
      {
        title: 'Quarterly review',
        body: `Signed copy: ![PDF](attachment:${pdfHash})`,
        attachments: [{ hash: pdfHash, fileName: `${md5.pdf}.pdf`, mediaType: 'application/pdf', byteSize: pdf.length }],
      },
      { title: 'Whiteboard sketch', body: '', attachments: undefined },
      { title: 'Photo', body: `![Photo](attachment:${jpegHash})`, attachments: [jpeg] },
    ]);
    expect(result.notes).toEqual([
      '2 photos and 1 PDF will be attached to 3 entries.',
      `In “Whiteboard sketch”: “${md5.svg}.png” is an SVG image, which can carry script, so it cannot be attached: attach a PNG of it instead. It was skipped.`,
      '1 video or audio file was skipped: only photos and PDFs are imported.',
    ]);
    // Each file once (in the zip's order of names), its bytes exactly the zip's, typed by its
    // contents; images with a thumbnail.
    expect(result.files.map((file) => [file.hash, file.mediaType, file.byteSize, file.thumbnail === null])).toEqual([
      [pdfHash, 'application/pdf', pdf.length, true],
      [jpegHash, 'image/jpeg', onePixelJpeg.length, false],
      [pngHash, 'image/png', onePixelPng.length, false],
    ]);
    const stored = await Promise.all(result.files.map(async (file) => attachmentHash(new Uint8Array(await file.blob.arrayBuffer()))));
    expect(stored).toEqual([pdfHash, jpegHash, pngHash]);
    expect(result.files.map((file) => file.blob.type)).toEqual(['application/pdf', 'image/jpeg', 'image/png']);
  });

  it('leaves a placeholder nowhere: the parser’s are all resolved or removed, and Day One’s links are gone', async () => {
    for (const candidate of candidatesOf(await prepared(fullZip()))) {
      expect(candidate.body).not.toMatch(/dayone-moment|pending-|attachment:(?![0-9a-f]{64}\))/);
      expect(candidate.media).toBeUndefined();
    }
  });

  it('keeps a caption Day One gave, even one that ends in a backslash', async () => {
    const photos = [{ identifier: 'PHOTO-A', md5: md5.jpeg, type: 'jpeg' }];
    const text = 'Team offsite\n\n![The whole team](dayone-moment://PHOTO-A) ![odd\\](dayone-moment://PHOTO-A)';
    const zip = zipOf([entryOf('F0000000000000000000000000000000', text, { photos })], { [`photos/${md5.jpeg}.jpeg`]: onePixelJpeg });
    const hash = await attachmentHash(onePixelJpeg);
    expect(candidatesOf(await prepared(zip))[0]?.body).toBe(`![The whole team](attachment:${hash}) ![odd\\\\](attachment:${hash})`);
  });

  it('without a canvas (no thumbnails), takes an image’s size from its header', async () => {
    const result = await prepared(fullZip(), null);
    expect(result.files.every((file) => file.thumbnail === null)).toBe(true);
    expect(candidatesOf(result)[0]?.attachments?.[1]).toMatchObject({ mediaType: 'image/png', width: 1, height: 1 });
  });

  it('skips an image that cannot be decoded, by name, and keeps its entry', async () => {
    const failing: MakeThumbnail = (image) => (image.type === 'image/png' ? Promise.reject(new Error('decode')) : makeThumbnail(image));
    const result = await prepared(fullZip(), failing);
    expect(candidatesOf(result)[0]?.attachments?.map((attachment) => attachment.mediaType)).toEqual(['image/jpeg']);
    expect(result.notes).toContain(
      `In “Shipped the launch!”: “${md5.png}.png” could not be read as an image: it may be damaged. It was skipped.`,
    );
    expect(result.files.map((file) => file.mediaType)).toEqual(['application/pdf', 'image/jpeg']);
  });

  it('skips a file too large, by its declared size, and a damaged one, and still reads the others', async () => {
    const zip = fullZip();
    declareSize(zip, `photos/${md5.jpeg}.jpeg`, 26 * 1024 * 1024);
    damage(zip, `pdfs/${md5.pdf}.pdf`);
    const result = await prepared(zip);
    expect(result.notes).toEqual(
      expect.arrayContaining([
        `In “Shipped the launch!”: “${md5.jpeg}.jpeg” is 26 MB: larger than the 25 MB a file may be. It was skipped.`,
        `In “Quarterly review”: “${md5.pdf}.pdf” is damaged in the zip and could not be unpacked. It was skipped.`,
      ]),
    );
    expect(result.files.map((file) => file.mediaType)).toEqual(['image/png']);
    // The photo-only entry lost its only file: nothing is left to import of it.
    expect(candidatesOf(result).map((candidate) => candidate.title)).toEqual([
      'Shipped the launch!',
      'Quarterly review',
      'Whiteboard sketch',
    ]);
  });

  it('refuses photos that would unpack past the budget, from the directory, before inflating any', () => {
    const photos = Array.from({ length: 21 }, (_, index) => ({
      identifier: `P${index}`,
      md5: index.toString(16).padStart(32, '0'),
      type: 'jpeg',
    }));
    const files = Object.fromEntries(photos.map((photo) => [`photos/${photo.md5}.jpeg`, onePixelJpeg]));
    const zip = zipOf([entryOf('E0000000000000000000000000000000', 'Holiday', { photos })], files);
    for (const photo of photos) declareSize(zip, `photos/${photo.md5}.jpeg`, 25 * 1024 * 1024);
    const started = performance.now();
    expect(problemOf(parseDayOneZip(zip))).toBe(
      'The photos and PDFs in this zip would be larger than 512 MB unpacked, the most an import may bring in.',
    );
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe('importing a Day One zip’s files', () => {
  let database: ScopeJournalDatabase;
  beforeEach(async () => {
    database = await openFreshDatabase();
  });
  afterEach(() => database.delete());

  it('stores each file once with its entries, and nothing again on a second import', async () => {
    const result = await prepared(fullZip());
    const defaults = { kind: 'win', scope: 'team' } as const;
    const outcome = await importCandidates(database, 'day-one-zip', candidatesOf(result), defaults, new Date(), { files: result.files });
    expect(outcome).toMatchObject({ added: 4, attachedFiles: 3 });
    const rows = await database.attachments.toArray();
    expect(rows.map((row) => row.hash).sort()).toEqual(result.files.map((file) => file.hash).sort());
    const launch = await database.entries.filter((entry) => entry.title === 'Shipped the launch!').first();
    expect(launch?.attachments?.map((attachment) => attachment.fileName)).toEqual([`${md5.jpeg}.jpeg`, `${md5.png}.png`]);
    const again = await importCandidates(database, 'day-one-zip', candidatesOf(await prepared(fullZip())), defaults, new Date(), {
      files: result.files,
    });
    expect(again).toMatchObject({ added: 0, attachedFiles: 0 });
    expect(await database.attachments.count()).toBe(3);
  });

  it('is all or nothing: an import stopped while writing keeps neither its entries nor its files', async () => {
    const result = await prepared(fullZip());
    const controller = new AbortController();
    const importing = importCandidates(database, 'day-one-zip', candidatesOf(result), { kind: 'win', scope: 'team' }, new Date(), {
      files: result.files,
      signal: controller.signal,
      // After the files and the first batch of entries are written, inside the transaction.
      onProgress: () => controller.abort(),
    });
    await expect(importing).rejects.toMatchObject({ name: 'AbortError' });
    expect(await database.entries.count()).toBe(0);
    expect(await database.attachments.count()).toBe(0);
  });
});

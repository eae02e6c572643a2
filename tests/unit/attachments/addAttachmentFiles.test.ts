import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openFreshDatabase } from '../db/freshDatabase';
import type { ScopeJournalDatabase } from '../../../src-renderer/src/db/database';
import { addAttachmentFiles, type AddAttachmentOptions } from '../../../src-renderer/src/features/attachments/addAttachmentFiles';
import { attachmentHash } from '../../../src-renderer/src/domain/attachments/attachmentHash';
import { onePixelGif, onePixelPng, scriptedSvg, tinyPdf } from '../../support/attachmentSamples';

let database: ScopeJournalDatabase;
let options: AddAttachmentOptions;
const pastedAt = new Date(2026, 10, 18, 10, 4);

beforeEach(async () => {
  database = await openFreshDatabase();
  // jsdom decodes no images: a stand-in thumbnail, and the size the real decoder would report.
  options = {
    database,
    now: pastedAt,
    makeThumbnail: (image) => Promise.resolve({ thumbnail: new Blob(['thumb'], { type: 'image/webp' }), width: image.size, height: 1 }),
  };
});

afterEach(() => database.delete());

function fileOf(bytes: Uint8Array<ArrayBuffer>, name: string, type = ''): File {
  return new File([bytes], name, { type });
}

describe('attaching files', () => {
  it('stores images with a thumbnail and PDFs without, and returns their references', async () => {
    const pdf = tinyPdf();
    const result = await addAttachmentFiles([fileOf(onePixelPng, 'shot.png', 'image/png'), fileOf(pdf, 'review.pdf')], options);
    expect(result).toEqual({
      ok: true,
      attachments: [
        {
          hash: await attachmentHash(onePixelPng),
          fileName: 'shot.png',
          mediaType: 'image/png',
          byteSize: onePixelPng.length,
          width: onePixelPng.length,
          height: 1,
        },
        { hash: await attachmentHash(pdf), fileName: 'review.pdf', mediaType: 'application/pdf', byteSize: pdf.length },
      ],
    });
    const rows = await database.attachments.toArray();
    expect(rows.map((row) => [row.mediaType, row.thumbnail === null])).toEqual(
      expect.arrayContaining([
        ['image/png', false],
        ['application/pdf', true],
      ]),
    );
  });

  it('stores a file attached twice once', async () => {
    await addAttachmentFiles([fileOf(onePixelGif, 'a.gif')], options);
    const again = await addAttachmentFiles([fileOf(onePixelGif, 'copy of a.gif')], options);
    expect(again.ok && again.attachments[0]?.fileName).toBe('copy of a.gif');
    expect(await database.attachments.count()).toBe(1);
  });

  it('names a pasted screenshot by the moment, and keeps a pasted file’s own name', async () => {
    const pasted = await addAttachmentFiles([fileOf(onePixelPng, 'image.png', 'image/png')], { ...options, isPasted: true });
    expect(pasted.ok && pasted.attachments[0]?.fileName).toBe('Pasted image 2026-11-18 10.04.png');
    const named = await addAttachmentFiles([fileOf(onePixelPng, 'whiteboard.png', 'image/png')], { ...options, isPasted: true });
    expect(named.ok && named.attachments[0]?.fileName).toBe('whiteboard.png');
  });

  it('attaches nothing when any file is refused, and says why for each', async () => {
    const result = await addAttachmentFiles(
      [fileOf(onePixelPng, 'fine.png'), fileOf(scriptedSvg, 'logo.svg', 'image/svg+xml'), fileOf(tinyPdf(), 'diagram.png', 'image/png')],
      options,
    );
    expect(result).toEqual({
      ok: false,
      problems: [
        '“logo.svg” is an SVG image, which can carry script, so it cannot be attached: attach a PNG of it instead. Nothing was attached.',
        '“diagram.png” is not a PNG image: its contents are a PDF. Nothing was attached.',
        'All or nothing: the other file was not attached either.',
      ],
    });
    expect(await database.attachments.count()).toBe(0);
  });

  it('refuses an image that does not decode, and an empty file', async () => {
    const damaged = await addAttachmentFiles([fileOf(onePixelPng, 'broken.png')], {
      ...options,
      makeThumbnail: () => Promise.reject(new Error('decode failed')),
    });
    expect(damaged).toEqual({
      ok: false,
      problems: ['“broken.png” could not be read as an image: it may be damaged. Nothing was attached.'],
    });
    const empty = await addAttachmentFiles([fileOf(new Uint8Array(), 'empty.pdf')], options);
    expect(empty).toEqual({ ok: false, problems: ['“empty.pdf” is empty. Nothing was attached.'] });
    expect(await database.attachments.count()).toBe(0);
  });
});

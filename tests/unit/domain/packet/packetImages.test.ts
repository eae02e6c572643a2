import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { defaultFramework } from '../../../../src-renderer/src/domain/framework/content/defaultFramework';
import { assemblePacket, assembleUnredacted } from '../../../../src-renderer/src/domain/packet/assemblePacket';
import { newPacket, withRedaction } from '../../../../src-renderer/src/domain/packet/packet';
import { fittedSize, packetToDocx } from '../../../../src-renderer/src/domain/packet/packetDocx';
import { listPacketNames } from '../../../../src-renderer/src/domain/packet/packetNames';
import type { AttachmentRef, Entry, Packet } from '../../../../src-renderer/src/domain/types';
import { onePixelPng } from '../../../support/attachmentSamples';
import { makeEntry } from '../../entryFactory';

const today = '2026-11-21';
const now = new Date('2026-11-21T09:00:00.000Z');

const whiteboard: AttachmentRef = {
  hash: 'a'.repeat(64),
  fileName: 'Whiteboard with Priya Raman.png',
  mediaType: 'image/png',
  byteSize: onePixelPng.byteLength,
  width: 1600,
  height: 900,
};
const review: AttachmentRef = { hash: 'b'.repeat(64), fileName: 'review.pdf', mediaType: 'application/pdf', byteSize: 900 };

const entries: Entry[] = [
  makeEntry({
    id: 'with-files',
    occurredOn: '2026-03-10',
    title: 'Drew the new architecture',
    competencies: ['architectural-judgment'],
    people: ['Priya Raman'],
    starred: true,
    attachments: [whiteboard, review],
  }),
  makeEntry({ id: 'plain', occurredOn: '2026-04-10', title: 'Mentored a new hire', competencies: ['mentoring'] }),
];

function packetWith(options: Partial<Packet['options']>): Packet {
  const packet = newPacket(now, today);
  return { ...packet, authorName: 'Maya Okafor', entryIds: entries.map((entry) => entry.id), options: { ...packet.options, ...options } };
}

describe('the packet option "Include images"', () => {
  it('starts on for a new packet, goes off when redaction is turned on, and stays as it is when redaction is turned off', () => {
    const packet = newPacket(now, today);
    expect(packet.options).toMatchObject({ redactPeople: false, includeImages: true });
    const redacted = withRedaction(packet.options, true);
    expect(redacted).toEqual({ ...packet.options, redactPeople: true, includeImages: false });
    expect(withRedaction({ ...redacted, includeImages: true }, false)).toEqual({
      ...packet.options,
      redactPeople: false,
      includeImages: true,
    });
    expect(withRedaction(redacted, false).includeImages).toBe(false);
  });

  it('puts each appendix entry’s images (not its PDFs) on the appendix only', () => {
    const assembled = assemblePacket(packetWith({ includeImages: true }), entries, defaultFramework, [], today);
    expect(assembled.appendix.map((item) => item.images)).toEqual([[whiteboard], undefined]);
    const elsewhere = [...assembled.highlights, ...assembled.competencySections.flatMap((section) => section.evidence)];
    expect(elsewhere.length).toBeGreaterThan(0);
    for (const item of elsewhere) expect(item).not.toHaveProperty('images');
  });

  it('leaves images out when off, and on packets saved before the option existed', () => {
    const older = packetWith({});
    delete older.options.includeImages;
    for (const packet of [packetWith({ includeImages: false }), older]) {
      const assembled = assemblePacket(packet, entries, defaultFramework, [], today);
      for (const item of assembled.appendix) expect(item).not.toHaveProperty('images');
    }
  });

  it('lists and redacts names in an image’s file name, which is its alternative text', () => {
    const packet = packetWith({ includeImages: true, redactPeople: true });
    const unredacted = assembleUnredacted(packet, entries, defaultFramework, [], today);
    expect(listPacketNames(unredacted, ['Priya Raman'], undefined, 'Maya Okafor').map((name) => name.key)).toContain('Priya Raman');
    const redacted = assemblePacket(packet, entries, defaultFramework, [], today);
    expect(redacted.appendix[0]?.images).toEqual([{ ...whiteboard, fileName: 'Whiteboard with a colleague.png' }]);
  });
});

describe('images in the DOCX', () => {
  const assembled = assemblePacket(packetWith({ includeImages: true }), entries, defaultFramework, [], today);

  it('embeds each image under its entry, fitted to the text’s width, with its file name as alternative text', async () => {
    const pictures = new Map([[whiteboard.hash, { data: onePixelPng, type: 'png' as const, width: 1600, height: 900 }]]);
    const parts = unzipSync(await packetToDocx(assembled, { pageSize: 'A4', chart: null, pictures }));
    const media = Object.keys(parts).filter((path) => path.startsWith('word/media/'));
    expect(media).toHaveLength(1);
    expect(parts[media[0] ?? '']).toEqual(onePixelPng);
    const documentXml = strFromU8(parts['word/document.xml'] ?? new Uint8Array());
    expect(documentXml).toMatch(/<wp:docPr [^>]*descr="Whiteboard with Priya Raman\.png"/);
    // A4 less two one-inch margins is 601 CSS pixels wide: 1600 × 900 becomes 601 × 338 (9525 EMUs to the pixel).
    expect(documentXml).toContain(`<wp:extent cx="${601 * 9525}" cy="${338 * 9525}"/>`);
    expect(documentXml).not.toContain('review.pdf');
  });

  it('names an image that is not on this computer instead', async () => {
    const parts = unzipSync(await packetToDocx(assembled, { pageSize: 'Letter', chart: null, pictures: new Map() }));
    expect(Object.keys(parts).some((path) => path.startsWith('word/media/'))).toBe(false);
    expect(strFromU8(parts['word/document.xml'] ?? new Uint8Array())).toContain(
      'Image not on this computer: Whiteboard with Priya Raman.png',
    );
  });

  it('scales pictures down to fit, never up, keeping their proportions', () => {
    expect(fittedSize({ width: 300, height: 200 }, { width: 600, height: 800 })).toEqual({ width: 300, height: 200 });
    expect(fittedSize({ width: 1200, height: 600 }, { width: 600, height: 800 })).toEqual({ width: 600, height: 300 });
    expect(fittedSize({ width: 400, height: 4000 }, { width: 600, height: 800 })).toEqual({ width: 80, height: 800 });
  });
});

import { describe, expect, it } from 'vitest';
import {
  checkAttachmentContents,
  checkAttachmentSize,
  cleanFileName,
  describeBytes,
  maximumAttachmentBytes,
  pastedImageName,
} from '../../../../src-renderer/src/domain/attachments/attachmentChecks';
import { attachmentHash, isAttachmentHash } from '../../../../src-renderer/src/domain/attachments/attachmentHash';
import { attachableAccept, kindClaimedByName, sniffFileKind } from '../../../../src-renderer/src/domain/attachments/fileKinds';
import { imageSizeOf } from '../../../../src-renderer/src/domain/attachments/imageSize';
import { onePixelGif, onePixelJpeg, onePixelPng, onePixelWebp, scriptedSvg, tinyPdf } from '../../../support/attachmentSamples';

const pdf = tinyPdf();

describe('reading what a file is from its bytes', () => {
  it.each([
    ['PNG', onePixelPng, 'image/png'],
    ['JPEG', onePixelJpeg, 'image/jpeg'],
    ['WebP', onePixelWebp, 'image/webp'],
    ['GIF', onePixelGif, 'image/gif'],
    ['PDF', pdf, 'application/pdf'],
    ['SVG', scriptedSvg, 'image/svg+xml'],
  ])('knows a real %s', (_name, bytes, kind) => {
    expect(sniffFileKind(bytes)).toBe(kind);
  });

  it('finds SVG however it starts: bare, after a doctype or comments, in UTF-16, with a namespace prefix', () => {
    const encode = (text: string) => new TextEncoder().encode(text);
    expect(sniffFileKind(encode('<svg width="1"/>'))).toBe('image/svg+xml');
    expect(sniffFileKind(encode('\uFEFF  <!-- drawn by hand --><!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN"><svg>'))).toBe(
      'image/svg+xml',
    );
    expect(sniffFileKind(encode('<?xml version="1.0"?><svg:svg xmlns:svg="http://www.w3.org/2000/svg"/>'))).toBe('image/svg+xml');
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...'<SVG>'].flatMap((character) => [character.charCodeAt(0), 0])]);
    expect(sniffFileKind(utf16)).toBe('image/svg+xml');
  });

  it('knows nothing else: text, HTML, a ZIP, too few bytes', () => {
    const encode = (text: string) => new TextEncoder().encode(text);
    expect(sniffFileKind(encode('Just some notes'))).toBeNull();
    expect(sniffFileKind(encode('<html><body>hi</body></html>'))).toBeNull();
    expect(sniffFileKind(new Uint8Array([0x50, 0x4b, 0x03, 0x04]))).toBeNull();
    expect(sniffFileKind(new Uint8Array([0x89, 0x50]))).toBeNull();
  });

  it('reads what a name claims from its extension, in any case', () => {
    expect(kindClaimedByName('Photo.JPEG')).toBe('image/jpeg');
    expect(kindClaimedByName('scan.pdf')).toBe('application/pdf');
    expect(kindClaimedByName('logo.svgz')).toBe('image/svg+xml');
    expect(kindClaimedByName('letter.docx')).toBe('unsupported');
    expect(kindClaimedByName('README')).toBeNull();
    expect(attachableAccept).toContain('image/png');
    expect(attachableAccept).toContain('.pdf');
    expect(attachableAccept).not.toContain('svg');
  });
});

describe('an image’s size, from its header', () => {
  it('reads one pixel from each real image', () => {
    expect(imageSizeOf('image/png', onePixelPng)).toEqual({ width: 1, height: 1 });
    expect(imageSizeOf('image/jpeg', onePixelJpeg)).toEqual({ width: 1, height: 1 });
    expect(imageSizeOf('image/webp', onePixelWebp)).toEqual({ width: 1, height: 1 });
    expect(imageSizeOf('image/gif', onePixelGif)).toEqual({ width: 1, height: 1 });
  });

  it('reads the lossy and lossless WebP headers', () => {
    const riff = (chunk: string, payload: number[]) =>
      new Uint8Array([...new TextEncoder().encode(`RIFF\0\0\0\0WEBP${chunk}\0\0\0\0`), ...payload]);
    // VP8: frame tag, start code, then 14-bit width 640 and height 480 (little-endian).
    const lossy = riff('VP8 ', [0, 0, 0, 0x9d, 0x01, 0x2a, 0x80, 0x02, 0xe0, 0x01]);
    expect(imageSizeOf('image/webp', lossy)).toEqual({ width: 640, height: 480 });
    // VP8L: signature, then width − 1 = 99 and height − 1 = 49 in 14 bits each.
    const bits = 99 | (49 << 14);
    const lossless = riff('VP8L', [0x2f, bits & 0xff, (bits >> 8) & 0xff, (bits >> 16) & 0xff, (bits >>> 24) & 0xff]);
    expect(imageSizeOf('image/webp', lossless)).toEqual({ width: 100, height: 50 });
  });

  it('says nothing of a header cut short', () => {
    expect(imageSizeOf('image/png', onePixelPng.slice(0, 20))).toBeNull();
    expect(imageSizeOf('image/jpeg', onePixelJpeg.slice(0, 30))).toBeNull();
    expect(imageSizeOf('image/gif', onePixelGif.slice(0, 8))).toBeNull();
  });
});

describe('which files may be attached', () => {
  it.each([
    ['screenshot.png', 'image/png', onePixelPng, 'image/png'],
    ['photo.JPG', 'image/jpeg', onePixelJpeg, 'image/jpeg'],
    ['sticker.webp', 'image/webp', onePixelWebp, 'image/webp'],
    ['spinner.gif', '', onePixelGif, 'image/gif'],
    ['review.pdf', 'application/pdf', pdf, 'application/pdf'],
    ['clipboard', '', onePixelPng, 'image/png'],
    ['scan.pdf', 'application/octet-stream', pdf, 'application/pdf'],
  ])('takes %s', (name, type, bytes, mediaType) => {
    expect(checkAttachmentContents(name, type, bytes)).toMatchObject({ ok: true, mediaType });
  });

  it('gives an image its size and a PDF none', () => {
    expect(checkAttachmentContents('a.png', 'image/png', onePixelPng)).toEqual({
      ok: true,
      mediaType: 'image/png',
      pixelSize: { width: 1, height: 1 },
    });
    expect(checkAttachmentContents('a.pdf', '', pdf)).toEqual({ ok: true, mediaType: 'application/pdf', pixelSize: null });
  });

  it('refuses a PDF named as a PNG, saying what it really is', () => {
    expect(checkAttachmentContents('diagram.png', 'image/png', pdf)).toEqual({
      ok: false,
      problem: '“diagram.png” is not a PNG image: its contents are a PDF. Nothing was attached.',
    });
  });

  it('refuses a file whose declared type disagrees with its bytes, even without an extension', () => {
    expect(checkAttachmentContents('pasted', 'image/png', onePixelJpeg)).toEqual({
      ok: false,
      problem: '“pasted” is not a PNG image: its contents are a JPEG image. Nothing was attached.',
    });
  });

  it('refuses SVG by its contents, its name or its declared type', () => {
    const refusal = (name: string) =>
      `“${name}” is an SVG image, which can carry script, so it cannot be attached: attach a PNG of it instead. Nothing was attached.`;
    expect(checkAttachmentContents('logo.svg', 'image/svg+xml', scriptedSvg)).toEqual({ ok: false, problem: refusal('logo.svg') });
    expect(checkAttachmentContents('logo.png', 'image/png', scriptedSvg)).toEqual({ ok: false, problem: refusal('logo.png') });
    expect(checkAttachmentContents('logo.svg', '', onePixelPng)).toEqual({ ok: false, problem: refusal('logo.svg') });
    expect(checkAttachmentContents('logo', 'image/svg+xml', onePixelPng)).toEqual({ ok: false, problem: refusal('logo') });
  });

  it('refuses a kind it does not attach, whatever its name', () => {
    expect(checkAttachmentContents('notes.txt', 'text/plain', new TextEncoder().encode('notes'))).toEqual({
      ok: false,
      problem: '“notes.txt” cannot be attached: only PNG, JPEG, WebP and GIF images, and PDFs can. Nothing was attached.',
    });
    expect(checkAttachmentContents('photo.png', 'image/png', new TextEncoder().encode('not really'))).toEqual({
      ok: false,
      problem: '“photo.png” is not a PNG image: its contents are not an image or a PDF this app can show. Nothing was attached.',
    });
    expect(checkAttachmentContents('mystery', '', new Uint8Array([0x50, 0x4b, 3, 4]))).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/^“mystery” cannot be attached: its contents are not an image/) as unknown,
    });
  });

  it('refuses a damaged image header and an image too large to decode safely', () => {
    expect(checkAttachmentContents('cut.png', 'image/png', onePixelPng.slice(0, 20))).toEqual({
      ok: false,
      problem: '“cut.png” is damaged: its PNG image header cannot be read. Nothing was attached.',
    });
    const huge = onePixelPng.slice();
    new DataView(huge.buffer).setUint32(16, 20_000);
    new DataView(huge.buffer).setUint32(20, 20_000);
    expect(checkAttachmentContents('bomb.png', 'image/png', huge)).toEqual({
      ok: false,
      problem: '“bomb.png” is too large to show: 20,000 × 20,000 pixels (the most is 50 megapixels). Nothing was attached.',
    });
  });

  it('refuses an empty file and one over 25 MB, before reading it', () => {
    expect(checkAttachmentSize('empty.png', 0)).toBe('“empty.png” is empty. Nothing was attached.');
    expect(checkAttachmentSize('scan.pdf', 31.2 * 1024 * 1024)).toBe(
      '“scan.pdf” is 31.2 MB: larger than the 25 MB a file may be. Nothing was attached.',
    );
    expect(checkAttachmentSize('ok.pdf', maximumAttachmentBytes)).toBeNull();
    expect(checkAttachmentContents('empty.png', 'image/png', new Uint8Array())).toEqual({
      ok: false,
      problem: '“empty.png” is empty. Nothing was attached.',
    });
    const tooBig = new Uint8Array(maximumAttachmentBytes + 1);
    tooBig.set(pdf);
    expect(checkAttachmentContents('big.pdf', '', tooBig)).toEqual({
      ok: false,
      problem: '“big.pdf” is larger than the 25 MB a file may be. Nothing was attached.',
    });
  });
});

describe('names, sizes and hashes', () => {
  it('keeps a file name fit to show', () => {
    expect(cleanFileName('C:\\Users\\me\\Desktop\\shot.png')).toBe('shot.png');
    expect(cleanFileName('../../etc/\u0007bell.png ')).toBe('bell.png');
    expect(cleanFileName('   ')).toBe('Attachment');
    const long = cleanFileName(`${'a'.repeat(400)}.jpeg`);
    expect(long).toHaveLength(255);
    expect(long.endsWith('….jpeg')).toBe(true);
  });

  it('names a pasted image by the moment it was pasted', () => {
    expect(pastedImageName('image/png', new Date(2026, 10, 18, 9, 5))).toBe('Pasted image 2026-11-18 09.05.png');
    expect(pastedImageName('image/jpeg', new Date(2026, 0, 2, 23, 59))).toBe('Pasted image 2026-01-02 23.59.jpg');
  });

  it('says sizes in words', () => {
    expect(describeBytes(1)).toBe('1 byte');
    expect(describeBytes(512)).toBe('512 bytes');
    expect(describeBytes(12 * 1024)).toBe('12 KB');
    expect(describeBytes(3.44 * 1024 * 1024)).toBe('3.4 MB');
    expect(describeBytes(maximumAttachmentBytes)).toBe('25 MB');
  });

  it('hashes bytes with SHA-256: the same bytes, the same hash', async () => {
    const abc = await attachmentHash(new TextEncoder().encode('abc'));
    expect(abc).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(isAttachmentHash(abc)).toBe(true);
    expect(await attachmentHash(onePixelPng.slice())).toBe(await attachmentHash(onePixelPng));
    expect(await attachmentHash(onePixelGif)).not.toBe(await attachmentHash(onePixelPng));
  });
});

import { render, screen } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { MarkdownView } from '../../../src-renderer/src/components/MarkdownView';
import { db } from '../../../src-renderer/src/db/database';
import { storeAttachments } from '../../../src-renderer/src/db/attachmentsRepository';
import { attachmentHash } from '../../../src-renderer/src/domain/attachments/attachmentHash';
import { onePixelPng, tinyPdf } from '../../support/attachmentSamples';

/*
 * `![caption](attachment:<sha256>)` shows the journal's own stored file in place; no other image
 * source is ever loaded, and an `attachment:` value that is not exactly a hash is inert.
 */

const objectUrls: Blob[] = [];

beforeAll(() => {
  // jsdom has no object URLs: a stand-in that records which Blob each one was made for.
  Object.defineProperty(URL, 'createObjectURL', {
    configurable: true,
    value: vi.fn((blob: Blob) => `blob:stored-${objectUrls.push(blob)}`),
  });
  Object.defineProperty(URL, 'revokeObjectURL', { configurable: true, value: vi.fn() });
});

afterAll(() => {
  Reflect.deleteProperty(URL, 'createObjectURL');
  Reflect.deleteProperty(URL, 'revokeObjectURL');
});

afterEach(async () => {
  objectUrls.length = 0;
  await db.attachments.clear();
});

async function storedPng(): Promise<string> {
  const hash = await attachmentHash(onePixelPng);
  const blob = new Blob([onePixelPng], { type: 'image/png' });
  await storeAttachments(db, [{ hash, mediaType: 'image/png', byteSize: onePixelPng.length, blob, thumbnail: null }]);
  return hash;
}

describe('stored files in Markdown', () => {
  it('shows a stored image in place, from its own Blob', async () => {
    const hash = await storedPng();
    render(<MarkdownView markdown={`Before the launch:\n\n![The dashboard](attachment:${hash})`} />);
    const image = await screen.findByRole('img', { name: 'The dashboard' });
    expect(image.getAttribute('src')).toMatch(/^blob:stored-\d+$/);
    // The URL is made from the stored row's Blob (fake-indexeddb keeps no Blob type to compare).
    expect(objectUrls.length).toBeGreaterThan(0);
  });

  it('names a stored PDF, and a hash this computer does not have, in plain text', async () => {
    const pdf = tinyPdf();
    const pdfHash = await attachmentHash(pdf);
    await storeAttachments(db, [
      {
        hash: pdfHash,
        mediaType: 'application/pdf',
        byteSize: pdf.length,
        blob: new Blob([pdf], { type: 'application/pdf' }),
        thumbnail: null,
      },
    ]);
    const { container } = render(
      <MarkdownView markdown={`![Signed review](attachment:${pdfHash}) and ![Gone](attachment:${'0'.repeat(64)})`} />,
    );
    expect(await screen.findByText('[PDF: Signed review]')).toBeTruthy();
    expect(screen.getByText('[image: Gone]')).toBeTruthy();
    expect(container.querySelector('img')).toBeNull();
  });

  it('loads no other image source, and leaves a malformed attachment: value inert', async () => {
    const hash = await storedPng();
    const hostile = [
      `attachment:${hash.toUpperCase()}`,
      `attachment:${hash.slice(1)}`,
      `attachment:${hash}?x=1`,
      `attachment:${hash}#frag`,
      `attachment://${hash}`,
      'attachment:../../secrets',
      'https://example.com/pixel.png',
      'http://127.0.0.1/track.gif',
      '//example.com/pixel.png',
      'data:image/png;base64,iVBORw0KGgo=',
      'blob:https://example.com/1',
      'file:///etc/passwd',
      'javascript:alert(1)',
    ];
    const markdown = hostile.map((source, index) => `![hostile ${index}](${source})`).join('\n\n');
    const { container } = render(<MarkdownView markdown={`${markdown}\n\n[a link](attachment:${hash}) [another](javascript:alert(1))`} />);
    // Let any live query settle before looking.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelectorAll('.markdown-image-placeholder')).toHaveLength(hostile.length);
    expect(objectUrls).toHaveLength(0);
    for (const link of container.querySelectorAll('a')) expect(link.getAttribute('href') ?? '').toBe('');
  });
});

import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { entriesToMarkdown } from '../../../../src-renderer/src/domain/entries/entriesMarkdown';
import { attachedFilesLeftOutNote } from '../../../../src-renderer/src/domain/exports/attachedFiles';
import { attachmentPaths, safeMemberName, exportMarkdown } from '../../../../src-renderer/src/domain/exports/markdownZip';
import type { AttachmentRef, Entry } from '../../../../src-renderer/src/domain/types';
import { onePixelGif, onePixelPng, tinyPdf } from '../../../support/attachmentSamples';
import { makeFramework } from '../../backupFactory';
import { makeEntry } from '../../entryFactory';

const framework = makeFramework();
const markdownName = 'scope-journal-2026-11-18.md';

/** A reference to a file whose hash starts with `prefix` (the builder trusts hashes: the database checked them). */
function fileRef(prefix: string, fileName: string, mediaType: AttachmentRef['mediaType'], byteSize = 10): AttachmentRef {
  return { hash: prefix.padEnd(64, '0'), fileName, mediaType, byteSize };
}

const diagram = fileRef('aaaaaaaaaaaa1', 'Architecture diagram (final).png', 'image/png');
const review = fileRef('bbbbbbbbbbbb2', 'Q3 review.pdf', 'application/pdf');
const dot = fileRef('cccccccccccc3', 'dot.gif', 'image/gif');

const bytesByHash = new Map<string, Uint8Array<ArrayBuffer>>([
  [diagram.hash, onePixelPng],
  [review.hash, tinyPdf('Quarterly review')],
  [dot.hash, onePixelGif],
]);

function readFile(hash: string): Promise<Blob | undefined> {
  const bytes = bytesByHash.get(hash);
  return Promise.resolve(bytes ? new Blob([bytes]) : undefined);
}

/** Exports `entries` and reads the zip back: its members and how each was compressed. */
async function exportZip(entries: readonly Entry[]) {
  const made = await exportMarkdown(entries, framework, { markdownName, readFile });
  if (made.kind !== 'zip') throw new Error('expected a zip');
  const compression = new Map<string, number>();
  const members = unzipSync(new Uint8Array(await made.zip.arrayBuffer()), {
    filter: (file) => {
      compression.set(file.name, file.compression);
      return true;
    },
  });
  return { made, members, compression, markdown: strFromU8(members[markdownName] ?? new Uint8Array()) };
}

/** The targets of the Markdown's relative links and images, in order. */
function linkTargets(markdown: string): string[] {
  return [...markdown.matchAll(/\]\((attachments\/[^)\s]+)\)/g)].map((match) => match[1] ?? '');
}

describe('the Markdown export', () => {
  it('is the same .md text as before when no exported entry has a file attached', async () => {
    const entries = [
      makeEntry({ title: 'Shipped search', occurredOn: '2026-03-02' }),
      // A file on an entry in the trash: the trash is not exported, so neither is the file.
      makeEntry({ title: 'Deleted', deletedAt: '2026-04-01T10:00:00.000Z', attachments: [diagram] }),
    ];
    const made = await exportMarkdown(entries, framework, { markdownName, readFile });
    expect(made).toEqual({ kind: 'markdown', contents: entriesToMarkdown(entries, framework), entryCount: 1 });
  });

  it('becomes a zip of the document and each file once, linked relatively, the files stored as they are', async () => {
    const entries = [
      makeEntry({ title: 'Designed the platform', occurredOn: '2026-02-01', attachments: [diagram, review], body: 'Body stays.' }),
      makeEntry({ title: 'Reused the diagram', occurredOn: '2026-03-01', attachments: [diagram, dot] }),
      makeEntry({ title: 'No files', occurredOn: '2026-04-01' }),
    ];
    const { made, members, compression, markdown } = await exportZip(entries);
    expect(made).toMatchObject({ kind: 'zip', entryCount: 3, fileCount: 3, missingCount: 0 });
    expect(Object.keys(members).sort()).toEqual([
      'attachments/aaaaaaaaaaaa-Architecture-diagram-final.png',
      'attachments/bbbbbbbbbbbb-Q3-review.pdf',
      'attachments/cccccccccccc-dot.gif',
      markdownName,
    ]);
    // Images and PDFs are compressed already: stored. The document is deflated.
    expect(compression.get('attachments/aaaaaaaaaaaa-Architecture-diagram-final.png')).toBe(0);
    expect(compression.get('attachments/bbbbbbbbbbbb-Q3-review.pdf')).toBe(0);
    expect(compression.get(markdownName)).toBe(8);

    expect(markdown).toContain(
      '![Architecture diagram (final).png](attachments/aaaaaaaaaaaa-Architecture-diagram-final.png)\n\n' +
        'Attached file: [Q3 review.pdf](attachments/bbbbbbbbbbbb-Q3-review.pdf)\n\nBody stays.',
    );
    expect(markdown).toContain('### Reused the diagram');
    // Every link resolves to a member, whose bytes are the file's.
    const targets = linkTargets(markdown);
    expect(targets).toHaveLength(4);
    for (const target of targets) expect(members[target]).toBeDefined();
    expect(members['attachments/aaaaaaaaaaaa-Architecture-diagram-final.png']).toEqual(onePixelPng);
    expect(members['attachments/cccccccccccc-dot.gif']).toEqual(onePixelGif);
    expect(strFromU8(members['attachments/bbbbbbbbbbbb-Q3-review.pdf'] ?? new Uint8Array())).toContain('%PDF-1.4');
  });

  it('names a file that is not on this computer without linking it, and counts it', async () => {
    const missing = fileRef('dddddddddddd4', 'gone.png', 'image/png');
    const { made, members, markdown } = await exportZip([makeEntry({ attachments: [missing, dot] })]);
    expect(made).toMatchObject({ fileCount: 1, missingCount: 1 });
    expect(Object.keys(members)).toHaveLength(2);
    expect(markdown).toContain('Attached file: gone.png (not on this computer when this was exported)');
    expect(linkTargets(markdown)).toEqual(['attachments/cccccccccccc-dot.gif']);
  });

  it('gives every file a readable, unique name that stays inside attachments/, and escapes names in the text', async () => {
    const hostile = [
      fileRef('111111111111a', '../../etc/passwd.png', 'image/png'),
      fileRef('111111111111b', '..\\..\\Windows\\passwd.png', 'image/png'),
      fileRef('222222222222c', '.hidden', 'image/png'),
      fileRef('333333333333d', 'CON', 'application/pdf'),
      fileRef('444444444444e', 'Café menu ](javascript:alert(1)) <b>.JPEG', 'image/jpeg'),
      fileRef('555555555555f', '\u202Egnp.exe', 'image/png'),
      fileRef('666666666666a', `${'long '.repeat(40)}.png`, 'image/png'),
    ];
    const paths = [...attachmentPaths([makeEntry({ attachments: hostile })]).values()];
    expect(paths).toEqual([
      'attachments/111111111111-passwd.png',
      // The same first 12 digits and the same name: the whole hash tells them apart.
      `attachments/${'111111111111b'.padEnd(64, '0')}-passwd.png`,
      'attachments/222222222222-hidden.png',
      'attachments/333333333333-CON.pdf',
      'attachments/444444444444-Café-menu-javascript-alert-1-b.jpeg',
      // The extension names what the bytes are; the claimed one goes.
      'attachments/555555555555-gnp.png',
      `attachments/666666666666-${'long-'.repeat(12).slice(0, 59)}.png`,
    ]);
    expect(new Set(paths).size).toBe(paths.length);
    for (const path of paths) expect(path).toMatch(/^attachments\/[0-9a-f]{12,64}-[\p{L}\p{N}][\p{L}\p{N}._-]*$/u);
    for (const path of paths) expect(path.split('/').some((part) => part === '..' || part === '.')).toBe(false);

    bytesByHash.set(hostile[4]?.hash ?? '', onePixelPng);
    const { markdown } = await exportZip([makeEntry({ attachments: [hostile[4] ?? dot] })]);
    expect(markdown).toContain(
      '![Café menu \\](javascript:alert(1)) \\<b\\>.JPEG](attachments/444444444444-Café-menu-javascript-alert-1-b.jpeg)',
    );
  });

  it('stops between files when cancelled, and reports how far it got', async () => {
    const controller = new AbortController();
    const seen: number[] = [];
    const entries = [makeEntry({ attachments: [diagram, dot] })];
    const done = exportMarkdown(entries, framework, {
      markdownName,
      readFile,
      onProgress: (fraction) => {
        seen.push(fraction);
        controller.abort();
      },
      signal: controller.signal,
    });
    await expect(done).rejects.toThrow();
    expect(seen).toHaveLength(1);
    expect(seen[0]).toBeGreaterThan(0);
    expect(seen[0]).toBeLessThan(1);
  });
});

describe('safeMemberName', () => {
  it('keeps letters, digits and . _ -, and an extension that names the kind of file', () => {
    expect(safeMemberName('Q3 review (final).PDF', 'application/pdf')).toBe('Q3-review-final.pdf');
    expect(safeMemberName('photo.jpg', 'image/jpeg')).toBe('photo.jpg');
    expect(safeMemberName('photo.png', 'image/jpeg')).toBe('photo.jpg');
    expect(safeMemberName('Pasted image 2026-11-18 10.04.png', 'image/png')).toBe('Pasted-image-2026-11-18-10.04.png');
    expect(safeMemberName('', 'image/gif')).toBe('file.gif');
    expect(safeMemberName('///', 'image/webp')).toBe('file.webp');
    expect(safeMemberName('日本語のメモ.pdf', 'application/pdf')).toBe('日本語のメモ.pdf');
  });
});

describe('what the JSON and CSV exports say about attached files', () => {
  it('counts each file once, and says nothing when none is attached', () => {
    expect(attachedFilesLeftOutNote([makeEntry()])).toBe('');
    expect(attachedFilesLeftOutNote([makeEntry({ attachments: [dot] })])).toBe(
      '1 attached file is not in this file; export Markdown to take them along, or make a backup.',
    );
    expect(attachedFilesLeftOutNote([makeEntry({ attachments: [dot, diagram] }), makeEntry({ attachments: [dot, review] })])).toBe(
      '3 attached files are not in this file; export Markdown to take them along, or make a backup.',
    );
  });
});

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { withDocumentInfo } from '../../src-main/services/pdfDocumentInfo';
import { hasPdfinfo, pdfInfo } from '../support/pdfInfo';
import { chromiumLikePdf } from './samplePdf';

let folder: string | undefined;

afterEach(() => {
  if (folder) rmSync(folder, { recursive: true, force: true });
  folder = undefined;
});

/** What poppler's `pdfinfo` reads from `pdf`, written to a temporary file. */
function pdfinfoOf(pdf: Uint8Array): Record<string, string> {
  folder = mkdtempSync(join(tmpdir(), 'pdf-info-'));
  const file = join(folder, 'packet.pdf');
  writeFileSync(file, pdf);
  return pdfInfo(file);
}

describe('a PDF’s document information', () => {
  it('keeps the printed bytes and appends an update naming the new dictionary', () => {
    const original = chromiumLikePdf();
    const updated = withDocumentInfo(original, { title: 'Case for Staff', author: 'Maya Okafor' });
    expect(updated.subarray(0, original.length)).toEqual(original);
    const update = new TextDecoder('latin1').decode(updated.subarray(original.length));
    expect(update).toMatch(
      /^\n5 0 obj\n<<\/Title <FEFF[0-9A-F]+> \/Author <FEFF[0-9A-F]+> \/Creator <FEFF[0-9A-F]+> \/Producer \(Skia\/PDF m156\) \/CreationDate \(D:20261204100000\+00'00'\)>>\nendobj\n/,
    );
    expect(update).toContain('trailer\n<</Size 6 /Root 2 0 R /Info 5 0 R /Prev ');
    // The new cross-reference entry points at the new object, and startxref at the new section.
    const text = new TextDecoder('latin1').decode(updated);
    const entry = /xref\n5 1\n(\d{10}) 00000 n\r\n/.exec(text);
    expect(text.slice(Number(entry?.[1]), Number(entry?.[1]) + 8)).toBe('5 0 obj\n');
    const startCrossReference = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(text)?.[1]);
    expect(text.slice(startCrossReference, startCrossReference + 7)).toBe('xref\n5 ');
  });

  it('leaves out an empty author', () => {
    const update = new TextDecoder('latin1').decode(withDocumentInfo(chromiumLikePdf(), { title: 'Packet', author: '  ' }));
    expect(update).not.toContain('/Author');
  });

  it('refuses a file whose end it cannot read, rather than writing a broken one', () => {
    const truncated = chromiumLikePdf().subarray(0, 200);
    expect(() => withDocumentInfo(truncated, { title: 'Packet' })).toThrow(/no trailer/);
  });

  it.skipIf(!hasPdfinfo)('is what a PDF reader shows, in any script', () => {
    const info = pdfinfoOf(withDocumentInfo(chromiumLikePdf(), { title: 'Dossier für Staff — 晋升', author: 'Zoë (O’Neil) \\ Okafor' }));
    expect(info.Title).toBe('Dossier für Staff — 晋升');
    expect(info.Author).toBe('Zoë (O’Neil) \\ Okafor');
    expect(info.Creator).toBe('Scope Journal');
    expect(info.Producer).toBe('Skia/PDF m156');
    expect(info.Pages).toBe('1');
  });
});

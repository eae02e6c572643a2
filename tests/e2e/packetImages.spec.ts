import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { tinyPdf } from '../support/attachmentSamples';
import { pdfText } from '../support/pdfInfo';
import { pngMadeInPage } from './support/fileTransfer';
import { expect, test } from './support/fixtures';
import type { EntryFields, JournalPage } from './support/JournalPage';
import { installMainBridge, pdfExportTimeout } from './support/mainBridge';
import { buildPacket } from './support/packetBuilder';

interface AttachedFile {
  name: string;
  mimeType: string;
  bytes: Uint8Array;
}

/** Creates an entry with `files` attached through Attach file…, and waits until it is saved. */
async function createEntryWithFiles(journal: JournalPage, fields: EntryFields, files: AttachedFile[]): Promise<void> {
  await journal.page.getByRole('button', { name: 'New entry' }).click();
  await journal.fillEditor(fields);
  const editor = journal.editor;
  await editor
    .locator('input[type="file"]')
    .setInputFiles(files.map((file) => ({ name: file.name, mimeType: file.mimeType, buffer: Buffer.from(file.bytes) })));
  for (const file of files) await expect(editor.getByRole('button', { name: `Open ${file.name}` })).toBeVisible();
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(journal.panel.getByRole('heading', { name: fields.title, exact: true })).toBeVisible();
}

/** How many images poppler's `pdfimages -list` finds in the PDF at `path` (a soft mask counts as one more). */
function pdfImageCount(path: string): number {
  const lines = execFileSync('pdfimages', ['-list', path], { encoding: 'utf8' }).trim().split('\n');
  // Two header lines: the column names and a rule.
  return lines.slice(2).filter((line) => /^\s*\d+\s+\d+\s+image\b/.test(line)).length;
}

const entry: EntryFields = {
  title: 'Drew the payments architecture',
  date: '2026-10-05',
  competencies: ['Architectural judgment'],
  body: 'The diagram the three teams now build from.',
};

test('a packet prints its entries’ images when asked, and leaves them out while people are redacted', async ({ journal, page }) => {
  test.setTimeout(120_000);
  let next = test.info().outputPath('with-images.pdf');
  await installMainBridge(page, { saveDialogPath: () => next });
  await journal.openEmpty();
  const diagram = { name: 'diagram.png', mimeType: 'image/png', bytes: await pngMadeInPage(page, 480, 270) };
  await createEntryWithFiles(journal, entry, [diagram, { name: 'review.pdf', mimeType: 'application/pdf', bytes: tinyPdf() }]);

  await buildPacket(page);
  const includeImages = page.getByRole('checkbox', { name: 'Include images' });
  await expect(includeImages).toBeChecked();
  await expect(
    page.getByRole('group', { name: 'Evidence' }).getByRole('checkbox', { name: /Drew the payments architecture/ }),
  ).toBeChecked();

  // (a) The preview, which is what prints, shows the image under its entry in the appendix; the PDF holds it.
  const preview = page.getByRole('region', { name: 'Preview' });
  const image = preview.getByRole('img', { name: 'diagram.png' });
  await expect(image).toBeVisible();
  await expect.poll(() => image.evaluate((element: HTMLImageElement) => element.naturalWidth)).toBe(480);
  await expect(preview.getByRole('img', { name: 'review.pdf' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Export PDF' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Saved the PDF to ${next}` })).toBeVisible(pdfExportTimeout);
  expect(pdfImageCount(next)).toBeGreaterThanOrEqual(1);
  expect(pdfText(next)).toContain('Drew the payments architecture');

  // The HTML file carries the image's bytes (a blob: URL means nothing outside the app); the DOCX embeds it.
  next = test.info().outputPath('with-images.html');
  await page.getByRole('button', { name: 'Export HTML' }).click();
  await expect(page.getByText(`Saved the HTML file to ${next}.`)).toBeVisible();
  const html = readFileSync(next, 'utf8');
  const embedded = /<img [^>]*alt="diagram\.png"[^>]*>/.exec(html)?.[0] ?? '';
  expect(embedded).toContain(`src="data:image/png;base64,${Buffer.from(diagram.bytes).toString('base64')}"`);
  expect(html).not.toContain('blob:');
  next = test.info().outputPath('with-images.docx');
  await page.getByRole('button', { name: 'Export DOCX' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Saved the DOCX to ${next}` })).toBeVisible();
  const docx = unzipSync(new Uint8Array(readFileSync(next)));
  expect(Object.values(docx).some((bytes) => Buffer.from(bytes).equals(Buffer.from(diagram.bytes)))).toBe(true);
  expect(strFromU8(docx['word/document.xml'] ?? new Uint8Array())).toMatch(/<wp:docPr [^>]*descr="diagram\.png"/);

  // (b) Redacting people turns images off, says why beside the checkbox, and the PDF has none.
  await page.getByLabel('Redact people').check();
  await expect(includeImages).not.toBeChecked();
  const why = 'Images are left out while people are redacted: names in a picture cannot be redacted.';
  await expect(page.getByText(why)).toBeVisible();
  await expect(includeImages).toHaveAccessibleDescription(why);
  await expect(preview.getByRole('img', { name: 'diagram.png' })).toHaveCount(0);
  next = test.info().outputPath('redacted.pdf');
  await page.getByRole('button', { name: 'Export PDF' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Saved the PDF to ${next}` })).toBeVisible(pdfExportTimeout);
  expect(pdfImageCount(next)).toBe(0);
  expect(pdfText(next)).toContain('Drew the payments architecture');
});

test('the Markdown export of entries with files attached is a zip whose links open the files', async ({ journal, page }) => {
  const folder = test.info().outputPath();
  let next = `${folder}/journal.zip`;
  await installMainBridge(page, { saveDialogPath: () => next });
  await journal.openEmpty();
  const diagram = { name: 'Payments diagram (v2).png', mimeType: 'image/png', bytes: await pngMadeInPage(page, 64, 48) };
  const review = { name: 'Q3 review.pdf', mimeType: 'application/pdf', bytes: tinyPdf('Quarterly review') };
  await createEntryWithFiles(journal, entry, [diagram, review]);
  await journal.createEntry({ title: 'Mentored a new hire', date: '2026-10-20' });

  await page.getByRole('link', { name: 'Data' }).click();
  await page.getByRole('button', { name: 'Export Markdown' }).click();
  await expect(page.getByText(`Saved 2 entries and 2 attached files to ${next}.`)).toBeVisible();

  const members = unzipSync(new Uint8Array(readFileSync(next)));
  const markdownName = Object.keys(members).find((name) => name.endsWith('.md')) ?? '';
  expect(markdownName).toMatch(/^scope-journal-2026-11-18\.md$/);
  const markdown = strFromU8(members[markdownName] ?? new Uint8Array());
  expect(markdown).toContain('### Drew the payments architecture');
  expect(markdown).toContain('### Mentored a new hire');
  const image = /!\[Payments diagram \(v2\)\.png\]\((attachments\/[^)]+)\)/.exec(markdown)?.[1] ?? '';
  const link = /Attached file: \[Q3 review\.pdf\]\((attachments\/[^)]+)\)/.exec(markdown)?.[1] ?? '';
  expect(image).toMatch(/^attachments\/[0-9a-f]{12}-Payments-diagram-v2\.png$/);
  expect(link).toMatch(/^attachments\/[0-9a-f]{12}-Q3-review\.pdf$/);
  // Every member is the document or a linked file, and each file is the bytes that were attached.
  expect(Object.keys(members).sort()).toEqual([image, link, markdownName].sort());
  expect(members[image]).toEqual(diagram.bytes);
  expect(members[link]).toEqual(review.bytes);

  // The JSON export keeps the references only, and says so.
  next = `${folder}/entries.json`;
  await page.getByRole('button', { name: 'Export entries (JSON)' }).click();
  await expect(
    page.getByText(
      `Exported 2 entries to ${next}. 2 attached files are not in this file; export Markdown to take them along, or make a backup.`,
    ),
  ).toBeVisible();
});

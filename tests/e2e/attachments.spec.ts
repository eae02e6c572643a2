import type { Locator, Page } from '@playwright/test';
import { onePixelGif, scriptedSvg, tinyPdf } from '../support/attachmentSamples';
import { seriousViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { dataTransferOf, drop, paste, pngMadeInPage } from './support/fileTransfer';
import type { JournalPage } from './support/JournalPage';

// The PDF asks any viewer to run a script as it opens: none may.
const reviewPdf = { name: 'review.pdf', type: 'application/pdf', bytes: tinyPdf('Quarterly review', 'app.alert("pdf script ran")') };

/** Opens a new entry's editor with a title. */
async function newEntry(journal: JournalPage, title: string): Promise<Locator> {
  await journal.page.getByRole('button', { name: 'New entry' }).click();
  await journal.editor.getByLabel('Title', { exact: true }).fill(title);
  return journal.editor;
}

/** The pixel of a PDF page's canvas at (x, y) in PDF points from its top left (pages here are 300 points wide). */
async function pagePixel(canvas: Locator, x: number, y: number): Promise<number[]> {
  return canvas.evaluate(
    (element, { x, y }) => {
      const page = element as HTMLCanvasElement;
      const scale = page.width / 300;
      return [...(page.getContext('2d')?.getImageData(Math.round(x * scale), Math.round(y * scale), 1, 1).data ?? [])];
    },
    { x, y },
  );
}

/** Checks what the Data screen says attachments take, then goes back to the journal. */
async function expectAttachmentUsage(page: Page, expected: string | RegExp): Promise<void> {
  await page.getByRole('link', { name: 'Data' }).click();
  await expect(page.getByText(/^Attachments: \d/)).toHaveText(expected);
  await page.getByRole('link', { name: 'Journal' }).click();
}

test('a pasted image and a dropped PDF are attached, kept across a reload, and shown', async ({ journal, page }) => {
  // Two files, a reload and both viewers: pdf.js starts a 1.2 MB worker the first time a PDF opens.
  test.setTimeout(90_000);
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await journal.openEmpty();
  const editor = await newEntry(journal, 'Launched the new search');
  const body = editor.getByLabel('Body', { exact: true });
  await body.fill('Screenshot and the review below.');

  // A paste that carries text is the browser's: the page takes over only a paste of files alone.
  const png = { name: 'image.png', type: 'image/png', bytes: await pngMadeInPage(page, 64, 48) };
  expect(await paste(body, await dataTransferOf(page, [png], 'Some copied text'))).toBe(false);
  expect(await paste(body, await dataTransferOf(page, [png]))).toBe(true);
  const pastedButton = editor.getByRole('button', { name: /^Open Pasted image 2026-11-18 10\.\d\d\.png$/ });
  await expect(pastedButton).toBeVisible();
  await expect(editor.getByRole('status').filter({ hasText: 'Attached “Pasted image' })).toBeVisible();

  await drop(editor.getByLabel('Title', { exact: true }), await dataTransferOf(page, [reviewPdf]));
  await expect(editor.getByRole('button', { name: 'Open review.pdf' })).toBeVisible();
  await expect(editor.getByRole('list', { name: 'Attached files' }).getByRole('listitem')).toHaveCount(2);
  await expect(body).toHaveValue('Screenshot and the review below.');

  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(journal.panel.getByRole('heading', { name: 'Launched the new search' })).toBeVisible();

  await page.reload();
  await journal.article('Launched the new search').click();
  const attachments = journal.panel.getByRole('region', { name: 'Attachments' });
  const openImage = attachments.getByRole('button', { name: /^Open Pasted image/ });
  const openPdf = attachments.getByRole('button', { name: 'Open review.pdf' });
  await expect(openImage).toBeVisible();
  await expect(openPdf).toBeVisible();
  await expect(attachments).toContainText('PNG · 64 × 48');
  await expect(attachments).toContainText('PDF ·');
  // The thumbnail was made once, stored, and comes back from the database.
  await expect.poll(() => openImage.locator('img').evaluate((image: HTMLImageElement) => image.naturalWidth)).toBeGreaterThan(0);

  await openImage.click();
  const imageViewer = page.getByRole('dialog', { name: /^Pasted image/ });
  const fullImage = imageViewer.getByRole('img', { name: /^Pasted image/ });
  await expect(fullImage).toBeVisible();
  await expect.poll(() => fullImage.evaluate((image: HTMLImageElement) => [image.naturalWidth, image.naturalHeight])).toEqual([64, 48]);
  expect(await fullImage.getAttribute('src')).toMatch(/^blob:/);
  await page.keyboard.press('Escape');
  await expect(imageViewer).toBeHidden();
  await expect(openImage).toBeFocused();

  await openPdf.click();
  const pdfViewer = page.getByRole('dialog', { name: 'review.pdf' });
  const firstPage = pdfViewer.getByRole('img', { name: 'Page 1 of 1' });
  await expect(firstPage).toBeVisible();
  await expect(pdfViewer.getByRole('status')).toHaveText('1 page');
  expect(await seriousViolations(page), 'the PDF viewer over the entry and its tiles').toEqual([]);
  // The red box the PDF draws, 80 points in and 150 down, is on the canvas.
  await expect.poll(() => pagePixel(firstPage, 80, 150)).toEqual([expect.any(Number), expect.any(Number), expect.any(Number), 255]);
  const [red, green, blue] = await pagePixel(firstPage, 80, 150);
  expect(red).toBeGreaterThan(200);
  expect(green).toBeLessThan(60);
  expect(blue).toBeLessThan(60);
  await pdfViewer.getByRole('button', { name: 'Close' }).click();
  await expect(pdfViewer).toBeHidden();
  await expect(openPdf).toBeFocused();

  expect(dialogs).toEqual([]);
  await expectAttachmentUsage(page, /^Attachments: 2 files, [\d.,]+ (bytes|KB)\.$/);
});

test('an SVG and a file whose contents do not match its name are refused, and nothing is attached', async ({ journal, page }) => {
  await journal.openEmpty();
  const editor = await newEntry(journal, 'Tried to attach the wrong things');

  await drop(
    editor.getByLabel('Body', { exact: true }),
    await dataTransferOf(page, [{ name: 'logo.svg', type: 'image/svg+xml', bytes: scriptedSvg }]),
  );
  await expect(editor.getByRole('alert')).toHaveText(
    '“logo.svg” is an SVG image, which can carry script, so it cannot be attached: attach a PNG of it instead. Nothing was attached.',
  );

  // Through Attach file…: a PDF that calls itself a PNG.
  await editor
    .locator('input[type="file"]')
    .setInputFiles({ name: 'diagram.png', mimeType: 'image/png', buffer: Buffer.from(reviewPdf.bytes) });
  await expect(editor.getByRole('alert')).toHaveText('“diagram.png” is not a PNG image: its contents are a PDF. Nothing was attached.');

  // A drop of several files is all or nothing.
  const good = { name: 'dot.gif', type: 'image/gif', bytes: onePixelGif };
  const renamed = { name: 'photo.jpg', type: 'image/jpeg', bytes: onePixelGif };
  await drop(editor.getByRole('form', { name: 'New entry' }), await dataTransferOf(page, [good, renamed]));
  await expect(editor.getByRole('alert')).toContainText(
    '“photo.jpg” is not a JPEG image: its contents are a GIF image. Nothing was attached.',
  );
  await expect(editor.getByRole('alert')).toContainText('the other file was not attached either');

  await expect(editor.getByRole('list', { name: 'Attached files' })).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(journal.panel.getByRole('region', { name: 'Attachments' })).toHaveCount(0);
  await expectAttachmentUsage(page, 'Attachments: 0 files, 0 bytes.');
});

test('attachments follow their entry into the trash and back; deleting it forever frees them', async ({ journal, page }) => {
  await journal.openEmpty();
  const editor = await newEntry(journal, 'Whiteboard from the design review');
  await editor
    .locator('input[type="file"]')
    .setInputFiles({ name: 'whiteboard.png', mimeType: 'image/png', buffer: Buffer.from(await pngMadeInPage(page, 40, 30)) });
  await expect(editor.getByRole('button', { name: 'Open whiteboard.png' })).toBeVisible();
  await editor.getByRole('button', { name: 'Save' }).click();
  await journal.panel.getByRole('button', { name: 'Move to trash' }).click();

  await page.getByRole('button', { name: 'Trash (1)' }).click();
  await page.getByRole('article', { name: 'Whiteboard from the design review' }).getByRole('button', { name: 'Restore' }).click();
  await page.getByRole('button', { name: 'Back to journal' }).click();
  await journal.article('Whiteboard from the design review').click();
  await journal.panel.getByRole('button', { name: 'Open whiteboard.png' }).click();
  await expect(page.getByRole('dialog', { name: 'whiteboard.png' }).getByRole('img', { name: 'whiteboard.png' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expectAttachmentUsage(page, /^Attachments: 1 file, /);

  // Two days on (files added within the last day are spared: an editor may hold them unsaved).
  await page.clock.setSystemTime(new Date('2026-11-20T10:00:00'));
  await journal.article('Whiteboard from the design review').click();
  await journal.panel.getByRole('button', { name: 'Move to trash' }).click();
  await page.getByRole('button', { name: 'Trash (1)' }).click();
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Delete “Whiteboard from the design review” forever' }).click();
  await expect(page.getByText('The trash is empty.')).toBeVisible();
  await page.getByRole('button', { name: 'Back to journal' }).click();
  await expectAttachmentUsage(page, 'Attachments: 0 files, 0 bytes.');
});

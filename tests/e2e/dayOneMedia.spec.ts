import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { strToU8, zipSync } from 'fflate';
import { scriptedSvg } from '../support/attachmentSamples';
import { expect, test } from './support/fixtures';
import { storedFiles } from './support/storedAttachments';
import { pngMadeInPage } from './support/fileTransfer';

/*
 * A Day One zip's photo comes in with its entry, through the file chooser as a user of the browser
 * build imports it: the entry shows the photo's thumbnail among its attachments and the photo itself
 * where Day One's text showed it, and the stored file is byte for byte the one in the zip.
 */

const photoMd5 = '0f1e2d3c4b5a69788796a5b4c3d2e1f0';
const svgMd5 = 'aa11bb22cc33dd44ee55ff6600771188';

async function chooseFile(page: Page, name: string, bytes: Uint8Array) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import…' }).click();
  const path = test.info().outputPath(name);
  writeFileSync(path, bytes);
  await (await chooser).setFiles(path);
}

test('a Day One photo is attached to its entry and shown in place of its link', async ({ journal, page }) => {
  await journal.openEmpty();
  const photo = await pngMadeInPage(page, 64, 48);
  const photoHash = createHash('sha256').update(photo).digest('hex');
  const exported = {
    metadata: { version: '1.0' },
    entries: [
      {
        uuid: '6C1D2E3F405162738495A6B7C8D9EAFB',
        creationDate: '2026-05-12T08:30:00Z',
        timeZone: 'Europe/Paris',
        text: '# Demoed the new search to the sales team\n\n![](dayone-moment://PHOTO-1)\n\nThey asked for saved filters\\.\n\n![](dayone-moment://SKETCH-1)',
        photos: [
          { identifier: 'PHOTO-1', md5: photoMd5, type: 'png', width: 64, height: 48 },
          { identifier: 'SKETCH-1', md5: svgMd5, type: 'png' },
        ],
        videos: [{ identifier: 'VIDEO-1', md5: 'bb'.repeat(16), type: 'mov' }],
      },
    ],
  };
  const zip = zipSync({
    'Journal.json': strToU8(JSON.stringify(exported)),
    [`photos/${photoMd5}.png`]: photo,
    // An SVG named .png: refused as it is when attached.
    [`photos/${svgMd5}.png`]: scriptedSvg,
    [`videos/${'bb'.repeat(16)}.mov`]: new Uint8Array(512).fill(3),
  });

  await page.getByRole('link', { name: 'Data' }).click();
  await chooseFile(page, 'Export-Work.zip', zip);
  const preview = page.getByRole('region', { name: 'Import preview' });
  await expect(preview).toContainText('Export-Work.zip: a Day One export (zip)');
  await expect(preview).toContainText('1 photo will be attached to 1 entry.');
  await expect(preview).toContainText(
    `In “Demoed the new search to the sales team”: “${svgMd5}.png” is an SVG image, which can carry script, so it cannot be attached: attach a PNG of it instead. It was skipped.`,
  );
  await expect(preview).toContainText('1 video or audio file was skipped: only photos and PDFs are imported.');
  await preview.getByRole('button', { name: 'Import 1 entry' }).click();
  await expect(page.getByText('Imported 1 entry from Export-Work.zip. 1 photo or PDF was attached.')).toBeVisible();

  await page.getByRole('link', { name: 'Journal' }).click();
  await page.getByRole('article', { name: 'Demoed the new search to the sales team' }).click();
  // Among the attachments, a tile with the photo's thumbnail, made in the worker and stored.
  const attachments = journal.panel.getByRole('region', { name: 'Attachments' });
  const tile = attachments.getByRole('button', { name: `Open ${photoMd5}.png` });
  await expect(tile).toBeVisible();
  await expect(attachments).toContainText('PNG · 64 × 48');
  await expect.poll(() => tile.locator('img').evaluate((image: HTMLImageElement) => image.naturalWidth)).toBeGreaterThan(0);
  // In the body, the photo itself where Day One's link stood, from a blob: URL of the stored file.
  const body = journal.panel.getByRole('region', { name: 'Body' });
  const inPlace = body.getByRole('img', { name: 'Photo' });
  await expect(inPlace).toHaveAttribute('src', /^blob:/);
  await expect.poll(() => inPlace.evaluate((image: HTMLImageElement) => [image.naturalWidth, image.naturalHeight])).toEqual([64, 48]);
  await expect(body).toContainText('They asked for saved filters.');
  await expect(body).not.toContainText('dayone-moment');
  await expect(body.getByRole('img')).toHaveCount(1);

  // The stored file is the zip's photo, byte for byte, under its own hash.
  expect(await storedFiles(page)).toEqual([{ key: photoHash, sha256: photoHash, type: 'image/png', hasThumbnail: true }]);

  // Again: nothing new, and no second copy of the file.
  await page.getByRole('link', { name: 'Data' }).click();
  await chooseFile(page, 'Export-Work.zip', zip);
  await expect(page.getByText('Every entry of Export-Work.zip is already in the journal: there is nothing to import.')).toBeVisible();
  expect(await storedFiles(page)).toHaveLength(1);
});

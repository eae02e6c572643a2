import { writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { strToU8, zipSync } from 'fflate';
import { expect, test } from './support/fixtures';

/*
 * Imports through the file chooser, as a user of the browser build does: a jrnl journal and a Day
 * One zip are previewed, then imported with the kind and scope chosen; importing again adds
 * nothing; damaged files get an alert and change nothing.
 */

const jrnlJournal = `[2026-03-02 09:15] Wrote the design doc for the billing retry queue. Shared it with the payments team.
Two reviewers asked for a section on idempotency keys.

Open question: keep the dead-letter queue for 7 or 30 days? @work @design

[2026-03-04 17:40] Paired with a new engineer on her first on-call handover *
She ran the runbook herself.
@mentoring

[2026-03-09 08:00] Learned how our rate limiter works. <script>window.hacked = true</script> @learning
`;

const dayOneExport = JSON.stringify({
  metadata: { version: '1.0' },
  entries: [
    {
      uuid: '0A1B2C3D4E5F60718293A4B5C6D7E8F9',
      creationDate: '2026-04-01T22:30:00Z',
      timeZone: 'Asia/Tokyo',
      text: '# Led the incident review\\.\n\nWe agreed on three follow\\-ups. ![](dayone-moment://ABCDEF)',
      tags: ['Work'],
      starred: true,
    },
    {
      uuid: 'FFEEDDCCBBAA99887766554433221100',
      creationDate: '2026-04-03T08:00:00Z',
      timeZone: 'Europe/London',
      text: 'Gave the architecture talk\n\nSlides are in the wiki.',
      tags: [],
      starred: false,
    },
  ],
});

async function chooseFile(page: Page, name: string, buffer: Buffer) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import…' }).click();
  // Playwright hands over large files by path only.
  const path = test.info().outputPath(name);
  writeFileSync(path, buffer);
  await (await chooser).setFiles(path);
}

test('a jrnl journal and a Day One zip import through the file chooser after a preview, once', async ({ journal, page }) => {
  await journal.openEmpty();
  await journal.createEntry({ title: 'Written here first' });
  await page.getByRole('link', { name: 'Data' }).click();

  await chooseFile(page, 'journal.txt', Buffer.from(jrnlJournal));
  const preview = page.getByRole('region', { name: 'Import preview' });
  await expect(preview).toContainText('journal.txt: a jrnl journal');
  await expect(preview).toContainText('3 entries, 2 Mar 2026 – 9 Mar 2026.');
  await expect(preview.getByRole('row')).toHaveCount(4);
  await expect(preview.getByRole('row').nth(2)).toContainText('★ Paired with a new engineer on her first on-call handover');
  await preview.getByLabel('Kind for imported entries').selectOption({ label: 'Learning' });
  await preview.getByLabel('Scope for imported entries').selectOption({ label: 'Department' });
  await preview.getByRole('button', { name: 'Import 3 entries' }).click();
  await expect(page.getByText('Imported 3 entries from journal.txt.')).toBeVisible();
  await expect(preview).toHaveCount(0);

  const zip = zipSync({ 'Journal.json': strToU8(dayOneExport), 'photos/ABCDEF.jpeg': new Uint8Array([0xff, 0xd8, 0xff, 0xe0]) });
  await chooseFile(page, 'Export-Journal.zip', Buffer.from(zip));
  await expect(preview).toContainText('a Day One export (zip)');
  await expect(preview).toContainText('2 entries, 2 Apr 2026 – 3 Apr 2026.');
  await expect(preview).toContainText('1 media file was skipped');
  await preview.getByRole('button', { name: 'Import 2 entries' }).click();
  await expect(page.getByText('Imported 2 entries from Export-Journal.zip.')).toBeVisible();

  // Again: nothing new.
  await chooseFile(page, 'journal.txt', Buffer.from(jrnlJournal));
  await expect(page.getByText('Every entry of journal.txt is already in the journal: there is nothing to import.')).toBeVisible();
  await chooseFile(page, 'Export-Journal.zip', Buffer.from(zip));
  await expect(page.getByText('Every entry of Export-Journal.zip is already in the journal: there is nothing to import.')).toBeVisible();

  await page.getByRole('link', { name: 'Journal' }).click();
  await journal.expectCount(6);
  // Day One's date is the entry's own: 2 April in Tokyo. Its escapes are gone, its photo too.
  const review = page.getByRole('article', { name: 'Led the incident review.' });
  await expect(review).toContainText('2 Apr 2026');
  await review.click();
  await expect(page.getByText('We agreed on three follow-ups.')).toBeVisible();
  await expect(page.getByText('dayone-moment')).toHaveCount(0);
  // Imported text is shown, never run.
  await page.getByRole('article', { name: /Learned how our rate limiter works/ }).click();
  expect(await page.evaluate(() => (window as { hacked?: boolean }).hacked)).toBeUndefined();
  const pairing = page.getByRole('article', { name: 'Paired with a new engineer on her first on-call handover' });
  await expect(pairing).toContainText('Learning');
  await expect(pairing).toContainText('Department');
});

test('damaged or foreign files get an alert that names the problem, and the journal is unchanged', async ({ journal, page }) => {
  await journal.openEmpty();
  await journal.createEntry({ title: 'The only entry' });
  await page.getByRole('link', { name: 'Data' }).click();

  await chooseFile(page, 'export.zip', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08]));
  await expect(page.getByRole('alert')).toContainText('export.zip was not imported. The file is not a readable zip archive');
  await expect(page.getByRole('alert')).toContainText('Nothing was changed.');

  await chooseFile(page, 'journal.json', Buffer.from('{"entries": [{"title": "cut short'));
  await expect(page.getByRole('alert')).toContainText('not valid JSON');

  await chooseFile(page, 'journal.txt', Buffer.from('[2026-02-30 09:00] Not a day.\n'));
  await expect(page.getByRole('alert')).toContainText('2026-02-30, which is not a calendar date');

  await chooseFile(page, 'huge.md', Buffer.alloc(65 * 1024 * 1024, 0x61));
  await expect(page.getByRole('alert')).toContainText('larger than 64 MB');

  await expect(page.getByRole('region', { name: 'Import preview' })).toHaveCount(0);
  await page.getByRole('link', { name: 'Journal' }).click();
  await journal.expectCount(1);
});

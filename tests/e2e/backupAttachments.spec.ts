import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { unzipSync } from 'fflate';
import { tinyPdf } from '../support/attachmentSamples';
import { expect, guardAgainstOffMachineRequests, test } from './support/fixtures';
import { dataTransferOf, drop, pngMadeInPage } from './support/fileTransfer';
import { JournalPage } from './support/JournalPage';
import { installMainBridge } from './support/mainBridge';
import { storedFiles } from './support/storedAttachments';
import { defaultClockTime, installTestClock } from './support/testClock';

/*
 * A journal with attached files is backed up as a zip (the backup JSON, a manifest, and every file
 * named by its SHA-256) through the REAL main-process handlers, in pieces, and restored in a fresh
 * profile with every file byte for byte, from a chosen file and from the encrypted backup folder.
 */

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

function testFolder(name: string): string {
  const folder = test.info().outputPath(name);
  mkdirSync(folder, { recursive: true });
  return folder;
}

/** A new, empty profile on the same clock, with its own main bridge. */
async function freshProfile(page: Page, options: Parameters<typeof installMainBridge>[1]) {
  const browser = page.context().browser();
  if (!browser) throw new Error('The test needs a browser to open a second profile.');
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  await installTestClock(context, defaultClockTime);
  const offMachine = await guardAgainstOffMachineRequests(context);
  const freshPage = await context.newPage();
  const bridge = await installMainBridge(freshPage, options);
  return { context, page: freshPage, bridge, offMachine, journal: new JournalPage(freshPage) };
}

test('a backup with attachments is a zip that restores in a fresh profile with every file byte for byte', async ({ journal, page }) => {
  test.slow();
  const folder = testFolder('archive');
  const archivePath = `${folder}/backup.zip`;
  const bridge = await installMainBridge(page, { saveDialogPath: () => archivePath });
  await journal.openEmpty();

  const png = { name: 'dashboard.png', type: 'image/png', bytes: await pngMadeInPage(page, 64, 48) };
  const pdf = { name: 'review.pdf', type: 'application/pdf', bytes: tinyPdf('Quarterly review') };
  await page.getByRole('button', { name: 'New entry' }).click();
  await journal.editor.getByLabel('Title', { exact: true }).fill('Cut p99 latency in half');
  await drop(journal.editor.getByLabel('Title', { exact: true }), await dataTransferOf(page, [png, pdf]));
  await expect(journal.editor.getByRole('list', { name: 'Attached files' }).getByRole('listitem')).toHaveCount(2);
  await journal.editor.getByRole('button', { name: 'Save' }).click();
  await expect(journal.panel.getByRole('heading', { name: 'Cut p99 latency in half' })).toBeVisible();
  const original = await storedFiles(page);
  expect(original.map((file) => file.key).sort()).toEqual([sha256(png.bytes), sha256(pdf.bytes)].sort());

  await page.getByRole('link', { name: 'Data' }).click();
  await expect(page.getByText(/^With 2 attached files, the backup is a \.zip/)).toBeVisible();
  await page.getByRole('button', { name: 'Export backup' }).click();
  await expect(page.getByText(new RegExp(`^Saved the backup to ${archivePath} \\(.+, with 2 attached files\\)\\.$`))).toBeVisible();
  expect(bridge.saveDialogs.at(-1)?.defaultPath).toMatch(/^scope-journal-backup-\d{4}-\d{2}-\d{2}\.zip$/);

  // Any zip reader opens it: the backup, the manifest, and each file under its own checksum.
  const members = unzipSync(readFileSync(archivePath));
  const memberNames = Object.keys(members).sort();
  expect(memberNames.slice(0, 4)).toEqual(
    ['attachments.json', `files/${sha256(png.bytes)}`, `files/${sha256(pdf.bytes)}`, 'scope-journal-backup.json'].sort(),
  );
  expect(memberNames.slice(4)).toEqual([expect.stringMatching(/^thumbnails\/[0-9a-f]{64}$/)]);
  for (const [name, bytes] of Object.entries(members)) {
    if (name.startsWith('files/') || name.startsWith('thumbnails/')) expect(sha256(bytes)).toBe(name.split('/')[1]);
  }
  expect(JSON.parse(new TextDecoder().decode(members['scope-journal-backup.json']))).toMatchObject({ counts: { entries: 1 } });

  // A fresh profile: an empty journal, restored from the zip.
  const fresh = await freshProfile(page, { openDialogPath: () => archivePath });
  await fresh.page.goto('/#/data');
  await fresh.page.getByRole('button', { name: 'Restore backup' }).click();
  const preview = fresh.page.getByRole('region', { name: 'Restore preview' });
  await expect(preview).toContainText('It carries 2 attached files, each matching its checksum.');
  await preview.getByRole('button', { name: 'Restore now' }).click();
  await expect(
    fresh.page.getByText(/^Restored backup\.zip \(replaced\): the journal now holds 1 entry, with 2 attached files\./),
  ).toBeVisible();
  expect(await storedFiles(fresh.page)).toEqual(original);
  expect(original.every((file) => file.key === file.sha256)).toBe(true);

  await fresh.page.getByRole('link', { name: 'Journal' }).click();
  await fresh.journal.article('Cut p99 latency in half').click();
  const attachments = fresh.journal.panel.getByRole('region', { name: 'Attachments' });
  const openImage = attachments.getByRole('button', { name: 'Open dashboard.png' });
  await expect(openImage).toBeVisible();
  await expect(attachments.getByRole('button', { name: 'Open review.pdf' })).toBeVisible();
  await expect.poll(() => openImage.locator('img').evaluate((image: HTMLImageElement) => image.naturalWidth)).toBeGreaterThan(0);
  await fresh.context.close();
  expect(fresh.offMachine).toEqual([]);
});

test('an encrypted automatic backup with attachments restores from the folder once its passphrase is given', async ({ journal, page }) => {
  test.slow();
  const folder = testFolder('automatic-archive');
  await installMainBridge(page, { folderDialogPath: () => folder });
  await journal.openEmpty();
  const png = { name: 'thank-you.png', type: 'image/png', bytes: await pngMadeInPage(page, 32, 32) };
  await page.getByRole('button', { name: 'New entry' }).click();
  await journal.editor.getByLabel('Title', { exact: true }).fill('Thanked by the support team');
  await drop(journal.editor.getByLabel('Title', { exact: true }), await dataTransferOf(page, [png]));
  await expect(journal.editor.getByRole('button', { name: 'Open thank-you.png' })).toBeVisible();
  await journal.editor.getByRole('button', { name: 'Save' }).click();
  await expect(journal.panel.getByRole('heading', { name: 'Thanked by the support team' })).toBeVisible();

  await page.getByRole('link', { name: 'Data' }).click();
  await page.getByRole('button', { name: 'Choose backup folder…' }).click();
  await page.getByLabel('Passphrase for encrypted backups').fill('correct horse battery');
  await page.getByRole('button', { name: 'Save passphrase' }).click();
  await expect(page.getByLabel('Encrypt backups')).toBeChecked();
  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByText(/^Backed up to scope-journal-backup-.*\.zip\.enc/)).toBeVisible();
  const [written] = readdirSync(folder);
  if (written === undefined) throw new Error('no backup was written');
  const bytes = readFileSync(`${folder}/${written}`);
  // Encrypted whole: not even the zip's own signature or a member's name shows.
  expect(bytes.subarray(0, 4).toString('latin1')).toBe('SJBK');
  expect(bytes.includes(Buffer.from('scope-journal-backup.json'))).toBe(false);
  expect(bytes.includes(Buffer.from(png.bytes.subarray(0, 16)))).toBe(false);

  // Another computer: the same folder, but no stored passphrase.
  const fresh = await freshProfile(page, { folderDialogPath: () => folder });
  await fresh.page.goto('/#/data');
  await fresh.page.getByRole('button', { name: 'Choose backup folder…' }).click();
  await fresh.page.getByRole('button', { name: /^Restore the backup of / }).click();
  await fresh.page.getByLabel('Backup passphrase').fill('wrong horse battery');
  await fresh.page.getByRole('button', { name: 'Unlock' }).click();
  await expect(fresh.page.getByRole('alert')).toContainText('The passphrase is wrong');
  await fresh.page.getByLabel('Backup passphrase').fill('correct horse battery');
  await fresh.page.getByRole('button', { name: 'Unlock' }).click();
  const preview = fresh.page.getByRole('region', { name: 'Restore preview' });
  await expect(preview).toContainText('It carries 1 attached file, matching its checksum.');
  await preview.getByRole('button', { name: 'Restore now' }).click();
  await expect(fresh.page.getByText(/with 1 attached file\. The journal as it was is kept/)).toBeVisible();
  expect(await storedFiles(fresh.page)).toEqual(await storedFiles(page));
  await fresh.context.close();
  expect(fresh.offMachine).toEqual([]);
});

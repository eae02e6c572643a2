import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, guardAgainstOffMachineRequests, test } from './support/fixtures';
import { JournalPage } from './support/JournalPage';
import { installMainBridge } from './support/mainBridge';
import { defaultClockTime, installTestClock } from './support/testClock';

/*
 * Two computers (two browser profiles, each with its own IndexedDB and its own user-data folder,
 * each driving the real main-process sync handlers) sync through one folder on disk, as two
 * machines would through Dropbox or Syncthing.
 */

function testFolder(name: string): string {
  const folder = test.info().outputPath(name);
  mkdirSync(folder, { recursive: true });
  return folder;
}

/** Every file under `folder`, as paths relative to it. */
function filesUnder(folder: string, prefix = ''): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? filesUnder(path, `${prefix}${name}/`) : [`${prefix}${name}`];
  });
}

/** A second computer: a new, empty profile on the same clock, with its own main bridge and user data. */
async function secondComputer(page: Page, folder: string) {
  const browser = page.context().browser();
  if (!browser) throw new Error('The test needs a browser to open a second profile.');
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  await installTestClock(context, defaultClockTime);
  const offMachine = await guardAgainstOffMachineRequests(context);
  const otherPage = await context.newPage();
  await installMainBridge(otherPage, { folderDialogPath: () => folder });
  return { context, offMachine, journal: new JournalPage(otherPage) };
}

function syncSection(page: Page) {
  return page.getByRole('region', { name: 'Sync folder' });
}

async function joinFolder(page: Page, passphrase: string) {
  await page.getByRole('link', { name: 'Settings' }).click();
  await syncSection(page).getByRole('button', { name: 'Choose sync folder' }).click();
  await givePassphrase(page, passphrase);
}

async function givePassphrase(page: Page, passphrase: string) {
  const section = syncSection(page);
  await section.getByLabel('Sync passphrase', { exact: true }).fill(passphrase);
  await section.getByLabel('Repeat the sync passphrase').fill(passphrase);
  await section.getByRole('button', { name: 'Use this passphrase' }).click();
}

async function syncNow(page: Page) {
  await page.getByRole('link', { name: 'Settings' }).click();
  const section = syncSection(page);
  await section.getByRole('button', { name: 'Sync now' }).click();
  await expect(section.getByRole('status')).toContainText('Last synced', { timeout: 20_000 });
  await expect(section.getByRole('button', { name: 'Sync now' })).toBeEnabled({ timeout: 20_000 });
}

async function editBody(journal: JournalPage, title: string, body: string) {
  await journal.page.getByRole('link', { name: 'Journal' }).click();
  await journal.article(title).click();
  await journal.panel.getByRole('button', { name: 'Edit', exact: true }).click();
  await journal.editor.getByLabel('Body', { exact: true }).fill(body);
  await journal.editor.getByRole('button', { name: 'Save' }).click();
  await expect(journal.panel.getByRole('region', { name: 'Body' })).toContainText(body.split('\n')[0] ?? body);
}

test('two computers sync through one folder: entries cross both ways, the folder holds only ciphertext, and an overlapping edit is settled by the user', async ({
  journal,
  page,
}) => {
  test.slow();
  const folder = testFolder('sync');
  const homeBridge = await installMainBridge(page, { folderDialogPath: () => folder });
  await journal.openEmpty();
  await journal.createEntry({ title: 'Led the incident review', body: 'Timeline first.\nThen the causes.\nThen the actions.' });
  await joinFolder(page, 'correct horse battery staple');
  await expect(syncSection(page).getByRole('status')).toContainText(/Last synced .*1 change sent/, { timeout: 20_000 });

  const work = await secondComputer(page, folder);
  await work.journal.openEmpty();
  // A wrong passphrase is refused, and nothing changes.
  await joinFolder(work.journal.page, 'wrong horse battery staple');
  await expect(syncSection(work.journal.page).getByRole('alert')).toContainText('The passphrase is wrong', { timeout: 20_000 });
  await work.journal.page.getByRole('link', { name: 'Journal' }).click();
  await work.journal.expectCount(0);
  await work.journal.page.getByRole('link', { name: 'Settings' }).click();
  await givePassphrase(work.journal.page, 'correct horse battery staple');
  await expect(syncSection(work.journal.page).getByRole('status')).toContainText(/Last synced .*1 change received/, { timeout: 20_000 });
  await work.journal.page.getByLabel('This computer’s name').fill('Work laptop');
  await work.journal.page.getByRole('button', { name: 'Rename' }).click();
  await work.journal.page.getByRole('link', { name: 'Journal' }).click();
  await work.journal.expectCount(1);

  // Both computers are listed on each, with their names.
  await syncNow(page);
  const devices = syncSection(page).getByRole('list', { name: 'Computers in the sync folder' });
  await expect(devices.getByRole('listitem')).toHaveCount(2);
  await expect(devices).toContainText('Work laptop: last active');
  await expect(devices).toContainText('(this computer)');

  // An entry written at work reaches home when home wakes from sleep.
  await work.journal.createEntry({ title: 'Mentored two new on-call engineers' });
  await syncNow(work.journal.page);
  await page.getByRole('link', { name: 'Journal' }).click();
  expect(await homeBridge.requestSync()).toBe(1);
  await journal.expectCount(2);

  // Both change the same line: both texts are kept, side by side, until one is chosen.
  await editBody(journal, 'Led the incident review', 'Timeline first, from home.\nThen the causes.\nThen the actions.');
  await editBody(work.journal, 'Led the incident review', 'Timeline first, from work.\nThen the causes.\nThen the actions.');
  await syncNow(work.journal.page);
  await syncNow(page);
  await syncNow(work.journal.page);
  await page.getByRole('link', { name: 'Journal' }).click();
  await journal.article('Led the incident review').click();
  const conflict = journal.panel.getByRole('region', { name: 'Edited on two computers' });
  await expect(conflict).toBeVisible();
  const fromWork = conflict.getByRole('region', { name: /^Text from Work laptop/ });
  const fromHome = conflict.getByRole('region', { name: /^Text from this computer/ });
  await expect(fromWork).toContainText('Timeline first, from work.');
  await expect(fromHome).toContainText('Timeline first, from home.');
  await expect(journal.list.getByRole('article')).toHaveCount(2);
  await fromWork.getByRole('button', { name: 'Keep this one' }).click();
  await expect(conflict).toBeHidden();
  await expect(journal.panel.getByRole('region', { name: 'Body' })).toContainText('Timeline first, from work.');

  await syncNow(page);
  await syncNow(work.journal.page);
  await work.journal.page.getByRole('link', { name: 'Journal' }).click();
  await work.journal.article('Led the incident review').click();
  await expect(work.journal.panel.getByRole('region', { name: 'Edited on two computers' })).toBeHidden();
  await expect(work.journal.panel.getByRole('region', { name: 'Body' })).toContainText('Timeline first, from work.');

  // The folder holds each computer's own files, and none of them says a word of the journal.
  const files = filesUnder(folder);
  expect(files).toContain('scope-journal-sync.json');
  expect(files.filter((name) => name.startsWith('devices/') && name.endsWith('/device.sjs'))).toHaveLength(2);
  for (const name of files.filter((file) => file.startsWith('devices/'))) {
    const bytes = readFileSync(join(folder, name));
    for (const secret of ['incident review', 'Mentored', 'Timeline first', 'Work laptop']) {
      expect(bytes.includes(Buffer.from(secret)), `${name} holds “${secret}” in plain text`).toBe(false);
    }
  }

  // "Remove this computer" stops syncing here and leaves the folder as it was.
  work.journal.page.once('dialog', (dialog) => void dialog.accept());
  await work.journal.page.getByRole('link', { name: 'Settings' }).click();
  await syncSection(work.journal.page).getByRole('button', { name: 'Remove this computer' }).click();
  await expect(syncSection(work.journal.page).getByRole('button', { name: 'Choose sync folder' })).toBeVisible();
  expect(filesUnder(folder).filter((name) => !name.endsWith('device.sjs'))).toEqual(files.filter((name) => !name.endsWith('device.sjs')));
  await work.journal.page.getByRole('link', { name: 'Journal' }).click();
  await work.journal.expectCount(2);
  await work.context.close();
  expect(work.offMachine).toEqual([]);
});

test('a folder that is not a Scope Journal sync folder, or one from a newer version, is refused and nothing is written to it', async ({
  journal,
  page,
}) => {
  const foreign = testFolder('foreign');
  writeFileSync(join(foreign, 'holiday.jpg'), 'not ours');
  const newer = testFolder('newer');
  writeFileSync(join(newer, 'scope-journal-sync.json'), JSON.stringify({ format: 'scope-journal-sync', version: 99 }));
  let chosen = foreign;
  await installMainBridge(page, { folderDialogPath: () => chosen });
  await journal.openEmpty();
  await page.getByRole('link', { name: 'Settings' }).click();
  const section = syncSection(page);
  await section.getByRole('button', { name: 'Choose sync folder' }).click();
  await expect(section.getByRole('alert')).toContainText('not a Scope Journal sync folder');
  expect(readdirSync(foreign)).toEqual(['holiday.jpg']);
  chosen = newer;
  await section.getByRole('button', { name: 'Choose sync folder' }).click();
  await expect(section.getByRole('alert')).toContainText('newer version of Scope Journal');
  expect(readdirSync(newer)).toEqual(['scope-journal-sync.json']);
  await expect(section.getByText('No sync folder: this computer does not sync.')).toBeVisible();
});

test('in a browser, Sync folder says it is a feature of the desktop app', async ({ journal, page }) => {
  await journal.openEmpty();
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(syncSection(page)).toContainText('Sync between your computers is a desktop feature');
  await expect(syncSection(page).getByRole('button')).toHaveCount(0);
});

import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { installMainBridge } from './support/mainBridge';
import { expect, test } from './support/fixtures';

/*
 * Backups through the REAL main-process handlers (atomic writes, the backup folder, rotation,
 * encryption), with only the native dialogs scripted.
 */

function testFolder(name: string): string {
  const folder = test.info().outputPath(name);
  mkdirSync(folder, { recursive: true });
  return folder;
}

/** Every row of every backed-up table, read straight from IndexedDB, sorted for comparison. */
function readTables(page: Page) {
  return page.evaluate(async () => {
    const database = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('scope-journal');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('open failed'));
    });
    const tables = ['entries', 'reviews', 'goals', 'readingList', 'packets', 'frameworks', 'settings', 'drafts', 'evidenceItems'];
    const result: Record<string, unknown[]> = {};
    for (const table of tables) {
      result[table] = await new Promise<unknown[]>((resolve, reject) => {
        const request = database.transaction(table).objectStore(table).getAll();
        request.onsuccess = () => resolve(request.result as unknown[]);
        request.onerror = () => reject(request.error ?? new Error('read failed'));
      });
    }
    database.close();
    return result;
  });
}

test('a backup exported through the main process restores the journal exactly, and the restore can be undone', async ({
  journal,
  page,
}) => {
  const folder = testFolder('backup');
  const backupFile = `${folder}/backup.json`;
  const bridge = await installMainBridge(page, { saveDialogPath: () => backupFile, openDialogPath: () => backupFile });
  await journal.openWithSample();
  await journal.createEntry({ title: 'Kept in the trash' });
  await page.getByRole('article', { name: 'Kept in the trash' }).click();
  await page.getByRole('button', { name: 'Move to trash' }).click();
  const before = await readTables(page);

  await page.getByRole('link', { name: 'Data' }).click();
  await page.getByRole('button', { name: 'Export backup' }).click();
  await expect(page.getByText(`Saved the backup to ${backupFile}`)).toBeVisible();
  expect(bridge.saveDialogs.at(-1)?.defaultPath).toMatch(/^scope-journal-backup-\d{4}-\d{2}-\d{2}\.json$/);
  const file = JSON.parse(readFileSync(backupFile, 'utf8')) as {
    format: string;
    counts: { entries: number };
    checksum: { algorithm: string };
  };
  expect(file).toMatchObject({ format: 'scope-journal-backup', counts: { entries: 151 }, checksum: { algorithm: 'SHA-256' } });

  // Wipe: the sample goes, and so does the trash.
  await page.getByRole('button', { name: 'Remove sample journal' }).click();
  await expect(page.getByText('Removed 150 entries of the sample journal.')).toBeVisible();

  await page.getByRole('button', { name: 'Restore backup' }).click();
  const preview = page.getByRole('region', { name: 'Restore preview' });
  await expect(preview).toContainText('backup.json');
  await expect(preview).toContainText('151 entries (1 in the trash)');
  await preview.getByRole('button', { name: 'Restore now' }).click();
  await expect(page.getByText(/^Restored backup\.json \(replaced\): the journal now holds 151 entries\./)).toBeVisible();
  expect(await readTables(page)).toEqual(before);

  // The journal as it was just before (one entry, in the trash) is a snapshot away.
  page.once('dialog', (dialog) => void dialog.accept());
  await page
    .getByRole('button', { name: /^Restore snapshot of / })
    .first()
    .click();
  await expect(page.getByText(/^The journal is back as it was at /)).toBeVisible();
  const undone = await readTables(page);
  expect(undone.entries).toHaveLength(1);
});

test('a damaged backup is refused with an alert that says why, and nothing changes', async ({ journal, page }) => {
  const folder = testFolder('damaged');
  const exported = `${folder}/good.json`;
  let next = exported;
  await installMainBridge(page, { saveDialogPath: () => exported, openDialogPath: () => next });
  await journal.openEmpty();
  await journal.createEntry({ title: 'Before the backup' });
  await page.getByRole('link', { name: 'Data' }).click();
  await page.getByRole('button', { name: 'Export backup' }).click();
  await expect(page.getByText(`Saved the backup to ${exported}`)).toBeVisible();

  const text = readFileSync(exported, 'utf8');
  const edited = `${folder}/edited.json`;
  writeFileSync(edited, text.replace('Before the backup', 'After the backup'));
  const truncated = `${folder}/truncated.json`;
  writeFileSync(truncated, text.slice(0, Math.floor(text.length / 2)));
  const newer = `${folder}/newer.json`;
  writeFileSync(newer, text.replace('"version": 2', '"version": 7'));

  await page.getByRole('link', { name: 'Journal' }).click();
  await journal.createEntry({ title: 'After the backup' });
  await page.getByRole('link', { name: 'Data' }).click();
  for (const [file, problem] of [
    [edited, 'checksum does not match'],
    [truncated, 'not valid JSON'],
    [newer, 'newer version of Scope Journal'],
  ] as const) {
    next = file;
    await page.getByRole('button', { name: 'Restore backup' }).click();
    await expect(page.getByRole('alert')).toContainText(problem);
    await expect(page.getByRole('alert')).toContainText('Nothing was changed.');
    await expect(page.getByRole('region', { name: 'Restore preview' })).toHaveCount(0);
  }
  await page.getByRole('link', { name: 'Journal' }).click();
  await journal.expectCount(2);
  expect(readdirSync(folder).sort()).toEqual(['edited.json', 'good.json', 'newer.json', 'truncated.json']);
});

test('automatic backups go to the chosen folder, keep the newest N, answer the quit request, and encrypt', async ({ journal, page }) => {
  // Each encrypted write or unlock derives a key with scrypt at its real cost (128 MiB, about half
  // a second on a quiet machine, several seconds on a busy one): this test derives five.
  test.setTimeout(90_000);
  const scryptWait = { timeout: 20_000 };
  const folder = testFolder('automatic');
  const backups = () =>
    readdirSync(folder)
      .filter((name) => name.startsWith('scope-journal-backup-'))
      .sort();
  let opened = '';
  const bridge = await installMainBridge(page, { folderDialogPath: () => folder, openDialogPath: () => opened });
  await journal.openWithSample();
  await page.getByRole('link', { name: 'Data' }).click();

  await expect(page.getByRole('button', { name: 'Back up now' })).toBeDisabled();
  await page.getByRole('button', { name: 'Choose backup folder…' }).click();
  await expect(page.getByLabel('Backup folder')).toHaveValue(folder);
  await expect(page.getByLabel('Backup schedule')).toHaveValue('daily');
  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByText(/^Backed up to scope-journal-backup-.*\.json/)).toBeVisible();
  expect(backups()).toHaveLength(1);

  // The desktop asks for a backup as the app quits; the app answers from any screen.
  await page.getByRole('link', { name: 'Journal' }).click();
  expect(await bridge.requestBackup('quit')).toBe(1);
  await expect.poll(() => bridge.settledBackups).toContain('quit');
  expect(backups()).toHaveLength(2);

  // Keeping two: a third backup removes the oldest.
  await page.getByRole('link', { name: 'Data' }).click();
  await page.getByLabel('Backups kept').fill('2');
  await page.getByLabel('Backups kept').blur();
  await expect(page.getByText('The newest 2 backups will be kept.')).toBeVisible();
  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByText(/; 1 older removed\.$/)).toBeVisible();
  expect(backups()).toHaveLength(2);

  // Encrypted with a passphrase: nothing of the journal is readable in the file.
  await page.getByLabel('Passphrase for encrypted backups').fill('correct horse battery');
  await page.getByRole('button', { name: 'Save passphrase' }).click();
  await expect(page.getByText(/^Saved the passphrase/)).toBeVisible(scryptWait);
  await expect(page.getByLabel('Encrypt backups')).toBeChecked();
  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByText(/^Backed up to scope-journal-backup-.*\.json\.enc/)).toBeVisible(scryptWait);
  const encrypted = backups().find((name) => name.endsWith('.enc'));
  if (!encrypted) throw new Error('no encrypted backup was written');
  const bytes = readFileSync(`${folder}/${encrypted}`);
  expect(bytes.subarray(0, 4).toString('latin1')).toBe('SJBK');
  expect(bytes.includes(Buffer.from('Maya Okafor'))).toBe(false);
  await expect(page.getByRole('row').filter({ hasText: 'Yes' })).toHaveCount(1);

  // Opened as a file, it asks for its passphrase; a wrong one changes nothing.
  await page.getByRole('button', { name: 'Remove sample journal' }).click();
  await expect(page.getByText('Removed 150 entries of the sample journal.')).toBeVisible();
  opened = `${folder}/${encrypted}`;
  await page.getByRole('button', { name: 'Restore backup' }).click();
  await page.getByLabel('Backup passphrase').fill('wrong horse battery');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('alert')).toContainText('The passphrase is wrong', scryptWait);
  await page.getByLabel('Backup passphrase').fill('correct horse battery');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('region', { name: 'Restore preview' })).toContainText('150 entries', scryptWait);
  await page.getByRole('button', { name: 'Cancel restore' }).click();

  // From the folder's list, the stored passphrase unlocks it.
  const newest = page.getByRole('button', { name: /^Restore the backup of / }).first();
  await newest.click();
  const preview = page.getByRole('region', { name: 'Restore preview' });
  await expect(preview).toContainText(encrypted, scryptWait);
  await preview.getByLabel(/^Merge/).check();
  await preview.getByRole('button', { name: 'Restore now' }).click();
  await expect(page.getByText(/\(merged\): 150 entries added/)).toBeVisible();
  await page.getByRole('link', { name: 'Journal' }).click();
  await journal.expectCount(150);
});

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { backupChecksum, type BackupTables } from '../../src-renderer/src/domain/backup/backupFile';
import { installMainBridge } from './support/mainBridge';
import { expect, test } from './support/fixtures';

/*
 * Files a hostile user hands the app: one nested 50,000 levels deep, and titles holding bidi
 * controls. Each is refused with a sentence that says why, or shown so it cannot mislead.
 */

const depth = 50_000;
/** Arrays nested `depth` levels deep, as JSON text: `JSON.stringify` cannot write them. */
const deepArray = `${'['.repeat(depth)}${']'.repeat(depth)}`;

test('a backup nested 50,000 levels deep is refused with the depth limit, and nothing changes', async ({ journal, page }) => {
  const folder = test.info().outputPath('deep');
  mkdirSync(folder, { recursive: true });
  const exported = `${folder}/good.json`;
  const deep = `${folder}/deep.json`;
  await installMainBridge(page, { saveDialogPath: () => exported, openDialogPath: () => deep });
  await journal.openEmpty();
  await journal.createEntry({ title: 'Before the backup' });
  await page.getByRole('link', { name: 'Data' }).click();
  await page.getByRole('button', { name: 'Export backup' }).click();
  await expect(page.getByText(`Saved the backup to ${exported}`)).toBeVisible();

  // Otherwise valid: the counts and the checksum match the deep goal.
  const file = JSON.parse(readFileSync(exported, 'utf8')) as { data: BackupTables; counts: { goals: number }; checksum: { value: string } };
  file.data = { ...file.data, goals: JSON.parse(`[${deepArray}]`) as BackupTables['goals'] };
  file.counts.goals = 1;
  file.checksum.value = await backupChecksum(file.data);
  writeFileSync(deep, JSON.stringify({ ...file, data: { ...file.data, goals: ['deep'] } }).replace('["deep"]', `[${deepArray}]`));

  await page.getByRole('link', { name: 'Journal' }).click();
  await journal.createEntry({ title: 'After the backup' });
  await page.getByRole('link', { name: 'Data' }).click();
  await page.getByRole('button', { name: 'Restore backup' }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('is nested 50,003 levels deep; Scope Journal reads files nested at most 64 levels deep.');
  await expect(alert).toContainText('Nothing was changed.');
  await expect(alert).not.toContainText('call stack');
  await expect(page.getByRole('region', { name: 'Restore preview' })).toHaveCount(0);
  await page.getByRole('link', { name: 'Journal' }).click();
  await journal.expectCount(2);
});

test('an imported title with a right-to-left override is shown isolated, and the editor names the hidden character', async ({
  journal,
  page,
}) => {
  const title = 'Invoice \u202Efdp.exe';
  const jrnl = JSON.stringify({ tags: {}, entries: [{ date: '2026-03-04', time: '09:15', title, body: 'Sent to finance.' }] });
  await journal.openEmpty();
  await page.getByRole('link', { name: 'Data' }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import…' }).click();
  await (await chooser).setFiles({ name: 'export.json', mimeType: 'application/json', buffer: Buffer.from(jrnl) });
  await page.getByRole('region', { name: 'Import preview' }).getByRole('button', { name: 'Import 1 entry' }).click();
  await expect(page.getByText('Imported 1 entry from export.json.')).toBeVisible();

  await page.getByRole('link', { name: 'Journal' }).click();
  const card = journal.article(title);
  const isolated = card.getByRole('heading').locator('bdi');
  await expect(isolated).toHaveText(title);
  await expect(isolated).toHaveCSS('unicode-bidi', 'isolate');

  await card.click();
  await expect(journal.panel.getByRole('heading', { name: title }).locator('bdi')).toHaveCSS('unicode-bidi', 'isolate');
  await journal.panel.getByRole('button', { name: 'Edit' }).click();
  const warning = journal.editor.getByRole('status').filter({ hasText: 'hidden control character' });
  await expect(warning).toHaveText(
    'This title contains a hidden control character: U+202E (right-to-left override). Remove hidden characters',
  );
  await journal.editor.screenshot({ path: test.info().outputPath('hidden-characters-warning.png') });

  await warning.getByRole('button', { name: 'Remove hidden characters' }).click();
  await expect(journal.editor.getByLabel('Title', { exact: true })).toHaveValue('Invoice fdp.exe');
  await expect(warning).toHaveCount(0);
});

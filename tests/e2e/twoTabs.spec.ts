import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { JournalPage } from './support/JournalPage';

/*
 * Two tabs of one profile (two pages of one browser context share IndexedDB and localStorage, as
 * two windows of the desktop app do) editing the journal at the same time: no edit is ever lost
 * without the user's say.
 */

/** A second tab of the same journal, opened on the journal screen. */
async function secondTab(page: Page): Promise<JournalPage> {
  const other = new JournalPage(await page.context().newPage());
  await other.open();
  await expect(other.list).toBeVisible();
  return other;
}

/** Opens `title` in the editor of `journal`'s tab. */
async function edit(journal: JournalPage, title: string): Promise<void> {
  await journal.article(title).click();
  await journal.panel.getByRole('button', { name: 'Edit', exact: true }).click();
  await expect(journal.editor.getByLabel('Title', { exact: true })).toHaveValue(title);
}

test('two tabs edit the same entry: the later save shows both versions, and merging keeps both changes', async ({ journal, page }) => {
  await journal.openEmpty();
  await journal.createEntry({ title: 'Cut checkout p95', body: 'Profiled the slow path.' });
  const other = await secondTab(page);

  // Both tabs open the editor before either saves.
  await edit(journal, 'Cut checkout p95');
  await edit(other, 'Cut checkout p95');
  await journal.editor.getByLabel('Title', { exact: true }).fill('Cut checkout p95 by two thirds');
  await journal.editor.getByRole('button', { name: 'Save' }).click();
  await expect(journal.panel.getByRole('heading', { name: 'Cut checkout p95 by two thirds' })).toBeVisible();

  await other.editor.getByLabel('Body', { exact: true }).fill('Profiled the slow path. Then removed two round trips.');
  await other.editor.getByRole('button', { name: 'Save' }).click();
  const conflict = other.editor.getByRole('alertdialog', { name: 'This entry changed elsewhere' });
  await expect(conflict).toBeVisible();
  // The title comes from the other tab, the body from this one: nothing both changed.
  await expect(conflict.getByRole('group', { name: 'Title' }).getByRole('radio', { name: /Keep theirs/ })).toBeChecked();
  await expect(conflict.getByRole('group', { name: 'Body' }).getByRole('radio', { name: /Keep mine/ })).toBeChecked();
  await conflict.getByRole('button', { name: 'Save merged' }).click();

  await expect(other.panel.getByRole('heading', { name: 'Cut checkout p95 by two thirds' })).toBeVisible();
  await expect(other.panel.getByRole('region', { name: 'Body' })).toContainText('Then removed two round trips.');
  await page.reload();
  await journal.article('Cut checkout p95 by two thirds').click();
  await expect(journal.panel.getByRole('region', { name: 'Body' })).toContainText('Then removed two round trips.');
});

test('an entry trashed in another tab while being edited is not brought back by a save without asking', async ({ journal, page }) => {
  await journal.openEmpty();
  await journal.createEntry({ title: 'Wrote the migration guide' });
  const other = await secondTab(page);

  await edit(journal, 'Wrote the migration guide');
  await journal.editor.getByLabel('Body', { exact: true }).fill('Three teams used it in the first week.');
  await other.article('Wrote the migration guide').click();
  await other.panel.getByRole('button', { name: 'Move to trash' }).click();
  await other.expectCount(0);

  await journal.editor.getByRole('button', { name: 'Save' }).click();
  const conflict = journal.editor.getByRole('alertdialog', { name: 'This entry was moved to the trash elsewhere' });
  await expect(conflict).toBeVisible();
  // Nothing was written: the entry is still in the trash, as the other tab left it.
  await other.page.reload();
  await other.expectCount(0);

  await conflict.getByRole('button', { name: 'Restore it with my changes' }).click();
  await expect(journal.panel.getByRole('region', { name: 'Body' })).toContainText('Three teams used it in the first week.');
  await other.page.reload();
  await other.expectCount(1);
});

test('two tabs keep separate drafts: reloading one brings back its own unsaved changes', async ({ journal, page }) => {
  await journal.openEmpty();
  await journal.createEntry({ title: 'Entry Y' });
  await journal.createEntry({ title: 'Entry Z' });
  const other = await secondTab(page);

  await edit(journal, 'Entry Y');
  await journal.editor.getByLabel('Body', { exact: true }).fill('Unsaved words about Y.');
  await expect(journal.editor).toContainText('Draft kept');
  await edit(other, 'Entry Z');
  await other.editor.getByLabel('Body', { exact: true }).fill('Unsaved words about Z.');
  await expect(other.editor).toContainText('Draft kept');

  await page.reload();
  await expect(journal.editor.getByLabel('Title', { exact: true })).toHaveValue('Entry Y');
  await expect(journal.editor.getByLabel('Body', { exact: true })).toHaveValue('Unsaved words about Y.');
  await expect(journal.editor).toContainText('Unsaved changes restored');
  await other.page.reload();
  await expect(other.editor.getByLabel('Body', { exact: true })).toHaveValue('Unsaved words about Z.');
});

test('unsaved changes to an entry deleted in another tab are offered back as a new entry', async ({ journal, page }) => {
  await journal.openEmpty();
  await journal.createEntry({ title: 'Ran the capacity review' });
  const other = await secondTab(page);

  await edit(journal, 'Ran the capacity review');
  await journal.editor.getByLabel('Body', { exact: true }).fill('Found 30% headroom we did not know about.');
  await expect(journal.editor).toContainText('Draft kept');
  await other.article('Ran the capacity review').click();
  await other.panel.getByRole('button', { name: 'Move to trash' }).click();
  await other.page.getByRole('button', { name: 'Trash (1)' }).click();
  other.page.once('dialog', (dialog) => void dialog.accept());
  await other.page.getByRole('button', { name: 'Empty trash' }).click();
  await expect(other.page.getByText('The trash is empty.')).toBeVisible();

  await page.reload();
  const offer = journal.editor.getByRole('region', { name: 'Unsaved changes to a deleted entry' });
  await expect(offer).toContainText('was deleted elsewhere');
  await offer.getByRole('button', { name: 'Restore as a new entry' }).click();
  await expect(journal.editor.getByLabel('Body', { exact: true })).toHaveValue('Found 30% headroom we did not know about.');
  await journal.editor.getByRole('button', { name: 'Save' }).click();
  await expect(journal.panel.getByRole('heading', { name: 'Ran the capacity review' })).toBeVisible();
  await journal.expectCount(1);
  // Once restored, the draft is not offered again.
  await page.reload();
  await expect(journal.editor).toHaveCount(0);
});

test('"Draft kept" is said only when the draft was stored; a full storage says so', async ({ journal, page }) => {
  await journal.openEmpty();
  await page.keyboard.press('Control+n');
  await journal.editor.getByLabel('Title', { exact: true }).fill('A small draft');
  await expect(journal.editor).toContainText('Draft kept');
  // The storage for drafts fills up, as 5 MB pasted into a body once filled it.
  await page.evaluate(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await journal.editor.getByLabel('Body', { exact: true }).fill('x'.repeat(20_000));
  await expect(journal.editor.getByRole('alert')).toHaveText(/Draft not kept: .*storage for drafts is full/);
  await expect(journal.editor).not.toContainText('Draft kept');
});

import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { JournalPage } from './support/JournalPage';

/*
 * Every view follows the one change feed: a write in one tab or window reaches the others' lists,
 * counts, charts and print view within a second, without a reload. (Two pages of one browser
 * context share IndexedDB, as the desktop app's windows do.)
 */

/** What "within one second" means here: the assertion gives up after it. */
const withinASecond = { timeout: 1_000 };

async function secondTab(page: Page): Promise<JournalPage> {
  const other = new JournalPage(await page.context().newPage());
  await other.open();
  await expect(other.list).toBeVisible();
  return other;
}

test('two tabs see each other’s writes within a second: new entries, edits, the trash and the Insights counts', async ({
  journal,
  page,
}) => {
  await journal.openEmpty();
  await journal.createEntry({ title: 'Cut checkout p95' });
  const other = await secondTab(page);
  await expect(other.article('Cut checkout p95')).toBeVisible();

  // A new entry in the first tab appears in the second, and the count follows.
  await journal.createEntry({ title: 'Mentored two engineers' });
  await expect(other.article('Mentored two engineers')).toBeVisible(withinASecond);
  await expect(other.entryCount).toHaveText('2 entries', withinASecond);

  // An edit in the second tab reaches the first.
  await other.article('Cut checkout p95').click();
  await other.panel.getByRole('button', { name: 'Edit', exact: true }).click();
  await other.editor.getByLabel('Title', { exact: true }).fill('Cut checkout p95 by two thirds');
  await other.editor.getByRole('button', { name: 'Save' }).click();
  await expect(journal.article('Cut checkout p95 by two thirds')).toBeVisible(withinASecond);
  await expect(journal.article('Cut checkout p95')).toHaveCount(0);

  // The trash: moved in the second tab, gone from the first tab's list, counted in its button.
  await other.article('Mentored two engineers').click();
  await other.panel.getByRole('button', { name: 'Move to trash' }).click();
  await expect(journal.article('Mentored two engineers')).toHaveCount(0, withinASecond);
  await expect(page.getByRole('button', { name: 'Trash (1)' })).toBeVisible(withinASecond);

  // Insights in the second tab counts an entry the first tab adds.
  await other.page.getByRole('link', { name: 'Insights' }).click();
  const scopeCard = other.page.getByRole('region', { name: 'Scope over time' });
  await scopeCard.getByRole('button', { name: 'View as table' }).click();
  const lastRow = scopeCard.getByRole('table').getByRole('row').last();
  const total = async () => {
    const cells = await lastRow.getByRole('cell').allTextContents();
    return cells.slice(0, 5).reduce((sum, cell) => sum + Number(cell), 0);
  };
  await expect.poll(total).toBe(1);
  await journal.createEntry({ title: 'Wrote the on-call guide' });
  await expect.poll(total, withinASecond).toBe(2);
});

test('the print view of a packet follows edits made in the main window within a second', async ({ journal, page }) => {
  await journal.openWithSample();
  await page.getByRole('link', { name: 'Packet' }).click();
  await page.getByRole('button', { name: 'New packet' }).click();
  await page.getByLabel('Title', { exact: true }).fill('Case for Staff Engineer');
  await expect.poll(() => page.evaluate(readPacketId)).not.toBeNull();
  const packetId = await page.evaluate(readPacketId);

  const print = await page.context().newPage();
  await print.goto(`/#/print/packet/${packetId}`);
  await expect(print.getByRole('heading', { name: 'Case for Staff Engineer' })).toBeVisible();

  await page.getByLabel('Title', { exact: true }).fill('Case for Principal Engineer');
  // The builder saves 400 ms after typing stops; the print view then has a second.
  await expect(print.getByRole('heading', { name: 'Case for Principal Engineer' })).toBeVisible({ timeout: 1_400 });
});

/** The id of the one packet stored, read from IndexedDB in the page (null until it is saved). */
function readPacketId(): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open('scope-journal');
    request.onerror = () => reject(new Error(String(request.error)));
    request.onsuccess = () => {
      const keys = request.result.transaction('packets').objectStore('packets').getAllKeys();
      keys.onsuccess = () => {
        request.result.close();
        resolve((keys.result[0] as string | undefined) ?? null);
      };
    };
  });
}

import { expect, test } from './support/fixtures';

test('the sample journal loads on first run and is removed in one step, keeping my own entries', async ({ journal, page }) => {
  await journal.openWithSample();
  const sampleCount = await journal.count();
  expect(sampleCount).toBeGreaterThan(100);
  await expect(journal.list.getByRole('heading', { level: 2 }).first()).toBeVisible();

  await journal.createEntry({ title: 'My own first entry', kind: 'Learning' });
  await journal.expectCount(sampleCount + 1);

  await page.getByRole('link', { name: 'Data' }).click();
  await page.getByRole('button', { name: 'Remove sample journal' }).click();
  await expect(page.getByText(`Removed ${sampleCount} entries of the sample journal.`)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Load sample journal' })).toBeVisible();

  await page.getByRole('link', { name: 'Journal' }).click();
  await journal.expectCount(1);
  await expect(journal.article('My own first entry')).toBeVisible();

  // Loading it again from Data works too, and the first-run screen never comes back.
  await page.getByRole('link', { name: 'Data' }).click();
  await page.getByRole('button', { name: 'Load sample journal' }).click();
  await page.getByRole('link', { name: 'Journal' }).click();
  await journal.expectCount(sampleCount + 1);
});

test('starting empty shows an empty journal that explains what to do', async ({ journal, page }) => {
  await journal.openEmpty();
  await expect(page.getByText('Your journal is empty.')).toBeVisible();
  await page.reload();
  await journal.expectCount(0);
  await expect(page.getByRole('button', { name: 'Load sample journal' })).toHaveCount(0);
});

test('a first launch shows the welcome and never draws the journal before it', async ({ page }) => {
  // Every button any commit ever put in the page, in order, recorded before the app's own script runs.
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.assign(window, { buttonsSeen: seen });
    new MutationObserver(() => {
      for (const button of document.querySelectorAll('button')) {
        const name = button.textContent?.trim() ?? '';
        if (name !== '' && !seen.includes(name)) seen.push(name);
      }
    }).observe(document, { childList: true, subtree: true, characterData: true });
  });
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Welcome to Scope Journal' })).toBeVisible();
  const seen = await page.evaluate(() => (window as unknown as { buttonsSeen: string[] }).buttonsSeen);
  expect(seen).toContain('Start empty');
  expect(seen).not.toContain('New entry');

  await page.getByRole('button', { name: 'Start empty' }).click();
  await expect(page.getByRole('button', { name: 'New entry' })).toBeVisible();
  // Once chosen, a reload opens the journal and never the welcome.
  await page.reload();
  await expect(page.getByRole('button', { name: 'New entry' })).toBeVisible();
  const afterReload = await page.evaluate(() => (window as unknown as { buttonsSeen: string[] }).buttonsSeen);
  expect(afterReload).not.toContain('Start empty');
});

import { expect, test } from './support/fixtures';

/** A valid entries file of `count` entries, as Data's "Export entries (JSON)" writes it. */
function entriesFile(count: number): string {
  const entries = Array.from({ length: count }, (_, index) => {
    const day = String((index % 28) + 1).padStart(2, '0');
    const timestamp = `2025-03-${day}T09:00:00.000Z`;
    return {
      id: `bulk-${index}`,
      occurredOn: `2025-03-${day}`,
      createdAt: timestamp,
      updatedAt: timestamp,
      title: `Latency work ${index + 1}`,
      body: 'Profiled the slow path and removed a redundant query.',
      kind: 'win',
      scope: 'team',
      competencies: [],
      tags: ['performance'],
      impact: '',
      impactMetric: null,
      people: [],
      links: [],
      aiAssist: '',
      starred: false,
      followUpOn: null,
      outcome: '',
      options: [],
      choice: '',
      confidence: null,
      deletedAt: null,
      source: 'user',
    };
  });
  return JSON.stringify({ format: 'scope-journal-entries', version: 1, exportedAt: '2025-04-01T00:00:00.000Z', entries });
}

test('in the browser, entries import through the file chooser; a broad search lists the best matches first', async ({ journal, page }) => {
  await journal.openEmpty();
  await page.getByRole('link', { name: 'Data' }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import…' }).click();
  await (await chooser).setFiles({ name: 'big.json', mimeType: 'application/json', buffer: Buffer.from(entriesFile(1_200)) });
  await page.getByRole('button', { name: 'Import 1,200 entries' }).click();
  await expect(page.getByText('Imported 1,200 entries from big.json.')).toBeVisible();

  await page.getByRole('link', { name: 'Journal' }).click();
  await journal.expectCount(1_200);
  await journal.search.fill('latency');
  await journal.expectCount(1_200);
  await expect(page.getByText('Showing the best 500 of 1,200 matches.')).toBeVisible();
  await page.getByRole('button', { name: 'Show all matches' }).click();
  await expect(page.getByText('Showing the best 500 of 1,200 matches.')).toHaveCount(0);
  await journal.list.getByRole('article').first().focus();
  await page.keyboard.press('End');
  await expect(page.locator(':focus')).toHaveAttribute('aria-posinset', '1200');
  await expect(page.locator(':focus')).toHaveAttribute('aria-setsize', '1200');
});

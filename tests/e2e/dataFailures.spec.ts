import { mkdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { installMainBridge } from './support/mainBridge';
import { expect, test } from './support/fixtures';

/*
 * What a hostile user met: a full disk, large files that froze the page, and messages that read
 * like the engine's. Each failure must be said in plain words, and leave the journal unchanged.
 */

/** A jrnl JSON export (`jrnl --format json`) of `count` entries without ids. */
function jrnlExport(count: number): Buffer {
  const entries = Array.from({ length: count }, (_, index) => ({
    title: `Imported entry ${index + 1}`,
    body: `Notes for the day, number ${index + 1}. `.repeat(8),
    date: `2025-${String((index % 12) + 1).padStart(2, '0')}-${String((index % 28) + 1).padStart(2, '0')}`,
    time: '09:00',
    tags: ['@work'],
    starred: false,
  }));
  return Buffer.from(JSON.stringify({ tags: { '@work': count }, entries }));
}

async function chooseFile(page: Page, name: string, write: (path: string) => void) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import…' }).click();
  const path = test.info().outputPath(name);
  write(path);
  await (await chooser).setFiles(path);
}

/**
 * Makes every IndexedDB write fail as a full disk does, from the moment the page sets
 * `__failWritesWithQuota`: the storage boundary, not the app, is what changes.
 */
function failWritesOnDemand(page: Page) {
  return page.addInitScript(() => {
    const flagged = globalThis as { __failWritesWithQuota?: boolean };
    for (const method of ['add', 'put'] as const) {
      const original = Object.getOwnPropertyDescriptor(IDBObjectStore.prototype, method)?.value as (...args: unknown[]) => IDBRequest;
      Object.defineProperty(IDBObjectStore.prototype, method, {
        configurable: true,
        writable: true,
        value(this: IDBObjectStore, ...args: unknown[]) {
          if (flagged.__failWritesWithQuota) throw new DOMException('', 'QuotaExceededError');
          return original.apply(this, args);
        },
      });
    }
  });
}

const startFailingWrites = (page: Page) =>
  page.evaluate(() => ((globalThis as { __failWritesWithQuota?: boolean }).__failWritesWithQuota = true));

test('a full disk during an import or a save is said in plain words, and nothing changes', async ({ journal, page }) => {
  await failWritesOnDemand(page);
  await journal.openEmpty();
  await journal.createEntry({ title: 'Already here' });
  await page.getByRole('link', { name: 'Data' }).click();

  await chooseFile(page, 'journal.json', (path) => writeFileSync(path, jrnlExport(30)));
  await expect(page.getByRole('region', { name: 'Import preview' })).toBeVisible();
  await startFailingWrites(page);
  await page.getByRole('button', { name: 'Import 30 entries' }).click();
  await expect(page.getByRole('alert')).toHaveText('Your disk is full: free some space and try again. Nothing was changed.');

  await page.getByRole('link', { name: 'Journal' }).click();
  await journal.expectCount(1);
  await page.getByRole('button', { name: 'New entry' }).first().click();
  await journal.fillEditor({ title: 'Written on a full disk' });
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('Could not save: Your disk is full: free some space and try again. Your draft is kept.')).toBeVisible();
});

test('a large import shows its progress, and Cancel stops it while reading or writing, changing nothing', async ({ journal, page }) => {
  test.setTimeout(120_000);
  await journal.openEmpty();
  await journal.createEntry({ title: 'The only entry' });
  await page.getByRole('link', { name: 'Data' }).click();
  const large = jrnlExport(40_000);

  await chooseFile(page, 'large.json', (path) => writeFileSync(path, large));
  await expect(page.getByText(/^(Reading the file…|Finding entries already imported… \d+%)$/)).toBeVisible();
  await page.getByRole('button', { name: 'Cancel', exact: true }).click();
  await expect(page.getByText('Cancelled. Nothing was changed.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Import preview' })).toHaveCount(0);

  await chooseFile(page, 'large.json', (path) => writeFileSync(path, large));
  await expect(page.getByRole('region', { name: 'Import preview' })).toBeVisible({ timeout: 60_000 });
  await page.getByRole('button', { name: 'Import 40,000 entries' }).click();
  await expect(page.getByText(/^Importing…( \d+%)?$/)).toBeVisible();
  await page.getByRole('button', { name: 'Cancel', exact: true }).click();
  await expect(page.getByText('Cancelled. Nothing was changed.')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('button', { name: 'Cancel', exact: true })).toHaveCount(0);

  await page.getByRole('link', { name: 'Journal' }).click();
  await journal.expectCount(1);
});

test('a file too large for any opening is refused with the import’s own limit', async ({ journal, page }) => {
  await journal.openEmpty();
  await page.getByRole('link', { name: 'Data' }).click();
  // Sparse: 300 MB on paper, nothing on disk; the chooser refuses it by its size alone.
  await chooseFile(page, 'huge.json', (path) => {
    writeFileSync(path, '');
    truncateSync(path, 300 * 1024 * 1024);
  });
  await expect(page.getByRole('alert')).toHaveText(
    'huge.json was not imported. The file is larger than 64 MB, the most an import may be. Nothing was changed.',
  );
});

test('a damaged or newer backup is refused once, in words that say what to do', async ({ journal, page }) => {
  const folder = test.info().outputPath('backups');
  mkdirSync(folder, { recursive: true });
  const exported = `${folder}/good.json`;
  let next = exported;
  await installMainBridge(page, { saveDialogPath: () => exported, openDialogPath: () => next });
  await journal.openEmpty();
  await journal.createEntry({ title: 'Before the backup' });
  await page.getByRole('link', { name: 'Data' }).click();
  await page.getByRole('button', { name: 'Export backup' }).click();
  await expect(page.getByText(`Saved the backup to ${exported}`)).toBeVisible();
  const text = readFileSync(exported, 'utf8');

  next = `${folder}/edited.json`;
  writeFileSync(next, text.replace('Before the backup', 'After the backup'));
  await page.getByRole('button', { name: 'Restore backup' }).click();
  await expect(page.getByRole('alert')).toHaveText(
    "edited.json cannot be restored. The backup's checksum does not match: the file is damaged or was edited. Nothing was changed.",
  );

  next = `${folder}/newer.json`;
  writeFileSync(next, text.replace('"version": 2', '"version": 3'));
  await page.getByRole('button', { name: 'Restore backup' }).click();
  await expect(page.getByRole('alert')).toHaveText(
    'newer.json cannot be restored. This backup was made by a newer version of Scope Journal (format 3); this version reads format 2. Update Scope Journal to restore it. Nothing was changed.',
  );

  next = `${folder}/text-version.json`;
  writeFileSync(next, text.replace('"version": 2', '"version": "1"'));
  await page.getByRole('button', { name: 'Restore backup' }).click();
  await expect(page.getByRole('alert')).toHaveText(
    'text-version.json cannot be restored. This backup names a format Scope Journal has never written (“1”; this version reads formats 1 and 2): the file is damaged or was edited. Nothing was changed.',
  );
  await expect(page.getByRole('region', { name: 'Restore preview' })).toHaveCount(0);
});

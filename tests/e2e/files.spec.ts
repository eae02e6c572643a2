import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { installMainBridge } from './support/mainBridge';
import { expect, guardAgainstOffMachineRequests, test } from './support/fixtures';
import { installTestClock } from './support/testClock';

/** A fresh folder for this test's files, inside Playwright's own output for the test. */
function testFolder(): string {
  const folder = test.info().outputPath('files');
  mkdirSync(folder, { recursive: true });
  return folder;
}

/*
 * These flows cross into the main process: the page's window.api runs the REAL main handlers
 * (zod validation, atomic file writes, size-limited reads) in the test process; only the native
 * dialogs are scripted.
 */

test('entries export to a file through the main process, and import back without duplicates', async ({
  journal,
  page,
  clockTime,
  baseURL,
}) => {
  const exported = `${testFolder()}/entries.json`;
  const bridge = await installMainBridge(page, { saveDialogPath: () => exported, openDialogPath: () => exported });

  await journal.openEmpty();
  await journal.createEntry({ title: 'Led the schema migration', kind: 'Win', scope: 'Department', tags: 'migration' });
  await journal.createEntry({ title: 'Reviewed the caching RFC', kind: 'Writing' });

  await page.getByRole('link', { name: 'Data' }).click();
  await page.getByRole('button', { name: 'Export entries (JSON)' }).click();
  await expect(page.getByText(`Exported 2 entries to ${exported}.`)).toBeVisible();
  expect(bridge.saveDialogs[0]?.defaultPath).toMatch(/^scope-journal-entries-\d{4}-\d{2}-\d{2}\.json$/);
  const file = JSON.parse(readFileSync(exported, 'utf8')) as { format: string; entries: { title: string; scope: string }[] };
  expect(file.format).toBe('scope-journal-entries');
  expect(file.entries.map((entry) => entry.title).sort()).toEqual(['Led the schema migration', 'Reviewed the caching RFC']);

  // Importing the same file again adds nothing.
  await page.getByRole('button', { name: 'Import…' }).click();
  await expect(page.getByText('Every entry of entries.json is already in the journal: there is nothing to import.')).toBeVisible();

  // Into a fresh journal (a new profile), the file brings every entry back.
  const browser = page.context().browser();
  if (!browser) throw new Error('The test needs a browser to open a second profile.');
  const fresh = await browser.newContext({ baseURL });
  await installTestClock(fresh, clockTime);
  const freshOffMachine = await guardAgainstOffMachineRequests(fresh);
  const freshPage = await fresh.newPage();
  await installMainBridge(freshPage, { openDialogPath: () => exported });
  await freshPage.goto('/#/data');
  await freshPage.getByRole('button', { name: 'Import…' }).click();
  await expect(freshPage.getByRole('region', { name: 'Import preview' })).toContainText('a Scope Journal entries file');
  await freshPage.getByRole('button', { name: 'Import 2 entries' }).click();
  await expect(freshPage.getByText('Imported 2 entries from entries.json.')).toBeVisible();
  await freshPage.getByRole('link', { name: 'Journal' }).click();
  await expect(freshPage.getByRole('article', { name: 'Led the schema migration' })).toContainText('Department');
  await fresh.close();
  expect(freshOffMachine).toEqual([]);
});

test('a corrupt or hostile file is refused with a clear alert, and nothing changes', async ({ journal, page }) => {
  const folder = testFolder();
  const corrupt = `${folder}/broken.json`;
  writeFileSync(corrupt, '{"format":"scope-journal-entries","version":1,"entries":[{"id":');
  const wrongFormat = `${folder}/other.json`;
  writeFileSync(wrongFormat, JSON.stringify({ hello: 'world' }));
  const notText = `${folder}/binary.json`;
  writeFileSync(notText, Buffer.from([0xff, 0xfe, 0x00, 0xd8, 0x00, 0xdc, 0xc3, 0x28]));
  let next = corrupt;
  await installMainBridge(page, { openDialogPath: () => next });

  await journal.openEmpty();
  await journal.createEntry({ title: 'The only entry' });
  await page.getByRole('link', { name: 'Data' }).click();

  await page.getByRole('button', { name: 'Import…' }).click();
  await expect(page.getByRole('alert')).toHaveText(
    'broken.json was not imported. The file is not valid JSON: it may be truncated or not an entries file. Nothing was changed.',
  );

  next = wrongFormat;
  await page.getByRole('button', { name: 'Import…' }).click();
  await expect(page.getByRole('alert')).toContainText('This JSON file is not a jrnl or Day One export, nor a Scope Journal entries file.');

  next = notText;
  await page.getByRole('button', { name: 'Import…' }).click();
  await expect(page.getByRole('alert')).toContainText('not text (UTF-8)');
  await expect(page.getByRole('alert')).not.toContainText('Error invoking remote method');

  await page.getByRole('link', { name: 'Journal' }).click();
  await journal.expectCount(1);
});

test('cancelling a dialog changes nothing and says nothing', async ({ journal, page }) => {
  const bridge = await installMainBridge(page, {});
  await journal.openEmpty();
  await page.getByRole('link', { name: 'Data' }).click();
  await page.getByRole('button', { name: 'Export entries (JSON)' }).click();
  await page.getByRole('button', { name: 'Import…' }).click();
  await page.getByRole('button', { name: 'Restore backup' }).click();
  await expect(page.getByRole('button', { name: 'Import…' })).toBeEnabled();
  expect(bridge.saveDialogs).toHaveLength(1);
  expect(bridge.openDialogs).toHaveLength(2);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByText('Scope Journal 0.0.0-e2e · linux')).toBeVisible();
});

test('entries export as Markdown grouped by year and month, and as CSV a spreadsheet cannot be tricked by', async ({ journal, page }) => {
  const folder = testFolder();
  let next = `${folder}/journal.md`;
  const bridge = await installMainBridge(page, { saveDialogPath: () => next });
  await journal.openEmpty();
  await journal.createEntry({ title: 'Led the schema migration', kind: 'Win', scope: 'Department', tags: 'migration' });
  await journal.createEntry({ title: '=HYPERLINK("http://evil.example")', kind: 'Writing' });

  await page.getByRole('link', { name: 'Data' }).click();
  await page.getByRole('button', { name: 'Export Markdown' }).click();
  await expect(page.getByText(`Exported 2 entries to ${next}.`)).toBeVisible();
  expect(bridge.saveDialogs.at(-1)?.defaultPath).toMatch(/^scope-journal-\d{4}-\d{2}-\d{2}\.md$/);
  const markdown = readFileSync(next, 'utf8');
  expect(markdown).toMatch(/^# \d{4}$/m);
  expect(markdown).toMatch(/^## [A-Z][a-z]+ \d{4}$/m);
  expect(markdown).toContain('### Led the schema migration');
  expect(markdown).toContain('Department');

  next = `${folder}/journal.csv`;
  await page.getByRole('button', { name: 'Export CSV' }).click();
  await expect(page.getByText(`Exported 2 entries to ${next}.`)).toBeVisible();
  const csv = readFileSync(next, 'utf8');
  expect(csv.split('\r\n')[0]).toContain('occurredOn');
  expect(csv).toContain('Led the schema migration');
  // A title that would run as a formula is written as text.
  expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
});

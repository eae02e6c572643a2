import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/fixtures';

async function openGrowth(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Growth' }).click();
  await expect(page.getByRole('heading', { name: 'Growth', level: 1 })).toBeVisible();
}

function frameworkSection(page: Page): Locator {
  return page.getByRole('region', { name: 'Competency framework' });
}

/** The competencies of the framework editor, in order, as their name fields read. */
async function competencyNames(page: Page): Promise<string[]> {
  return frameworkSection(page)
    .getByRole('textbox', { name: /^Name of “/ })
    .evaluateAll((inputs) => inputs.map((input) => (input instanceof HTMLInputElement ? input.value : '')));
}

/** Picks `file` in the file chooser that "Import framework" opens. */
async function importFrameworkFile(page: Page, file: { name: string; contents: string }): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await frameworkSection(page).getByRole('button', { name: 'Import framework' }).click();
  await (await chooser).setFiles({ name: file.name, mimeType: 'application/json', buffer: Buffer.from(file.contents) });
}

test('a growth plan is saved, survives a reload, and its progress counts the evidence', async ({ journal, page }) => {
  await journal.openWithSample();
  await openGrowth(page);
  const plan = page.getByRole('region', { name: 'Growth plan' });
  const progress = page.getByRole('region', { name: 'Progress toward your targets' });
  await expect(progress.getByText(/^No target competencies yet/)).toBeVisible();

  await plan.getByLabel('Current role', { exact: true }).fill('Senior Software Engineer');
  await plan.getByLabel('Target role', { exact: true }).fill('Staff Engineer');
  await plan.getByLabel('Target date', { exact: true }).fill('2027-06-30');
  await plan.getByLabel('Behaviour 1', { exact: true }).fill('Lead the design review of the ordering platform');
  // Choosing competencies does not disturb what was typed.
  const targets = plan.getByRole('group', { name: 'Target competencies' });
  await targets.getByRole('checkbox', { name: 'Systems thinking', exact: true }).check();
  await targets.getByRole('checkbox', { name: 'Mentoring and growing others', exact: true }).check();
  await expect(plan.getByLabel('Target role', { exact: true })).toHaveValue('Staff Engineer');
  await expect(plan.getByText('Unsaved changes')).toBeVisible();

  const behaviours = plan.getByRole('group', { name: 'Behaviours to demonstrate' });
  const behaviourCount = await behaviours.getByRole('textbox').count();
  await behaviours.getByRole('button', { name: 'Add behaviour' }).click();
  await expect(behaviours.getByLabel(`Behaviour ${behaviourCount + 1}`, { exact: true })).toBeFocused();
  await page.keyboard.type('Write the quarterly architecture note');
  await behaviours.getByRole('button', { name: 'Remove behaviour 2', exact: true }).click();
  await plan.getByRole('button', { name: 'Save plan' }).click();
  await expect(plan.getByRole('status')).toHaveText('Saved the growth plan.');
  await expect(plan.getByText('Unsaved changes')).toHaveCount(0);

  await page.reload();
  await expect(plan.getByLabel('Current role', { exact: true })).toHaveValue('Senior Software Engineer');
  await expect(plan.getByLabel('Target role', { exact: true })).toHaveValue('Staff Engineer');
  await expect(plan.getByLabel('Target date', { exact: true })).toHaveValue('2027-06-30');
  await expect(targets.getByRole('checkbox', { name: 'Systems thinking', exact: true })).toBeChecked();
  await expect(targets.getByRole('checkbox', { name: 'Business context', exact: true })).not.toBeChecked();
  await expect(behaviours.getByRole('textbox')).toHaveCount(behaviourCount);
  await expect(behaviours.getByLabel('Behaviour 1', { exact: true })).toHaveValue('Lead the design review of the ordering platform');
  await expect(behaviours.getByLabel(`Behaviour ${behaviourCount}`, { exact: true })).toHaveValue('Write the quarterly architecture note');

  await expect(progress.getByText(/^Evidence in the last 12 months/)).toBeVisible();
  const systemsThinking = progress.getByRole('listitem').filter({ hasText: 'Systems thinking' });
  await expect(systemsThinking.locator('.progress-count')).toHaveText(/^[1-9]\d* entr(y|ies)$/);
  await expect(systemsThinking).toContainText('Last evidence');
  await expect(progress.getByRole('listitem')).toHaveCount(2);
});

test('the reading list is seeded once; a finished book becomes a learning entry in the journal', async ({ journal, page }) => {
  await journal.openWithSample();
  await openGrowth(page);
  const reading = page.getByRole('region', { name: 'Reading list' });
  const book = reading.getByRole('article', { name: 'Designing Data-Intensive Applications' });
  await expect(book).toBeVisible();
  await expect(book).toContainText('Martin Kleppmann');
  const seeded = await reading.getByRole('article').count();
  expect(seeded).toBeGreaterThanOrEqual(5);

  await book.getByLabel('Notes', { exact: true }).fill('Replication lag explains the unpaid-order ghost.');
  await book.getByLabel('Status', { exact: true }).selectOption({ label: 'Finished' });
  await expect(book.getByRole('status')).toHaveText('Finished. Record what you took from it as a learning entry.');
  await book.getByRole('button', { name: 'Create learning entry' }).click();
  await expect(book.getByRole('status')).toHaveText('Added “Finished “Designing Data-Intensive Applications”” to the journal.');
  await expect(book.getByRole('button', { name: 'Open learning entry' })).toBeVisible();
  await expect(book.getByRole('button', { name: 'Create learning entry' })).toHaveCount(0);

  // A book of one's own, removed and brought back with Undo.
  await reading.getByLabel('Title', { exact: true }).fill('The Manager’s Path');
  await reading.getByLabel('Author', { exact: true }).fill('Camille Fournier');
  await reading.getByRole('button', { name: 'Add book' }).click();
  const added = reading.getByRole('article', { name: 'The Manager’s Path' });
  await expect(added).toContainText('Camille Fournier');
  await added.getByRole('button', { name: 'Remove “The Manager’s Path”' }).click();
  await expect(added).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(added).toBeVisible();

  // Seeding happens once: a reload neither duplicates the books nor forgets the status.
  await page.reload();
  await expect(reading.getByRole('article')).toHaveCount(seeded + 1);
  await expect(book.getByLabel('Status', { exact: true })).toHaveValue('finished');
  await expect(book.getByLabel('Notes', { exact: true })).toHaveValue('Replication lag explains the unpaid-order ghost.');

  await book.getByRole('button', { name: 'Open learning entry' }).click();
  await expect(journal.panel.getByRole('heading', { name: 'Finished “Designing Data-Intensive Applications”' })).toBeVisible();
  await expect(journal.panel).toContainText('Replication lag explains the unpaid-order ghost.');
  await expect(journal.panel).toContainText('#reading');
  await expect(journal.article('Finished “Designing Data-Intensive Applications”')).toBeVisible();
});

test('renaming a competency keeps the entries’ links; removing one retires its evidence', async ({ journal, page }) => {
  await journal.openWithSample();
  await openGrowth(page);
  const section = frameworkSection(page);
  const before = await competencyNames(page);
  expect(before[0]).toBe('Architectural judgment');

  await section.getByLabel('Name of “Systems thinking”', { exact: true }).fill('Systems design');
  await section.getByRole('button', { name: 'Rename “Systems thinking”' }).click();
  await expect(section.getByRole('status')).toHaveText('Renamed “Systems thinking” to “Systems design”. Entries keep their link.');
  const position = before.indexOf('Systems thinking');
  await section.getByRole('button', { name: 'Move “Systems design” up' }).click();
  await expect
    .poll(() => competencyNames(page))
    .toEqual(
      before
        .map((name) => (name === 'Systems thinking' ? 'Systems design' : name))
        .toSpliced(position, 1)
        .toSpliced(position - 1, 0, 'Systems design'),
    );
  const first = section.getByRole('button', { name: 'Move “Architectural judgment” up' });
  await expect(first).toHaveAttribute('aria-disabled', 'true');

  // Pure-function errors are shown, and nothing changes.
  await section.getByLabel('Name of “Systems design”', { exact: true }).fill('business context');
  await section.getByLabel('Name of “Systems design”', { exact: true }).press('Enter');
  await expect(section.getByRole('alert')).toHaveText('There is already a competency called “Business context”.');
  await section.getByLabel('Name of “Systems design”', { exact: true }).press('Escape');

  await section.getByLabel('New competency', { exact: true }).fill('Product sense');
  await section.getByRole('button', { name: 'Add competency' }).click();
  await expect.poll(async () => (await competencyNames(page)).at(-1)).toBe('Product sense');

  page.once('dialog', (dialog) => void dialog.accept());
  await section.getByRole('button', { name: 'Remove “Breadth across disciplines”' }).click();
  const retired = section.getByRole('list', { name: 'Retired (evidence kept)' });
  await expect(retired).toContainText('Breadth across disciplines');
  await expect(retired).toContainText(/breadth · [1-9]\d* entr(y|ies)/);
  expect(await competencyNames(page)).not.toContain('Breadth across disciplines');

  await page.getByRole('link', { name: 'Journal' }).click();
  await page.getByRole('button', { name: 'New entry' }).click();
  const picker = journal.editor.getByRole('group', { name: 'Competencies' });
  await expect(picker.getByRole('checkbox', { name: 'Systems design', exact: true })).toBeVisible();
  await expect(picker.getByRole('checkbox', { name: 'Systems thinking', exact: true })).toHaveCount(0);
  await journal.editor.getByRole('button', { name: 'Cancel' }).click();

  await journal.search.fill('flame graphs');
  await journal.article('Learned to read flame graphs in the profiler').click();
  await expect(journal.panel).toContainText('Systems design');
});

test('a framework file replaces the framework; a malformed one is refused and changes nothing', async ({ journal, page }) => {
  await journal.openWithSample();
  await openGrowth(page);
  const section = frameworkSection(page);
  const ladder = {
    format: 'scope-journal-framework',
    version: 1,
    framework: {
      id: 'acme-ladder',
      name: 'Acme ladder',
      competencies: [
        { id: 'craft', name: 'Craft', description: 'Builds things well.' },
        { id: 'delivery', name: 'Delivery' },
        { id: 'systems-thinking', name: 'Systems thinking' },
      ],
    },
  };

  page.once('dialog', (dialog) => void dialog.accept());
  await importFrameworkFile(page, { name: 'acme-ladder.json', contents: JSON.stringify(ladder) });
  await expect(section.getByRole('status')).toHaveText('Imported “Acme ladder” from acme-ladder.json; it is now the active framework.');
  await expect(section).toContainText('Active framework: Acme ladder · 3 competencies');
  expect(await competencyNames(page)).toEqual(['Craft', 'Delivery', 'Systems thinking']);
  await expect(section.getByRole('list', { name: 'Retired (evidence kept)' })).toContainText('Architectural judgment');

  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await importFrameworkFile(page, {
    name: 'broken-ladder.json',
    contents: '{"format":"scope-journal-framework","version":1,"framework":{"name":',
  });
  await expect(section.getByRole('alert')).toHaveText(
    'broken-ladder.json was not imported. The file is not valid JSON: it may be truncated or not a framework file. Nothing was changed.',
  );
  await importFrameworkFile(page, {
    name: 'not-a-ladder.json',
    contents: JSON.stringify({
      format: 'scope-journal-framework',
      version: 1,
      framework: { name: 'X', competencies: [{ id: 'Bad Id', name: 'Bad' }] },
    }),
  });
  await expect(section.getByRole('alert')).toContainText('not-a-ladder.json was not imported. Competency 1 has the id');
  expect(dialogs).toEqual([]);
  expect(await competencyNames(page)).toEqual(['Craft', 'Delivery', 'Systems thinking']);

  // The framework goes out as the same kind of file, named after its id.
  const download = page.waitForEvent('download');
  await section.getByRole('button', { name: 'Export framework' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('acme-ladder.json');
  const exported = JSON.parse(readFileSync(await file.path(), 'utf8')) as typeof ladder;
  expect(exported.framework.competencies.map((competency) => competency.name)).toEqual(['Craft', 'Delivery', 'Systems thinking']);

  page.removeAllListeners('dialog');
  page.once('dialog', (dialog) => void dialog.accept());
  await section.getByRole('button', { name: 'Reset to default' }).click();
  await expect(section).toContainText('Active framework: Senior Engineer · 11 competencies');
});

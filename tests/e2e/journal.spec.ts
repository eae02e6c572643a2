import { expect, test } from './support/fixtures';

const fullEntry = {
  title: 'Chose event sourcing for the ledger',
  date: '2026-03-14',
  kind: 'Decision',
  scope: 'Department',
  starred: true,
  competencies: ['Architectural judgment', 'Decisions with incomplete information'],
  impact: 'Three teams can now replay ledger history instead of reconciling by hand.',
  metric: { name: 'reconciliation time', value: '-75', unit: '%' },
  body: '## Context\n\nThe ledger had **three** writers and no audit trail.',
  options: 'Event sourcing\nAudit table with triggers\nKeep as is',
  choice: 'Event sourcing: replay beats reconciliation.',
  confidence: '70',
  followUpOn: '2026-06-14',
  outcome: 'Replays caught two double-posting bugs in the first month.',
  tags: 'ledger, architecture',
  people: 'Priya Raman, Tom Becker',
  links: 'Design doc https://wiki.example.org/ledger-rfc',
  aiAssist: 'Asked an assistant for failure modes; checked each against our load test.',
};

test('an entry with every field survives a reload intact, and can be edited', async ({ journal, page }) => {
  await journal.openEmpty();
  await journal.createEntry(fullEntry);
  await journal.expectCount(1);

  await page.reload();
  const card = journal.article(fullEntry.title);
  await expect(card).toBeVisible();
  await expect(card).toContainText('Decision');
  await expect(card).toContainText('Department');
  await expect(card.getByRole('img', { name: 'Starred' })).toBeVisible();
  await card.click();

  const panel = journal.panel;
  await expect(panel.getByRole('heading', { name: fullEntry.title })).toBeVisible();
  for (const text of [
    '14 Mar 2026',
    'Architectural judgment · Decisions with incomplete information',
    fullEntry.impact,
    'reconciliation time: -75%',
    'Audit table with triggers',
    fullEntry.choice,
    '70%',
    '14 Jun 2026',
    fullEntry.outcome,
    'Priya Raman, Tom Becker',
    '#ledger #architecture',
    fullEntry.aiAssist,
  ]) {
    await expect(panel).toContainText(text);
  }
  await expect(panel.getByRole('link', { name: 'Design doc' })).toBeVisible();
  await expect(panel.getByRole('region', { name: 'Body' }).getByRole('heading', { name: 'Context' })).toBeVisible();
  await expect(panel.getByRole('region', { name: 'Body' }).locator('strong')).toHaveText('three');

  // Every field comes back into the editor as it was saved.
  await panel.getByRole('button', { name: 'Edit' }).click();
  const editor = journal.editor;
  await expect(editor.getByLabel('Title', { exact: true })).toHaveValue(fullEntry.title);
  await expect(editor.getByLabel('Date', { exact: true })).toHaveValue(fullEntry.date);
  await expect(editor.getByLabel('Kind', { exact: true })).toHaveValue('decision');
  await expect(editor.getByLabel('Scope', { exact: true })).toHaveValue('department');
  await expect(editor.getByLabel('Tags', { exact: true })).toHaveValue('ledger, architecture');
  await expect(editor.getByLabel('Confidence (%)')).toHaveValue('70');
  await expect(editor.getByRole('checkbox', { name: 'Architectural judgment' })).toBeChecked();

  await editor.getByLabel('Title', { exact: true }).fill('Chose event sourcing for the payments ledger');
  await editor.getByLabel('Scope', { exact: true }).selectOption({ label: 'Company' });
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(journal.article('Chose event sourcing for the payments ledger')).toContainText('Company');
  await page.reload();
  await expect(journal.article('Chose event sourcing for the payments ledger')).toBeVisible();
  await journal.expectCount(1);
});

test('unsaved typing survives a reload and a trip to another screen', async ({ journal, page }) => {
  await journal.openEmpty();
  await page.keyboard.press('Control+n');
  await journal.editor.getByLabel('Title', { exact: true }).fill('Paired with Sam on the retry budget');
  await journal.editor.getByLabel('Kind', { exact: true }).selectOption({ label: 'Mentoring' });
  await page.reload();
  await expect(journal.editor.getByLabel('Title', { exact: true })).toHaveValue('Paired with Sam on the retry budget');
  await expect(journal.editor).toContainText('Unsaved changes restored');

  await page.getByRole('link', { name: 'Data' }).click();
  await page.getByRole('link', { name: 'Journal' }).click();
  await expect(journal.editor.getByLabel('Kind', { exact: true })).toHaveValue('mentoring');
  await journal.editor.getByRole('button', { name: 'Save' }).click();
  await expect(journal.article('Paired with Sam on the retry budget')).toBeVisible();
  await page.reload();
  await expect(journal.editor).toHaveCount(0);
});

test('a new entry needs a title, and the form says so', async ({ journal }) => {
  await journal.openEmpty();
  await journal.page.getByRole('button', { name: 'New entry' }).click();
  await journal.editor.getByLabel('Title', { exact: true }).fill('   ');
  await journal.editor.getByRole('button', { name: 'Save' }).click();
  await expect(journal.editor.getByRole('alert')).toContainText('Title: give the entry a title.');
  await journal.expectCount(0);
});

test('search and filters combine, and the count follows', async ({ journal, page }) => {
  await journal.openWithSample();
  const total = await journal.count();
  expect(total).toBeGreaterThan(100);

  await journal.search.fill('latency');
  await expect.poll(() => journal.count()).toBeLessThan(total);
  const searched = await journal.count();
  expect(searched).toBeGreaterThan(0);
  // Best match first: an entry with the word in its title outranks one with it only in the body.
  await expect(journal.list.getByRole('article').first().getByRole('heading')).toHaveText(/latency/i);

  await journal.filterBy('Filter by kind', 'Win');
  await expect.poll(() => journal.count()).toBeLessThanOrEqual(searched);
  const cards = journal.list.getByRole('article');
  for (const text of await cards.allTextContents()) expect(text).toContain('Win');

  await journal.search.fill('');
  await journal.filterBy('Filter by scope', 'Company');
  await page.getByLabel('Starred only').check();
  await expect.poll(() => journal.count()).toBeGreaterThan(0);
  for (const text of await cards.allTextContents()) {
    expect(text).toContain('Win');
    expect(text).toContain('Company');
  }
  await expect(cards.first().getByRole('img', { name: 'Starred' })).toBeVisible();

  await page.getByRole('button', { name: 'Clear filters' }).first().click();
  await journal.expectCount(total);

  await journal.search.fill('zzz-no-such-thing');
  await journal.expectCount(0);
  await expect(page.getByText('No entries match these filters.')).toBeVisible();
});

test('trash and restore, with undo, and emptying the trash', async ({ journal, page }) => {
  await journal.openEmpty();
  await journal.createEntry({ title: 'Wrote the on-call handbook' });
  await journal.createEntry({ title: 'Ran the incident review' });
  await journal.expectCount(2);

  await journal.article('Wrote the on-call handbook').click();
  await journal.panel.getByRole('button', { name: 'Move to trash' }).click();
  await journal.expectCount(1);
  await page.getByRole('button', { name: 'Undo' }).click();
  await journal.expectCount(2);

  await journal.article('Wrote the on-call handbook').click();
  await journal.panel.getByRole('button', { name: 'Move to trash' }).click();
  await journal.expectCount(1);
  await page.getByRole('button', { name: 'Trash (1)' }).click();
  const trashed = page.getByRole('article', { name: 'Wrote the on-call handbook' });
  await trashed.getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByText('The trash is empty.')).toBeVisible();
  await page.getByRole('button', { name: 'Back to journal' }).click();
  await journal.expectCount(2);

  await journal.article('Ran the incident review').click();
  await journal.panel.getByRole('button', { name: 'Move to trash' }).click();
  await page.getByRole('button', { name: 'Trash (1)' }).click();
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Empty trash' }).click();
  await expect(page.getByText('The trash is empty.')).toBeVisible();
  await page.getByRole('button', { name: 'Back to journal' }).click();
  await journal.expectCount(1);
});

test('the keyboard drives the journal: quick capture, moving through the list, opening', async ({ journal, page }) => {
  await journal.openEmpty();
  for (const title of ['First win', 'Second win', 'Third win']) {
    await page.keyboard.press('Control+n');
    await journal.editor.getByLabel('Title', { exact: true }).fill(title);
    await page.keyboard.press('Control+s');
    await expect(journal.panel.getByRole('heading', { name: title })).toBeVisible();
  }
  await journal.list.getByRole('article').first().focus();
  await page.keyboard.press('End');
  await expect(page.locator(':focus')).toHaveAttribute('aria-posinset', '3');
  await page.keyboard.press('ArrowUp');
  await expect(page.locator(':focus')).toHaveAttribute('aria-posinset', '2');
  await page.keyboard.press('Enter');
  await expect(journal.panel.getByRole('heading', { name: 'Second win', exact: true })).toBeVisible();
  await page.keyboard.press('/');
  await expect(journal.search).toBeFocused();
});

test('the trash has its own address: the main navigation, back and reload do what they say', async ({ journal, page }) => {
  await journal.openEmpty();
  await journal.createEntry({ title: 'Wrote the on-call handbook' });
  await journal.createEntry({ title: 'Ran the incident review' });
  await journal.article('Ran the incident review').click();
  await journal.panel.getByRole('button', { name: 'Move to trash' }).click();
  await journal.expectCount(1);

  await page.getByRole('button', { name: 'Trash (1)' }).click();
  await expect(page.getByRole('heading', { name: 'Trash', level: 1 })).toBeVisible();
  await expect(page).toHaveURL(/#\/journal\/trash$/);
  // The main navigation's "Journal" leaves the trash for the journal's list.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Journal' }).click();
  await expect(page.getByRole('heading', { name: 'Journal', level: 1 })).toBeVisible();
  await expect(journal.article('Wrote the on-call handbook')).toBeVisible();
  await journal.expectCount(1);

  // Back returns to the trash, and a reload keeps it.
  await page.goBack();
  await expect(page.getByRole('heading', { name: 'Trash', level: 1 })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Trash', level: 1 })).toBeVisible();
  await expect(page.getByRole('article', { name: 'Ran the incident review' })).toBeVisible();
  // From another screen, "Journal" still opens the list.
  await page.getByRole('link', { name: 'Insights' }).click();
  await page.getByRole('link', { name: 'Journal' }).click();
  await expect(page.getByRole('heading', { name: 'Journal', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Trash (1)' }).click();
  await page.getByRole('button', { name: 'Back to journal' }).click();
  await expect(page).toHaveURL(/#\/journal$/);
  await journal.expectCount(1);
});

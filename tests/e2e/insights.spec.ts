import { expect, test } from './support/fixtures';

test('insights show the sample journal’s scope growing from team to company, with tables', async ({ journal, page }) => {
  await journal.openWithSample();
  await page.getByRole('link', { name: 'Insights' }).click();
  for (const name of ['Scope over time', 'Competency coverage', 'Activity by kind', 'Gaps', 'Awaiting outcome']) {
    await expect(page.getByRole('heading', { name, exact: true })).toBeVisible();
  }
  await expect(page.getByRole('figure', { name: 'Scope over time' })).toBeVisible();

  await page.getByLabel('Period', { exact: true }).selectOption({ label: 'Last 8 quarters' });
  const scopeCard = page.getByRole('region', { name: 'Scope over time' });
  await scopeCard.getByRole('button', { name: 'View as table' }).click();
  const rows = scopeCard.getByRole('table').getByRole('row');
  await expect(rows).toHaveCount(1 + 8);

  const columns = (await scopeCard.getByRole('columnheader').allTextContents()).map((text) => text.trim());
  const cells = async (index: number) => (await rows.nth(index).getByRole('cell').allTextContents()).map(Number);
  const rowCount = (await rows.count()) - 1;
  const teamColumn = columns.indexOf('Team') - 1;
  const companyColumn = columns.indexOf('Company') - 1;
  const industryColumn = columns.indexOf('Industry') - 1;
  // Early quarters: Team is the largest band. Late quarters: the work reaches Company.
  const early = await cells(1);
  expect(early[teamColumn]).toBe(Math.max(...early.slice(0, 5)));
  expect(early[companyColumn]).toBe(0);
  const late = await cells(rowCount);
  expect((late[companyColumn] ?? 0) + (late[industryColumn] ?? 0)).toBeGreaterThan(0);
  await expect(rows.nth(rowCount).getByRole('cell').last()).toHaveText(/Company|Industry/);

  // The chart and its table are the same numbers: the toggle switches between them.
  await scopeCard.getByRole('button', { name: 'View as table' }).click();
  await expect(scopeCard.getByRole('table')).toHaveCount(0);
  await expect(scopeCard.getByRole('figure')).toBeVisible();
});

test('a new entry with a missing competency closes that gap; an outcome clears a follow-up', async ({ journal, page }) => {
  await journal.openWithSample();
  await page.getByRole('link', { name: 'Insights' }).click();
  const gaps = page.getByRole('region', { name: 'Gaps' });
  const missing = gaps.getByRole('listitem').filter({ hasText: /^No .+ evidence in Q\d \d{4}\./ });
  await expect(missing.first()).toBeVisible();
  const [, competency] = /^No (.+) evidence in/.exec((await missing.first().textContent()) ?? '') ?? [];
  expect(competency).toBeTruthy();

  await page.getByRole('link', { name: 'Journal' }).click();
  await journal.createEntry({ title: `Evidence of ${competency}`, competencies: [competency ?? ''] });
  await page.getByRole('link', { name: 'Insights' }).click();
  await expect(gaps).toBeVisible();
  await expect(gaps.getByText(`No ${competency} evidence in`)).toHaveCount(0);

  const awaiting = page.getByRole('region', { name: 'Awaiting outcome' });
  const forms = awaiting.getByRole('button', { name: 'Record outcome' });
  const before = await forms.count();
  expect(before).toBeGreaterThanOrEqual(2);
  await awaiting.getByRole('textbox').first().fill('It worked: the migration finished a month early.');
  await forms.first().click();
  await expect(forms).toHaveCount(before - 1);
});

test('a quarterly review is written, saved, listed, kept across a reload, and edited later', async ({ journal, page }) => {
  await journal.openWithSample();
  await page.getByRole('link', { name: 'Insights' }).click();
  const quarter = page.getByLabel('Quarter', { exact: true });
  const current = (await quarter.locator('option:checked').textContent()) ?? '';
  expect(current).toMatch(/^Q\d \d{4}$/);

  await page.getByRole('button', { name: 'Start quarterly review' }).click();
  const editor = page.getByRole('form', { name: `Quarterly review: ${current}` });
  await expect(editor.getByText('Competencies with evidence')).toBeVisible();
  await editor.getByLabel('Self-rating for Systems thinking').selectOption({ label: '4 — strong' });
  await editor.getByRole('textbox').first().fill('Mapped the order flow end to end before the rewrite.');
  await editor.getByLabel('Summary').fill('Company-wide scope held; mentoring slipped.');
  await editor.getByRole('button', { name: 'Save review' }).click();
  await expect(editor).toHaveCount(0);
  const saved = page.getByRole('article', { name: `Review of ${current}` });
  await expect(saved).toContainText('Company-wide scope held; mentoring slipped.');

  await page.reload();
  await expect(saved).toContainText('Company-wide scope held; mentoring slipped.');
  await saved.getByRole('button', { name: 'Edit' }).click();
  await expect(editor.getByLabel('Self-rating for Systems thinking')).toHaveValue('4');
  await expect(editor.getByRole('textbox').first()).toHaveValue('Mapped the order flow end to end before the rewrite.');
  await editor.getByLabel('Summary').fill('Company-wide scope held; mentoring is next quarter’s focus.');
  await editor.getByRole('button', { name: 'Save review' }).click();
  await expect(saved).toContainText('mentoring is next quarter’s focus');
  await expect(page.getByRole('article', { name: /^Review of / })).toHaveCount(1);

  // A past quarter gets its own review.
  const options = await quarter.locator('option').allTextContents();
  const earlier = options[options.length - 2] ?? '';
  await quarter.selectOption({ label: earlier });
  await page.getByRole('button', { name: 'Start quarterly review' }).click();
  await page
    .getByRole('form', { name: `Quarterly review: ${earlier}` })
    .getByLabel('Summary')
    .fill('Department scope became the norm.');
  await page.getByRole('button', { name: 'Save review' }).click();
  await expect(page.getByRole('article', { name: /^Review of / })).toHaveCount(2);
});

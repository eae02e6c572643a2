import { expect, test } from './support/fixtures';

test('writing about mentoring a new hire suggests the mentoring competency with its reasons, and one click adds it', async ({
  journal,
  page,
}) => {
  await journal.openEmpty();
  await page.getByRole('button', { name: 'New entry' }).click();
  const editor = journal.editor;
  const suggestions = editor.getByRole('region', { name: 'Suggestions' });
  await expect(suggestions).toContainText('Nothing to suggest yet');

  await editor.getByLabel('Title', { exact: true }).fill('Onboarding our new hire');
  await editor
    .getByLabel('Body', { exact: true })
    .fill('Paired with Jonas every morning during his onboarding, and shadowed his first on-call shift together.');

  // An empty journal: the suggestion comes from the framework's own text, with the words that led to it.
  const add = suggestions.getByRole('button', { name: 'Add competency Mentoring and growing others' });
  await expect(add).toBeVisible();
  const suggestion = suggestions
    .getByRole('listitem')
    .filter({ has: page.getByRole('button', { name: 'Add competency Mentoring and growing others' }) });
  await expect(suggestion.locator('em').first()).toHaveText('Onboarding');
  // Suggested, not applied.
  const mentoring = editor.getByRole('group', { name: 'Competencies' }).getByRole('checkbox', { name: 'Mentoring and growing others' });
  await expect(mentoring).not.toBeChecked();

  await add.click();
  await expect(mentoring).toBeChecked();
  await expect(add).toHaveCount(0);

  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(journal.panel).toContainText('Mentoring and growing others');
});

test('a scope cue and a figure in the text are offered with their cues, and nothing changes until chosen', async ({ journal, page }) => {
  await journal.openEmpty();
  await page.getByRole('button', { name: 'New entry' }).click();
  const editor = journal.editor;
  const suggestions = editor.getByRole('region', { name: 'Suggestions' });
  await editor.getByLabel('Title', { exact: true }).fill('Shared retry library adopted across three teams');
  await editor.getByLabel('Body', { exact: true }).fill('We cut p95 from 900 to 300 ms at peak.');

  const useScope = suggestions.getByRole('button', { name: 'Use scope Department' });
  await expect(useScope).toBeVisible();
  await expect(suggestions.getByRole('listitem').filter({ has: page.getByRole('button', { name: 'Use scope Department' }) })).toContainText(
    'across three teams',
  );
  await expect(editor.getByLabel('Scope', { exact: true })).toHaveValue('team');
  await useScope.click();
  await expect(editor.getByLabel('Scope', { exact: true })).toHaveValue('department');
  await expect(useScope).toHaveCount(0);

  // A win with no measured result: the coach asks, and offers the figure the text already holds.
  await expect(suggestions).toContainText('No measured result yet: what changed, and by how much?');
  const useMetric = suggestions.getByRole('button', { name: 'Use metric p95 −66.7 %' });
  await expect(useMetric).toBeVisible();
  await expect(editor.getByLabel('Metric value')).toHaveValue('');
  await useMetric.click();
  await expect(editor.getByLabel('Metric name')).toHaveValue('p95');
  await expect(editor.getByLabel('Metric value')).toHaveValue('-66.7');
  await expect(editor.getByLabel('Metric unit')).toHaveValue('%');
  await expect(suggestions).not.toContainText('No measured result yet');
});

test('with the sample journal, the coach has learned from its entries and says so', async ({ journal, page }) => {
  await journal.openWithSample();
  await page.getByRole('button', { name: 'New entry' }).click();
  const editor = journal.editor;
  const suggestions = editor.getByRole('region', { name: 'Suggestions' });
  await editor.getByLabel('Title', { exact: true }).fill('Spoke at a conference about our open-source test tooling');
  await expect(suggestions).toContainText('from your framework and 150 entries');
  await expect(suggestions.getByRole('listitem').filter({ has: page.getByRole('button', { name: 'Use scope Industry' }) })).toContainText(
    'conference',
  );
});

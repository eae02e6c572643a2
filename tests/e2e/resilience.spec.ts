import { expect, test } from './support/fixtures';

/** Bodies that crashed or froze the app before its Markdown was checked (issue 18), all within the body limit. */
const hostileBodies = [
  { name: '3,000 block quotes', body: `${'>'.repeat(3_000)} x` },
  { name: '5,000 asterisks either side', body: `${'*'.repeat(5_000)}x${'*'.repeat(5_000)}` },
  { name: '99,000 brackets either side', body: `${'['.repeat(99_000)}x${']'.repeat(99_000)}` },
  { name: '20,000 asterisks either side', body: `${'*'.repeat(20_000)}x${'*'.repeat(20_000)}` },
  { name: '199,000 block quotes', body: `${'>'.repeat(199_000)} x` },
];

const plainNote = /^Shown as plain text:/;

for (const { name, body } of hostileBodies) {
  test(`an entry of ${name} opens as plain text within 2 s, and the app keeps working`, async ({ journal, page }) => {
    const title = `Pasted log: ${name}`;
    await journal.openEmpty();
    // Typed (filled) into the editor, as a user pasting it would; its preview takes the safe path too.
    await journal.createEntry({ title, body });
    await journal.panel.getByRole('button', { name: 'Close entry' }).click();

    const started = Date.now();
    await journal.article(title).click();
    await expect(journal.panel.getByRole('heading', { name: title })).toBeVisible({ timeout: 2_000 });
    await expect(journal.panel.getByRole('note')).toHaveText(plainNote, { timeout: 2_000 });
    const elapsed = Date.now() - started;
    test.info().annotations.push({ type: 'opened in', description: `${elapsed} ms` });
    expect(elapsed).toBeLessThan(2_000);
    await expect(journal.panel.getByRole('region', { name: 'Body' })).toContainText(body.slice(0, 200));

    const navigation = page.getByRole('navigation');
    await navigation.getByRole('link', { name: 'Insights' }).click();
    await expect(page.getByRole('heading', { name: 'Insights', level: 1 })).toBeVisible();
    await navigation.getByRole('link', { name: 'Journal' }).click();
    await expect(journal.article(title)).toBeVisible();
  });
}

import { expect, test } from './support/fixtures';

const hostileBody = [
  'Before <script>window.__pwned = "script"</script> after.',
  '',
  '<img src="x" onerror="window.__pwned = \'img\'">',
  '',
  '[click me](javascript:window.__pwned="link")',
  '',
  '<a href="javascript:window.__pwned=\'a\'">raw link</a>',
  '',
  '<iframe src="https://example.com"></iframe>',
  '',
  '![tracker](https://tracker.example.com/pixel.png)',
].join('\n');

test('a hostile body is shown as text and runs nothing', async ({ journal, page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await journal.openEmpty();
  await page.getByRole('button', { name: 'New entry' }).click();
  await journal.fillEditor({ title: '<b>Hostile</b> entry', body: hostileBody, links: 'javascript:alert(1)' });
  await journal.editor.getByRole('button', { name: 'Save' }).click();
  // A javascript: link is refused by the editor; without it the entry saves.
  await expect(journal.editor.getByRole('alert')).toContainText('is not a web or e-mail address');
  await journal.editor.getByLabel('Links', { exact: true }).fill('');
  await journal.editor.getByRole('button', { name: 'Save' }).click();

  const body = journal.panel.getByRole('region', { name: 'Body' });
  await expect(body).toContainText('<script>window.__pwned = "script"</script>');
  await expect(body).toContainText('<img src="x" onerror=');
  await expect(journal.panel.getByRole('heading', { name: '<b>Hostile</b> entry' })).toBeVisible();
  await expect(body.locator('script, img, iframe')).toHaveCount(0);
  await expect(body).toContainText('[image: tracker]');

  const link = body.getByRole('link', { name: 'click me' });
  await expect(link).not.toHaveAttribute('href', /javascript/i);
  await link.click();

  await journal.editor.waitFor({ state: 'detached' });
  await page.getByRole('button', { name: 'Edit' }).click();
  await journal.editor.getByRole('button', { name: 'Preview' }).click();
  await expect(journal.editor.getByLabel('Body preview').locator('script, img, iframe')).toHaveCount(0);

  expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
});

test('the page carries a strict Content-Security-Policy with no network origins', async ({ page }) => {
  await page.goto('/');
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("default-src 'none'");
  expect(policy).toContain("script-src 'self'");
  expect(policy).toContain("connect-src 'none'");
  expect(policy).not.toMatch(/https?:/);
  // An injected inline script is refused by the policy.
  const ran = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__inline = true';
    document.body.append(script);
    return (window as unknown as { __inline?: boolean }).__inline === true;
  });
  expect(ran).toBe(false);
});

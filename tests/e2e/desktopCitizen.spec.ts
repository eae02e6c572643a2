import { expect, test } from './support/fixtures';
import { installMainBridge, pdfExportTimeout } from './support/mainBridge';

/*
 * Themes, the keyboard-shortcuts sheet and settings as the page shows them. (The application menu,
 * notifications and the reminders' schedule are the main process's, tested in tests/main.)
 */

test('dark mode follows the system until chosen, then stays chosen after a reload', async ({ journal, page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await journal.openEmpty();
  await page.getByRole('link', { name: 'Settings' }).click();
  const darkMode = page.getByRole('switch', { name: 'Dark mode' });
  const followSystem = page.getByRole('switch', { name: 'Follow the system’s theme' });
  await expect(darkMode).toBeChecked();
  await expect(followSystem).toBeChecked();
  const darkBackground = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--bg'));

  await darkMode.uncheck();
  await expect(darkMode).not.toBeChecked();
  await expect(followSystem).not.toBeChecked();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme)).toBe('light');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await expect(page.getByRole('switch', { name: 'Dark mode' })).not.toBeChecked();

  await page.getByRole('switch', { name: 'Follow the system’s theme' }).check();
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
  await expect(page.getByRole('switch', { name: 'Dark mode' })).toBeChecked();
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--bg'))).toBe(darkBackground);
});

test('"?" opens the keyboard shortcuts, which list the menu’s keys; Escape closes them', async ({ journal, page }) => {
  await journal.openEmpty();
  await page.keyboard.press('?');
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(sheet).toBeVisible();
  await expect(sheet.getByRole('row', { name: /New entry/ })).toContainText('Ctrl+N');
  await expect(sheet.getByRole('row', { name: /Export backup/ })).toContainText('Ctrl+Shift+S');
  await expect(sheet.getByRole('row', { name: /Search the journal/ })).toContainText('/');
  await page.keyboard.press('Escape');
  await expect(sheet).toHaveCount(0);

  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('button', { name: 'Show keyboard shortcuts' }).click();
  await expect(sheet).toBeVisible();
  await sheet.getByRole('button', { name: 'Close' }).click();
  await expect(sheet).toHaveCount(0);
});

test('in a browser, reminders say they need the desktop app', async ({ journal, page }) => {
  await journal.openEmpty();
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByText('Reminders are desktop notifications, shown by the desktop app')).toBeVisible();
  await expect(page.getByRole('switch', { name: 'Weekly reminder' })).toHaveCount(0);
});

test('the application menu’s commands reach the page and run the same code as its buttons', async ({ journal, page }) => {
  const backupFile = test.info().outputPath('menu-backup.json');
  const pdfFile = test.info().outputPath('menu-packet.pdf');
  const bridge = await installMainBridge(page, {
    saveDialogPath: () => (bridge.saveDialogs.at(-1)?.defaultPath.endsWith('.pdf') ? pdfFile : backupFile),
  });
  await journal.openWithSample();
  await expect.poll(() => bridge.sendCommand({ type: 'navigate', screen: 'insights' })).toBe(1);
  await expect(page.getByRole('heading', { name: 'Insights', level: 1 })).toBeVisible();

  await bridge.sendCommand({ type: 'new-entry' });
  await expect(journal.editor).toBeVisible();
  await journal.editor.getByRole('button', { name: 'Cancel' }).click();

  const wasDark = await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme === 'dark');
  await bridge.sendCommand({ type: 'toggle-dark-mode' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', wasDark ? 'light' : 'dark');
  expect(bridge.themeSources.at(-1)).toBe(wasDark ? 'light' : 'dark');

  await bridge.sendCommand({ type: 'export-backup' });
  await expect(page.getByRole('heading', { name: 'Data', level: 1 })).toBeVisible();
  await expect(page.getByText(`Saved the backup to ${backupFile}`)).toBeVisible();

  await bridge.sendCommand({ type: 'export-packet-pdf' });
  await expect(page.getByText('There is no packet to export yet: choose “New packet” first.')).toBeVisible();

  await page.getByRole('button', { name: 'New packet' }).click();
  await expect(page.getByRole('button', { name: 'Export PDF' })).toBeEnabled();
  await bridge.sendCommand({ type: 'export-packet-pdf' });
  await expect(page.getByText(`Saved the PDF to ${pdfFile}`)).toBeVisible(pdfExportTimeout);

  await bridge.sendCommand({ type: 'start-quarterly-review' });
  await expect(page.getByRole('heading', { name: 'Insights', level: 1 })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save review' })).toBeVisible();

  await bridge.sendCommand({ type: 'show-shortcuts' });
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await page.keyboard.press('Escape');
  await bridge.sendCommand({ type: 'show-about' });
  await expect(page.getByRole('dialog', { name: 'About Scope Journal' })).toContainText('Version 0.0.0-e2e');
});

test('reminders are off until switched on; open follow-ups reach the desktop; a clicked reminder opens its place', async ({
  journal,
  page,
}) => {
  const bridge = await installMainBridge(page, {});
  await journal.openWithSample();
  await page.getByRole('link', { name: 'Settings' }).click();
  for (const name of ['Weekly reminder', 'Quarterly review reminder', 'Follow-up reminders']) {
    await expect(page.getByRole('switch', { name })).not.toBeChecked();
  }
  // The journal's open follow-ups are handed to the desktop, which reminds on the day.
  await expect.poll(() => bridge.followUps?.length ?? 0).toBeGreaterThan(0);
  await bridge.checkReminders();
  expect(bridge.notifications).toEqual([]);

  await page.getByRole('switch', { name: 'Follow-up reminders' }).check();
  await expect(page.getByRole('switch', { name: 'Follow-up reminders' })).toBeChecked();
  await page.reload();
  await expect(page.getByRole('switch', { name: 'Follow-up reminders' })).toBeChecked();
  await bridge.checkReminders();
  const reminder = bridge.notifications.at(-1);
  expect(reminder?.command).toEqual({ type: 'show-follow-ups' });

  // Clicking it: the desktop sends its command, and the page shows what is waiting.
  if (!reminder) throw new Error('no reminder was shown');
  await bridge.sendCommand(reminder.command);
  await expect(page.getByRole('heading', { name: 'Awaiting outcome' })).toBeFocused();
});

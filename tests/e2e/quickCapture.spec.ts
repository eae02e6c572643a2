import type { Page } from '@playwright/test';
import { onePixelPng, scriptedSvg } from '../support/attachmentSamples';
import { dataTransferOf, paste } from './support/fileTransfer';
import { seriousViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { JournalPage } from './support/JournalPage';
import { installMainBridge } from './support/mainBridge';

/*
 * Quick capture as the page shows it: the capture window's page (`#/capture`) beside the journal
 * in another page of the same origin (as the desktop app's two windows are), and the Settings
 * section that sets the global shortcut, behind the real quick-capture handlers with a stand-in
 * system that can refuse a shortcut. (The tray, the window itself and real registration are the
 * main process's: tests/main and tests/electron.)
 */

/** Opens the capture page in a new page of the journal's browser context, with the desktop bridge. */
async function openCapturePage(journalPage: Page) {
  const page = await journalPage.context().newPage();
  const bridge = await installMainBridge(page);
  await page.goto('/#/capture');
  await expect(page.getByRole('heading', { name: 'Quick capture', level: 1 })).toBeVisible();
  return { page, bridge };
}

test('an entry saved in the capture window appears in the journal window at once, and the capture window closes', async ({
  journal,
  page,
}) => {
  await journal.openEmpty();
  const capture = await openCapturePage(page);
  await expect(capture.page).toHaveTitle('Quick capture — Scope Journal');
  // The capture page is the form alone: no navigation, no journal.
  await expect(capture.page.getByRole('navigation')).toHaveCount(0);
  await expect(capture.page.getByLabel('Title', { exact: true })).toBeFocused();
  expect(await seriousViolations(capture.page), 'the capture page').toEqual([]);

  await capture.page.getByLabel('Title', { exact: true }).fill('Unblocked the release train');
  await capture.page.getByLabel('Kind', { exact: true }).selectOption({ label: 'Decision' });
  await capture.page.getByLabel('Scope', { exact: true }).selectOption({ label: 'Department' });
  await capture.page.getByLabel('Body', { exact: true }).fill('Chose to ship behind a flag.');
  await capture.page.getByRole('button', { name: 'Save' }).click();
  await expect(capture.page.getByRole('status').filter({ hasText: 'Saved' })).toHaveText(
    'Saved “Unblocked the release train” to the journal.',
  );
  await expect.poll(() => capture.bridge.quickCapture.windowCloses).toBe(1);
  await expect(capture.page.getByLabel('Title', { exact: true })).toHaveValue('');

  // The journal's page was not reloaded: the change feed brought the entry.
  await journal.expectCount(1);
  await journal.article('Unblocked the release train').click();
  await expect(journal.panel.getByRole('heading', { name: 'Unblocked the release train' })).toBeVisible();
  await expect(journal.panel).toContainText('Decision');
  await expect(journal.panel).toContainText('Department');
  await expect(journal.panel.getByRole('region', { name: 'Body' })).toContainText('Chose to ship behind a flag.');
});

test('Ctrl+Enter saves from the body; a capture without a title says so and saves nothing', async ({ journal, page }) => {
  await journal.openEmpty();
  const capture = await openCapturePage(page);
  await capture.page.getByLabel('Body', { exact: true }).fill('Paired with Ana on the flaky test.');
  await capture.page.keyboard.press('Control+Enter');
  await expect(capture.page.getByRole('alert')).toHaveText('Title: give the entry a title.');
  expect(capture.bridge.quickCapture.windowCloses).toBe(0);

  await capture.page.getByLabel('Title', { exact: true }).fill('Mentored Ana through her first incident');
  await capture.page.getByLabel('Body', { exact: true }).focus();
  await capture.page.keyboard.press('Control+Enter');
  await expect.poll(() => capture.bridge.quickCapture.windowCloses).toBe(1);
  await expect(journal.article('Mentored Ana through her first incident')).toBeVisible();
});

test('Escape closes the capture window and keeps what was typed for the next one, until it is discarded', async ({ journal, page }) => {
  await journal.openEmpty();
  const first = await openCapturePage(page);
  await first.page.getByLabel('Title', { exact: true }).fill('Half a thought about the API review');
  await first.page.keyboard.press('Escape');
  await expect.poll(() => first.bridge.quickCapture.windowCloses).toBe(1);
  await first.page.close();
  await journal.expectCount(0);

  const second = await openCapturePage(page);
  await expect(second.page.getByText('Brought back what you typed last time.')).toBeVisible();
  await expect(second.page.getByLabel('Title', { exact: true })).toHaveValue('Half a thought about the API review');
  await second.page.getByRole('button', { name: 'Discard it' }).click();
  await expect(second.page.getByLabel('Title', { exact: true })).toHaveValue('');
  await second.page.getByRole('button', { name: 'Close' }).click();
  await expect.poll(() => second.bridge.quickCapture.windowCloses).toBe(1);
  await second.page.close();

  const third = await openCapturePage(page);
  await expect(third.page.getByText('Brought back what you typed last time.')).toHaveCount(0);
  await expect(third.page.getByLabel('Title', { exact: true })).toHaveValue('');
});

test('Settings sets the shortcut by pressing it, says when another app holds one, and clears it', async ({ journal, page }) => {
  const bridge = await installMainBridge(page, { shortcutsHeldElsewhere: ['Ctrl+Alt+K'] });
  await journal.openEmpty();
  await page.getByRole('link', { name: 'Settings' }).click();
  const section = page.getByRole('region', { name: 'Quick capture' });
  await expect(section.getByRole('status')).toHaveText('Off: no shortcut is set.');

  const field = section.getByLabel('Quick capture shortcut');
  await field.focus();
  await page.keyboard.press('Control+Alt+J');
  await expect(field).toHaveValue('Ctrl+Alt+J');
  await section.getByRole('button', { name: 'Set shortcut' }).click();
  await expect(section.getByRole('status')).toHaveText('On: Ctrl+Alt+J opens quick capture from any app.');
  expect([...bridge.quickCapture.registered.keys()]).toEqual(['Ctrl+Alt+J']);
  // Pressing it in any app opens the capture window.
  expect(bridge.quickCapture.press('Ctrl+Alt+J')).toBe(true);
  expect(bridge.quickCapture.windowOpens).toBe(1);

  // Typed rather than pressed; another app holds it: nothing changes, and Settings says so.
  await field.fill('ctrl+alt+k');
  await field.press('Enter');
  await expect(section.getByRole('alert')).toHaveText('Another app is using Ctrl+Alt+K. Choose another shortcut.');
  await expect(section.getByRole('status')).toHaveText('On: Ctrl+Alt+J opens quick capture from any app.');
  expect(await seriousViolations(page), 'the quick-capture settings').toEqual([]);

  await field.fill('Shift+J');
  await section.getByRole('button', { name: 'Set shortcut' }).click();
  await expect(section.getByRole('alert')).toHaveText('Add Ctrl, Alt or Cmd: a shortcut that works in every app needs one of them.');

  // The keyboard-shortcuts sheet lists it.
  await page.getByRole('button', { name: 'Show keyboard shortcuts' }).click();
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(sheet.getByRole('row', { name: /Quick capture, from any app/ })).toContainText('Ctrl+Alt+J');
  await sheet.getByRole('button', { name: 'Close' }).click();

  await section.getByRole('button', { name: 'Clear' }).click();
  await expect(section.getByRole('status')).toHaveText('Off: no shortcut is set.');
  expect(bridge.quickCapture.registered.size).toBe(0);

  await section.getByRole('button', { name: 'Use Ctrl+Alt+J' }).click();
  await expect(section.getByRole('status')).toHaveText('On: Ctrl+Alt+J opens quick capture from any app.');
  expect([...bridge.quickCapture.registered.keys()]).toEqual(['CmdOrCtrl+Alt+J']);
});

test('in a browser, Settings and the shortcuts sheet say quick capture is a desktop feature', async ({ journal, page }) => {
  await journal.openEmpty();
  await page.getByRole('link', { name: 'Settings' }).click();
  const section = page.getByRole('region', { name: 'Quick capture' });
  await expect(section).toContainText('Quick capture is a desktop feature');
  await expect(section.getByLabel('Quick capture shortcut')).toHaveCount(0);

  await page.getByRole('button', { name: 'Show keyboard shortcuts' }).click();
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(sheet.getByRole('row', { name: /Quick capture, from any app/ })).toContainText('Desktop app only');
  await expect(sheet).toContainText('In a browser there is no tray icon and no shortcut that works from other apps');
});

test('a browser tab at #/capture saves into the same journal', async ({ journal, page }) => {
  await journal.openEmpty();
  const other = new JournalPage(await page.context().newPage());
  await other.page.goto('/#/capture');
  await other.page.getByLabel('Title', { exact: true }).fill('Captured in a plain tab');
  await other.page.getByRole('button', { name: 'Save' }).click();
  // A tab the user opened is not closed by a script: it stays, ready for the next capture.
  await expect(other.page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  await expect(journal.article('Captured in a plain tab')).toBeVisible();
});

test('an image pasted into the capture window is attached to the entry it saves', async ({ journal, page }) => {
  await journal.openEmpty();
  const capture = await openCapturePage(page);
  await capture.page.getByLabel('Title', { exact: true }).fill('Dashboard after the fix');
  const body = capture.page.getByLabel('Body', { exact: true });
  await body.fill('p95 back under 300 ms.');
  const image = { name: 'image.png', type: 'image/png', bytes: onePixelPng };
  expect(await paste(body, await dataTransferOf(capture.page, [image]))).toBe(true);
  await expect(capture.page.getByRole('list', { name: 'Attached files' }).getByRole('listitem')).toHaveCount(1);
  // What cannot be attached is refused in the capture window as in the editor.
  const svg = { name: 'chart.svg', type: 'image/svg+xml', bytes: scriptedSvg };
  expect(await paste(body, await dataTransferOf(capture.page, [svg]))).toBe(true);
  await expect(capture.page.getByRole('alert')).toContainText('chart.svg');
  await capture.page.getByRole('button', { name: 'Save' }).click();
  await expect.poll(() => capture.bridge.quickCapture.windowCloses).toBe(1);

  await journal.article('Dashboard after the fix').click();
  await expect(
    journal.panel.getByRole('region', { name: 'Attachments' }).getByRole('button', { name: /^Open Pasted image/ }),
  ).toBeVisible();
});

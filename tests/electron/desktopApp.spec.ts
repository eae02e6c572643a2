import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JournalPage } from '../e2e/support/JournalPage';
import { hasPdfinfo, pdfInfo } from '../support/pdfInfo';
import { expect, test } from './support/desktop';
import {
  answerOpenDialogWith,
  answerSaveDialogWith,
  clickMenuItem,
  mainWindowReport,
  mainWindowZoomLevel,
  minimizeMainWindow,
  secretStorageProblem,
  watchMainWindow,
} from './support/mainProcess';
import {
  captureWindowReport,
  holdShortcutElsewhere,
  isShortcutRegistered,
  pressGlobalShortcut,
  watchShortcutRegistrations,
} from './support/quickCapture';
import { requireSecretStoreVariable } from './support/requirements';
import { formatAccelerator } from '../../src-main/shared/shortcuts';
import { skipOrFail } from './support/runtime';

/*
 * The real desktop app, end to end: the built main process (out/main/index.js, from
 * `npx electron-vite build`) in real Electron, with only the native dialogs answered for the user.
 * Where the Electron runtime is absent (the `electron` package downloads it on first launch, which
 * needs internet) or there is no display, every test is skipped and says why — or fails, when
 * SCOPE_JOURNAL_REQUIRE_ELECTRON is set, as on CI. Each test gets a fresh, temporary user-data
 * folder (support/desktop.ts). Nothing here depends on the page's URL or its scheme: the tests
 * read the page's DOM and `location.hash`.
 */

function hasPdftotext(): boolean {
  return spawnSync('pdftotext', ['-v']).error === undefined;
}

/** On Linux without a desktop session (Xvfb on CI), Electron must be told to use the keyring. */
const keyringArgs = process.platform === 'linux' && !process.env.XDG_CURRENT_DESKTOP ? ['--password-store=gnome-libsecret'] : [];

test('the desktop app creates an entry, exports a backup and exports a packet PDF', async ({ desktop }) => {
  const { app, page } = await desktop.launch();
  const journal = new JournalPage(page);
  await page.getByRole('button', { name: 'Start empty' }).click();
  await journal.expectCount(0);
  const title = 'Shipped the offline sync from the real desktop app';
  await journal.createEntry({ title, impact: 'Journal written in real Electron.' });
  await journal.expectCount(1);

  // Backup: Data → Export backup, the save dialog answering with a file in the test's output.
  const backupPath = test.info().outputPath('backup.json');
  await answerSaveDialogWith(app, backupPath);
  await page.getByRole('link', { name: 'Data' }).click();
  await page.getByRole('button', { name: 'Export backup' }).click();
  await expect(page.getByText(`Saved the backup to ${backupPath}`)).toBeVisible();
  const backupText = readFileSync(backupPath, 'utf8');
  expect(JSON.parse(backupText)).toMatchObject({
    format: 'scope-journal-backup',
    counts: { entries: 1 },
    checksum: { algorithm: 'SHA-256' },
  });
  expect(backupText).toContain(title);

  // Packet: New packet → Export PDF, printed by Electron's printToPDF in the hidden print window.
  const pdfPath = test.info().outputPath('packet.pdf');
  const packetTitle = 'Case for Staff Engineer from Electron';
  await answerSaveDialogWith(app, pdfPath);
  await page.getByRole('link', { name: 'Packet' }).click();
  await page.getByRole('button', { name: 'New packet' }).click();
  await page.getByLabel('Title', { exact: true }).fill(packetTitle);
  await page.getByRole('button', { name: 'Export PDF' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved the PDF to' })).toContainText(pdfPath, { timeout: 30_000 });
  expect(readFileSync(pdfPath).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  if (hasPdftotext()) {
    const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
    expect(text).toContain(packetTitle);
    // Electron's printToPDF took the print view's title; the exporter added nothing else but the author.
    if (hasPdfinfo) expect(pdfInfo(pdfPath)).toMatchObject({ Title: packetTitle, Creator: 'Scope Journal' });
  } else {
    test.info().annotations.push({ type: 'note', description: 'pdftotext (poppler-utils) is absent: the PDF text was not checked.' });
  }
});

test('the application menu’s View › Data and File › New entry drive the page', async ({ desktop }) => {
  const { app, page } = await desktop.launch();
  const journal = new JournalPage(page);
  await page.getByRole('button', { name: 'Start empty' }).click();
  await journal.expectCount(0);

  await clickMenuItem(app, 'View', 'Data');
  await expect(page.getByRole('heading', { name: 'Data', level: 1 })).toBeVisible();
  expect(await page.evaluate(() => location.hash)).toBe('#/data');

  // The labels are the shortcut table's (src-main/shared/shortcuts.ts), on every platform.
  await clickMenuItem(app, 'File', 'New entry');
  await expect(journal.editor).toBeVisible();
  expect(await page.evaluate(() => location.hash)).toBe('#/journal');
  const title = 'Written from the File menu';
  await journal.fillEditor({ title });
  await journal.editor.getByRole('button', { name: 'Save' }).click();
  await expect(journal.panel.getByRole('heading', { name: title, exact: true })).toBeVisible();
  await journal.expectCount(1);
});

test('an encrypted automatic backup is written to the chosen folder and restores the journal from its list', async ({ desktop }) => {
  const { app, page } = await desktop.launch({ extraArgs: keyringArgs });
  const problem = await secretStorageProblem(app);
  if (problem !== undefined) {
    // macOS and Windows always have a key store: without one, the app itself is broken.
    if (process.platform !== 'linux') throw new Error(problem);
    skipOrFail(test.info(), problem, requireSecretStoreVariable);
  }
  const folder = test.info().outputPath('automatic-backups');
  mkdirSync(folder, { recursive: true });
  await answerOpenDialogWith(app, folder);

  const journal = new JournalPage(page);
  await page.getByRole('button', { name: 'Start empty' }).click();
  const title = 'Kept safe by an encrypted backup';
  await journal.createEntry({ title });
  await journal.expectCount(1);

  await page.getByRole('link', { name: 'Data' }).click();
  await page.getByRole('button', { name: 'Choose backup folder…' }).click();
  await expect(page.getByLabel('Backup folder')).toHaveValue(folder);
  await page.getByLabel('Passphrase for encrypted backups').fill('correct horse battery');
  await page.getByRole('button', { name: 'Save passphrase' }).click();
  await expect(page.getByText(/^Saved the passphrase/)).toBeVisible();
  await expect(page.getByLabel('Encrypt backups')).toBeChecked();
  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByText(/^Backed up to scope-journal-backup-.*\.json\.enc/)).toBeVisible({ timeout: 15_000 });

  // The file is the encrypted format (magic "SJBK"), and nothing of the journal is readable in it.
  // (The schedule's first check, 15 s after start, may have written one more backup meanwhile.)
  const encrypted = readdirSync(folder).filter((name) => /^scope-journal-backup-.*\.json\.enc$/.test(name));
  expect(encrypted.length).toBeGreaterThanOrEqual(1);
  for (const name of encrypted) {
    const bytes = readFileSync(join(folder, name));
    expect(bytes.subarray(0, 4).toString('latin1'), name).toBe('SJBK');
    expect(bytes.includes(Buffer.from(title)), name).toBe(false);
  }

  // The journal changes: the entry goes to the trash.
  await page.getByRole('link', { name: 'Journal' }).click();
  await journal.article(title).click();
  await journal.panel.getByRole('button', { name: 'Move to trash' }).click();
  await journal.expectCount(0);

  // Restored from the folder's list (newest first): the passphrase kept by safeStorage unlocks it.
  await page.getByRole('link', { name: 'Data' }).click();
  const encryptedRows = page.getByRole('row').filter({ hasText: 'Yes' });
  await expect(encryptedRows).toHaveCount(encrypted.length);
  await encryptedRows
    .first()
    .getByRole('button', { name: /^Restore the backup of / })
    .click();
  const preview = page.getByRole('region', { name: 'Restore preview' });
  await expect(preview.getByRole('heading')).toHaveText(/^Restore “scope-journal-backup-.*\.json\.enc”$/);
  const restoredName = ((await preview.getByRole('heading').textContent()) ?? '').replace(/^Restore “|”$/g, '');
  expect(encrypted).toContain(restoredName);
  await preview.getByRole('button', { name: 'Restore now' }).click();
  await expect(page.getByText(`Restored ${restoredName} (replaced): the journal now holds 1 entry.`)).toBeVisible({ timeout: 15_000 });
  await page.getByRole('link', { name: 'Journal' }).click();
  await journal.expectCount(1);
  await expect(journal.article(title)).toBeVisible();
});

test('the zoom level set with View › Zoom in is kept across a restart', async ({ desktop }) => {
  const first = await desktop.launch();
  await first.page.getByRole('button', { name: 'Start empty' }).click();
  const actualSizeRatio = await first.page.evaluate(() => window.devicePixelRatio);
  await clickMenuItem(first.app, 'View', 'Zoom in');
  await clickMenuItem(first.app, 'View', 'Zoom in');
  await expect.poll(() => mainWindowZoomLevel(first.app)).toBe(1);
  // Zoom level 1 is a factor of 1.2, which the page sees as its device pixel ratio.
  await expect.poll(() => first.page.evaluate(() => window.devicePixelRatio)).toBeCloseTo(actualSizeRatio * 1.2, 2);
  await desktop.close(first.app);
  const state = JSON.parse(readFileSync(join(desktop.userDataDir, 'window-state.json'), 'utf8')) as unknown;
  expect(state).toMatchObject({ version: 1, zoomLevel: 1 });

  // The same user-data folder: the app opens at the zoom it was left at.
  const second = await desktop.launch();
  await expect.poll(() => mainWindowZoomLevel(second.app), { timeout: 15_000 }).toBe(1);
  await expect.poll(() => second.page.evaluate(() => window.devicePixelRatio)).toBeCloseTo(actualSizeRatio * 1.2, 2);
});

test('opening the app a second time exits the new process and brings the first window forward', async ({ desktop }) => {
  const { app, page } = await desktop.launch();
  await page.getByRole('button', { name: 'Start empty' }).click();
  await expect.poll(async () => (await mainWindowReport(app)).visible).toBe(true);
  const wasMinimized = await minimizeMainWindow(app);
  if (!wasMinimized) {
    test.info().annotations.push({ type: 'note', description: 'The desktop did not minimize the window (no window manager, e.g. Xvfb).' });
  }
  await watchMainWindow(app);

  const second = await desktop.runSecondInstance();
  expect(second, `the second instance must quit by itself, at once and cleanly; its output:\n${second.output}`).toMatchObject({
    code: 0,
    signal: null,
  });

  await expect
    .poll(async () => (await mainWindowReport(app)).seen)
    .toEqual(expect.arrayContaining(['second-instance', 'show()', 'focus()']));
  const report = await mainWindowReport(app);
  expect(report.windows, 'the second launch must not open a window of its own').toBe(1);
  expect(report.visible).toBe(true);
  expect(report.minimized).toBe(false);
  if (wasMinimized) expect(report.seen).toContain('restore()');
  test.info().annotations.push({ type: 'note', description: `Seen: ${report.seen.join(', ')}; focused now: ${report.focused}.` });
  // The first app is still the journal, and still answers.
  await expect(page.locator('.journal-main').getByRole('status')).toHaveText('0 entries');
});

test('quick capture: the shortcut set in Settings opens a capture window on top, whose entry the journal shows at once', async ({
  desktop,
}) => {
  const { app, page } = await desktop.launch();
  const journal = new JournalPage(page);
  await page.getByRole('button', { name: 'Start empty' }).click();
  await journal.expectCount(0);
  const platform = process.platform === 'darwin' || process.platform === 'win32' ? process.platform : 'linux';
  const held = 'CmdOrCtrl+Alt+Shift+K';
  const chosen = 'CmdOrCtrl+Alt+Shift+J';
  expect(await holdShortcutElsewhere(app, held), `${held} must be free on this machine`).toBe(true);
  await watchShortcutRegistrations(app);

  // Settings: a shortcut another app holds is refused and said so; a free one is set.
  await page.getByRole('link', { name: 'Settings' }).click();
  const section = page.getByRole('region', { name: 'Quick capture' });
  await expect(section.getByRole('status')).toHaveText('Off: no shortcut is set.');
  const field = section.getByLabel('Quick capture shortcut');
  await field.fill(held);
  await section.getByRole('button', { name: 'Set shortcut' }).click();
  await expect(section.getByRole('alert')).toHaveText(
    `Another app is using ${formatAccelerator(held, platform)}. Choose another shortcut.`,
  );
  await field.fill(chosen);
  await section.getByRole('button', { name: 'Set shortcut' }).click();
  await expect(section.getByRole('status')).toHaveText(`On: ${formatAccelerator(chosen, platform)} opens quick capture from any app.`);
  expect(await isShortcutRegistered(app, chosen)).toBe(true);

  // The shortcut opens the capture window: the app's page at #/capture, on top, as secure as the main window.
  await page.getByRole('link', { name: 'Journal' }).click();
  const [capture] = await Promise.all([app.waitForEvent('window'), pressGlobalShortcut(app, chosen)]);
  await expect(capture.getByRole('heading', { name: 'Quick capture', level: 1 })).toBeVisible();
  expect(await capture.evaluate(() => location.hash)).toBe('#/capture');
  await expect.poll(() => captureWindowReport(app)).toEqual({ count: 1, alwaysOnTop: true, visible: true });
  // The same sandboxed page as the main window: the contract's functions, and no Node.
  expect(await capture.evaluate(() => [typeof window.api?.closeQuickCapture, typeof require, typeof process])).toEqual([
    'function',
    'undefined',
    'undefined',
  ]);
  const title = 'Captured from another app';
  await capture.getByLabel('Title', { exact: true }).fill(title);
  // Pressed again, it brings the same window forward, with what was typed.
  expect(await pressGlobalShortcut(app, chosen)).toBe(true);
  await expect.poll(async () => (await captureWindowReport(app)).count).toBe(1);
  await expect(capture.getByLabel('Title', { exact: true })).toHaveValue(title);

  // Saved with Ctrl/⌘+Enter: the window closes and the journal window shows the entry without a reload.
  await capture.getByLabel('Body', { exact: true }).fill('Saved from the capture window.');
  await Promise.all([capture.waitForEvent('close'), capture.keyboard.press(platform === 'darwin' ? 'Meta+Enter' : 'Control+Enter')]);
  await expect(journal.article(title)).toBeVisible();
  await journal.expectCount(1);

  // Escape closes the next capture window.
  const [second] = await Promise.all([app.waitForEvent('window'), pressGlobalShortcut(app, chosen)]);
  await expect(second.getByLabel('Title', { exact: true })).toBeFocused();
  await Promise.all([second.waitForEvent('close'), second.keyboard.press('Escape')]);
  await expect.poll(async () => (await captureWindowReport(app)).count).toBe(0);

  // Cleared: the shortcut is given back to the system.
  await page.getByRole('link', { name: 'Settings' }).click();
  await section.getByRole('button', { name: 'Clear' }).click();
  await expect(section.getByRole('status')).toHaveText('Off: no shortcut is set.');
  expect(await isShortcutRegistered(app, chosen)).toBe(false);
});

import { mkdirSync } from 'node:fs';
import { seriousViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { installMainBridge } from './support/mainBridge';

for (const colorScheme of ['light', 'dark'] as const) {
  test(`every screen is free of serious accessibility violations (${colorScheme})`, async ({ journal, page }) => {
    // Eleven screens, each analysed by axe: about 55 s alone on a two-core machine, and over 90 s
    // while the other colour scheme's run shares it (both timed out there with nothing wrong).
    test.setTimeout(180_000);
    await page.emulateMedia({ colorScheme });
    // As the desktop app: the sections only it shows (automatic backups, reminders) are checked too.
    const folder = test.info().outputPath('backups');
    mkdirSync(folder, { recursive: true });
    await installMainBridge(page, { folderDialogPath: () => folder });
    await journal.open();
    expect(await seriousViolations(page), 'first run').toEqual([]);

    await page.getByRole('button', { name: 'Load sample journal' }).click();
    await expect(journal.list.getByRole('article').first()).toBeVisible();
    expect(await seriousViolations(page), 'journal').toEqual([]);

    await journal.list.getByRole('article').first().click();
    expect(await seriousViolations(page), 'entry view').toEqual([]);

    await journal.panel.getByRole('button', { name: 'Edit' }).click();
    expect(await seriousViolations(page), 'entry editor').toEqual([]);
    await journal.editor.getByRole('button', { name: 'Cancel' }).click();

    await page.getByRole('button', { name: /^Trash/ }).click();
    expect(await seriousViolations(page), 'trash').toEqual([]);

    await page.getByRole('link', { name: 'Inbox', exact: true }).click();
    await expect(page.getByText('No drafts waiting.')).toBeVisible();
    expect(await seriousViolations(page), 'inbox').toEqual([]);

    await page.getByRole('link', { name: 'Insights' }).click();
    await expect(page.getByRole('heading', { name: 'Scope over time' })).toBeVisible();
    expect(await seriousViolations(page), 'insights').toEqual([]);
    for (const toggle of await page.getByRole('button', { name: 'View as table' }).all()) await toggle.click();
    expect(await seriousViolations(page), 'insights tables').toEqual([]);

    await page.getByRole('link', { name: 'Growth' }).click();
    await expect(page.getByRole('heading', { name: 'Growth', level: 1 })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Reading list' }).getByRole('article').first()).toBeVisible();
    expect(await seriousViolations(page), 'growth').toEqual([]);

    await page.getByRole('link', { name: 'Packet' }).click();
    await page.getByRole('button', { name: 'New packet' }).click();
    await expect(page.getByRole('button', { name: 'Export PDF' })).toBeVisible();
    expect(await seriousViolations(page), 'packet builder').toEqual([]);

    await page.getByRole('link', { name: 'Data' }).click();
    await page.getByRole('button', { name: 'Choose backup folder…' }).click();
    await page.getByRole('button', { name: 'Back up now' }).click();
    await expect(page.getByRole('button', { name: /^Restore the backup of / })).toBeVisible();
    expect(await seriousViolations(page), 'data').toEqual([]);

    await page.getByRole('link', { name: 'Settings' }).click();
    await expect(page.getByRole('switch', { name: 'Weekly reminder' })).toBeEnabled();
    expect(await seriousViolations(page), 'settings').toEqual([]);

    await page.keyboard.press('?');
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
    expect(await seriousViolations(page), 'keyboard shortcuts').toEqual([]);
  });
}

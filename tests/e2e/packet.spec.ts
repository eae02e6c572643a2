import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { samplePeople } from '../../src-renderer/src/domain/sample/content/sampleJournalContent';
import { pdfInfo, pdfText } from '../support/pdfInfo';
import { installMainBridge, pdfExportTimeout } from './support/mainBridge';
import { buildPacket } from './support/packetBuilder';
import { expect, test } from './support/fixtures';
import { expectSamplePeopleRedacted } from './support/redactedText';

test('a packet built from the sample exports to PDF through the main process, and reads back whole', async ({ journal, page }) => {
  const pdfPath = test.info().outputPath('packet.pdf');
  const bridge = await installMainBridge(page, { saveDialogPath: () => pdfPath });
  await journal.openWithSample();
  await buildPacket(page);

  const narrativeFields = page.getByLabel(/^Narrative for /);
  expect(await narrativeFields.count()).toBeGreaterThan(5);
  await narrativeFields.first().fill('Set the direction for payments resilience across four teams.');
  const headings = await narrativeFields.evaluateAll((fields) =>
    fields.map((field) => (document.querySelector(`label[for="${field.id}"]`)?.textContent ?? '').replace(/^Narrative for /, '')),
  );
  const chosenTitles = (
    await page
      .getByRole('group', { name: 'Evidence' })
      .getByRole('checkbox', { checked: true })
      .evaluateAll((boxes) => boxes.map((box) => (box.parentElement?.textContent ?? '').replace(/^★ /, '')))
  ).slice(0, 5);

  await page.getByRole('button', { name: 'Export PDF' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved the PDF to' })).toContainText(pdfPath, pdfExportTimeout);
  expect(bridge.saveDialogs.at(-1)?.defaultPath).toBe('case-for-staff-engineer-2026-11-18.pdf');
  // A committee member's reader shows the packet's title and author, not the app's name.
  expect(pdfInfo(pdfPath)).toMatchObject({ Title: 'Case for Staff Engineer', Author: 'Maya Okafor', Creator: 'Scope Journal' });

  const text = pdfText(pdfPath);
  for (const expected of [
    'Case for Staff Engineer',
    'Maya Okafor',
    'Senior Engineer → Staff Engineer',
    'Summary',
    'Scope over time',
    'Evidence by competency',
  ]) {
    expect(text).toContain(expected);
  }
  // The chart's axis labels came through as text.
  for (const label of ['Entries', 'Self', 'Team', 'Department', 'Company', 'Industry']) expect(text).toContain(label);
  expect(text).toMatch(/Q[1-4] 20\d\d/);
  for (const heading of headings) expect(text).toContain(heading);
  const flat = text.replace(/\s+/g, ' ');
  for (const title of chosenTitles) expect(flat).toContain(title.replace(/\s+/g, ' ').slice(0, 40));
  expect(flat).toContain('Set the direction for payments resilience across four teams.');
  expect(text).toMatch(/Page 1 of \d+/);
  expect(samplePeople.some((name) => text.includes(name))).toBe(true);

  // Look at it: the first pages as images beside the test's output.
  execFileSync('pdftoppm', ['-r', '60', '-f', '1', '-l', '2', '-png', pdfPath, test.info().outputPath('page')]);

  // The print window was made ready when the Packet screen opened: the export only changed its route.
  expect(bridge.printPageRoutes[0]).toEqual({ how: 'load', route: '#/print/idle' });
  expect(bridge.printPageRoutes.slice(1, 3).map(({ how }) => how)).toEqual(['navigate', 'navigate']);
  expect(bridge.printPageRoutes.filter(({ how }) => how === 'load')).toHaveLength(1);

  // The same warm window prints the packet as it is now, not as it was at the first export.
  await narrativeFields.first().fill('Rewrote the on-call handbook that three departments now follow.');
  await page.getByRole('button', { name: 'Export PDF' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved the PDF to' })).toBeVisible(pdfExportTimeout);
  await expect
    .poll(() => pdfText(pdfPath).replace(/\s+/g, ' '))
    .toContain('Rewrote the on-call handbook that three departments now follow.');
  expect(pdfText(pdfPath)).not.toContain('Set the direction for payments resilience');
  expect(bridge.printPageRoutes.filter(({ how }) => how === 'load')).toHaveLength(1);
});

test('with "Redact people", no person’s name appears anywhere in the PDF, quotes and bodies included', async ({ journal, page }) => {
  const pdfPath = test.info().outputPath('redacted.pdf');
  await installMainBridge(page, { saveDialogPath: () => pdfPath });
  await journal.openWithSample();
  await buildPacket(page);
  await page.getByRole('group', { name: 'Evidence' }).getByRole('button', { name: 'Select all' }).click();
  await page.getByLabel('Redact people').check();
  await page.getByRole('button', { name: 'Export PDF' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved the PDF to' })).toBeVisible(pdfExportTimeout);

  const text = pdfText(pdfPath).replace(/\s+/g, ' ');
  expectSamplePeopleRedacted(text, 'Maya Okafor');
});

test('Markdown and HTML exports carry the packet, and a packet can be duplicated and deleted with undo', async ({ journal, page }) => {
  const folder = test.info().outputPath();
  let next = `${folder}/packet.md`;
  await installMainBridge(page, { saveDialogPath: () => next });
  await journal.openWithSample();
  await buildPacket(page);

  await page.getByRole('button', { name: 'Export Markdown' }).click();
  await expect(page.getByText(`Saved the Markdown to ${folder}/packet.md.`)).toBeVisible();
  const markdown = readFileSync(`${folder}/packet.md`, 'utf8');
  expect(markdown).toContain('Case for Staff Engineer');
  expect(markdown).toMatch(/^## /m);

  next = `${folder}/packet.html`;
  await page.getByRole('button', { name: 'Export HTML' }).click();
  await expect(page.getByText(`Saved the HTML file to ${folder}/packet.html.`)).toBeVisible();
  const html = readFileSync(`${folder}/packet.html`, 'utf8');
  expect(html).toContain('Case for Staff Engineer');
  expect(html).toContain('<svg');
  expect(html).not.toMatch(/<script/i);
  expect(html).not.toMatch(/(src|href)="https?:/i);

  const list = page.getByRole('navigation', { name: 'Saved packets' });
  await list.getByRole('button', { name: 'Duplicate “Case for Staff Engineer”' }).click();
  await expect(list.getByRole('button', { name: /^Case for Staff Engineer \(copy\)/ })).toBeVisible();
  await list.getByRole('button', { name: 'Delete “Case for Staff Engineer (copy)”' }).click();
  await expect(list.getByRole('button', { name: /\(copy\)/ })).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(list.getByRole('button', { name: /^Case for Staff Engineer \(copy\)/ })).toBeVisible();
});

test('in a plain browser, Export PDF opens the print view and hands it to the print dialog', async ({ journal, page }) => {
  await journal.openWithSample();
  await buildPacket(page);
  const popup = page.waitForEvent('popup');
  await page.getByRole('button', { name: 'Export PDF' }).click();
  const printView = await popup;
  expect(printView.url()).toMatch(/#\/print\/packet\/[^/]+$/);
  await expect(printView.locator('html')).toHaveAttribute('data-print-ready', 'true');
  await expect(printView.getByRole('heading', { name: 'Case for Staff Engineer', level: 1 })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Opened the print view' })).toBeVisible();
});

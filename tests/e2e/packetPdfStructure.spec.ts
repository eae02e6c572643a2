import { execFileSync } from 'node:child_process';
import { pdfInfo, pdfText as popplerText } from '../support/pdfInfo';
import { pdfOutline } from '../support/pdfOutline';
import { installMainBridge, pdfExportTimeout } from './support/mainBridge';
import { buildPacket, narrativeCompetencies, packetSummary } from './support/packetBuilder';
import { expect, test } from './support/fixtures';
import type { Page } from '@playwright/test';

/** The text of a PDF on one line: runs of white space made one space. */
function pdfText(path: string): string {
  return popplerText(path).replace(/\s+/g, ' ');
}

async function exportPdf(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Export PDF' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved the PDF to' })).toBeVisible(pdfExportTimeout);
}

test('the PDF has an outline with the title, its sections and an entry per competency, is tagged, and names its title and author', async ({
  journal,
  page,
}) => {
  const pdfPath = test.info().outputPath('packet.pdf');
  await installMainBridge(page, { saveDialogPath: () => pdfPath });
  await journal.openWithSample();
  await buildPacket(page, { withRoles: false });
  // A narrative's own heading must not become a section of the outline.
  await page
    .getByLabel(/^Narrative for /)
    .first()
    .fill('# My own heading\n\nSet the direction for payments resilience.');
  const competencies = await narrativeCompetencies(page);
  expect(competencies.length).toBeGreaterThan(5);
  await exportPdf(page);

  expect(pdfInfo(pdfPath)).toMatchObject({ Title: 'Case for Staff Engineer', Author: 'Maya Okafor', Tagged: 'yes' });
  const outline = pdfOutline(pdfPath);
  expect(outline.map((item) => item.title)).toEqual(['Case for Staff Engineer']);
  const sections = outline[0]?.children ?? [];
  expect(sections.map((item) => item.title)).toEqual(expect.arrayContaining(['Summary', 'Evidence by competency', 'Highlights']));
  const byCompetency = sections.find((item) => item.title === 'Evidence by competency');
  expect(byCompetency?.children.map((item) => item.title)).toEqual(competencies);
  // The narrative's heading sits under its competency, not beside the packet's sections.
  expect(byCompetency?.children[0]?.children.map((item) => item.title)).toEqual(['My own heading']);
  // The tags a screen reader follows: headings and lists in the structure tree.
  // (Poppler 22 complains on stderr about Chromium's PDF 2.0 "Strong" tags, which it does not know: not ours to show.)
  const structure = execFileSync('pdfinfo', ['-struct', pdfPath], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  for (const tag of ['H1', 'H2', 'H3', 'L', 'LI']) expect(structure).toMatch(new RegExp(`^\\s*${tag} `, 'm'));
});

test('a one-page summary prints on exactly one page with the summary and a line per competency', async ({ journal, page }) => {
  const pdfPath = test.info().outputPath('one-page.pdf');
  await installMainBridge(page, { saveDialogPath: () => pdfPath });
  await journal.openWithSample();
  await buildPacket(page, { withRoles: false });
  // Every entry of the sample: the most competencies and the longest lines the summary must fit.
  await page.getByRole('group', { name: 'Evidence' }).getByRole('button', { name: 'Select all' }).click();
  const competencies = await narrativeCompetencies(page);
  expect(competencies.length).toBeGreaterThan(5);

  await page.getByRole('checkbox', { name: 'One-page summary' }).check();
  // The live preview shows what prints: a line per competency, not the full packet.
  const preview = page.getByRole('region', { name: 'Preview' });
  await expect(preview.getByRole('heading', { name: 'Strongest evidence by competency' })).toBeVisible();
  await expect(preview.getByRole('heading', { name: 'Evidence by competency', exact: true })).toHaveCount(0);
  const lines = preview.locator('.print-one-page-lines > li');
  await expect(lines).toHaveCount(competencies.length);
  const strongest = await lines.evaluateAll((items) => items.map((item) => item.querySelector('h3 + span > bdi')?.textContent ?? ''));
  expect(strongest.every((title) => title !== '')).toBe(true);

  await exportPdf(page);
  const info = pdfInfo(pdfPath);
  expect(info).toMatchObject({ Title: 'Case for Staff Engineer', Author: 'Maya Okafor', Pages: '1' });
  const text = pdfText(pdfPath);
  for (const expected of ['Case for Staff Engineer', 'Maya Okafor', packetSummary, 'Scope over time', 'Page 1 of 1'])
    expect(text).toContain(expected);
  for (const [index, name] of competencies.entries()) {
    expect(text).toContain(name);
    expect(text).toContain((strongest[index] ?? '').replace(/\s+/g, ' '));
  }
  expect(text).not.toContain('Appendix');
  expect(pdfOutline(pdfPath)[0]?.children.find((item) => item.title === 'Strongest evidence by competency')?.children).toHaveLength(
    competencies.length,
  );

  // Look at it: the page as an image beside the test's output.
  execFileSync('pdftoppm', ['-r', '60', '-png', pdfPath, test.info().outputPath('one-page')]);

  // A summary far too long for the page is scaled down to fit, never carried onto a second page.
  const longSummary = Array.from({ length: 30 }, (_, index) => `Paragraph ${index + 1} of a long case.`).join('\n\n');
  await page.getByLabel('Overall summary').fill(longSummary);
  await exportPdf(page);
  await expect.poll(() => pdfText(pdfPath)).toContain('Paragraph 30 of a long case.');
  expect(pdfInfo(pdfPath).Pages).toBe('1');
  expect(pdfText(pdfPath)).toContain((strongest.at(-1) ?? '').replace(/\s+/g, ' '));
  execFileSync('pdftoppm', ['-r', '60', '-png', pdfPath, test.info().outputPath('one-page-scaled')]);
});

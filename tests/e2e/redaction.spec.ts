import { readFileSync } from 'node:fs';
import { pdfText as popplerText } from '../support/pdfInfo';
import { installMainBridge, pdfExportTimeout } from './support/mainBridge';
import { expect, test } from './support/fixtures';

/** The text of a PDF on one line: runs of white space made one space. */
function pdfText(path: string): string {
  return popplerText(path).replace(/\s+/g, ' ');
}

/**
 * Every way the entries below name a person: full names, first names, surnames, an email and a
 * handle. None of them is in any entry's People field.
 */
const personWords = [
  'Dana',
  'Whitfield',
  'Kwabena',
  'Oyelaran',
  'Ifeoma',
  'Tendai',
  'Moyo',
  'Achterberg',
  'sam.achterberg',
  'li.wei',
  'Ngata',
];

function namesIn(text: string): string[] {
  return personWords.filter((word) => new RegExp(`(?<![\\p{L}])${word.replace('.', '\\.')}(?![\\p{L}])`, 'u').test(text));
}

test('a redacted packet names nobody from the bodies, in the PDF, the Markdown and the HTML', async ({ journal, page }) => {
  const folder = test.info().outputPath();
  let next = `${folder}/redacted.pdf`;
  await installMainBridge(page, { saveDialogPath: () => next });
  await journal.openEmpty();
  await journal.createEntry({
    title: 'Payments rollout',
    date: '2026-10-05',
    competencies: ['Mentoring and growing others'],
    impact: 'Dana’s runbook is now the team’s template.',
    body: 'Paired with Dana Whitfield on the rollout. Dana wrote the runbook and Kwabena Oyelaran reviewed it.',
  });
  await journal.createEntry({
    title: 'Incident review',
    date: '2026-10-20',
    body: 'Ran the review on Friday with Ifeoma. We moved the Kubernetes alerts into Grafana. Sent the summary to sam.achterberg@fernwood.example and @li.wei. Ngata was on leave, so I covered.',
  });
  await journal.createEntry({
    title: 'Feedback from the launch',
    date: '2026-11-02',
    kind: 'Feedback',
    body: '> "Calm under pressure, and kind to the on-call." — Tendai Moyo',
  });

  await page.getByRole('link', { name: 'Packet' }).click();
  await page.getByRole('button', { name: 'New packet' }).click();
  await page.getByLabel('Title', { exact: true }).fill('Case for Staff Engineer');
  await page.getByLabel('Your name').fill('Maya Okafor');
  await page.getByLabel('Overall summary').fill('Thanks to Dana and Kwabena for the rollout.');

  // Every person is listed and ticked, with a count and an occurrence; products and days are not.
  const region = page.getByRole('region', { name: 'Names to redact' });
  await expect(region.getByText(/Redaction is off/)).toBeVisible();
  for (const name of ['Dana Whitfield', 'Kwabena Oyelaran', 'Ifeoma', 'Tendai Moyo', 'Sam Achterberg', 'Li Wei']) {
    await expect(region.getByRole('checkbox', { name, exact: true })).toBeChecked();
  }
  for (const word of ['Friday', 'Kubernetes', 'Grafana', 'Maya Okafor']) {
    await expect(region.getByRole('checkbox', { name: word, exact: true })).toHaveCount(0);
  }
  const dana = region.getByRole('checkbox', { name: 'Dana Whitfield', exact: true });
  await expect(dana).toHaveAccessibleDescription(/^\d+ times · .*Dana/);

  // The finder missed Ngata (a sentence begins with the name): added by hand, from the keyboard.
  await region.getByLabel('Add a name').fill('Ngata');
  await region.getByLabel('Add a name').press('Enter');
  await expect(region.getByRole('status')).toHaveText('Added “Ngata”.');
  await expect(region.getByRole('checkbox', { name: 'Ngata', exact: true })).toBeChecked();

  await page.getByLabel('Redact people').check();
  await expect(region.getByText(/ticked names are replaced in the PDF, Markdown and HTML/)).toBeVisible();
  await region.screenshot({ path: test.info().outputPath('names-to-redact.png') });
  // The preview is what prints: nobody in it either.
  await expect(page.getByRole('region', { name: 'Preview' })).toContainText('Colleague A');
  expect(namesIn((await page.getByRole('region', { name: 'Preview' }).textContent()) ?? '')).toEqual([]);

  await page.getByRole('button', { name: 'Export PDF' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved the PDF to' })).toBeVisible(pdfExportTimeout);
  const pdf = pdfText(`${folder}/redacted.pdf`);
  expect(pdf).toContain('Maya Okafor');
  expect(pdf).toContain('Payments rollout');
  expect(pdf).toContain('a colleague');
  expect(pdf).toContain('Colleague A');
  expect(namesIn(pdf)).toEqual([]);

  next = `${folder}/redacted.md`;
  await page.getByRole('button', { name: 'Export Markdown' }).click();
  await expect(page.getByText(`Saved the Markdown to ${folder}/redacted.md.`)).toBeVisible();
  const markdown = readFileSync(`${folder}/redacted.md`, 'utf8');
  expect(markdown).toContain('Thanks to Colleague A and Colleague B for the rollout.');
  expect(namesIn(markdown)).toEqual([]);

  next = `${folder}/redacted.html`;
  await page.getByRole('button', { name: 'Export HTML' }).click();
  await expect(page.getByText(`Saved the HTML file to ${folder}/redacted.html.`)).toBeVisible();
  const html = readFileSync(`${folder}/redacted.html`, 'utf8');
  expect(html).toContain('Payments rollout');
  expect(namesIn(html)).toEqual([]);

  // Unticking a name keeps it in every export, and the choice is saved with the packet.
  await dana.uncheck();
  next = `${folder}/kept.md`;
  await page.getByRole('button', { name: 'Export Markdown' }).click();
  await expect(page.getByText(`Saved the Markdown to ${folder}/kept.md.`)).toBeVisible();
  expect(namesIn(readFileSync(`${folder}/kept.md`, 'utf8'))).toEqual(['Dana', 'Whitfield']);
  // Leaving the builder writes the packet; after a reload it reads back with the choice.
  await page.getByRole('link', { name: 'Journal' }).click();
  await expect(journal.list).toBeVisible();
  await page.reload();
  await page.getByRole('link', { name: 'Packet' }).click();
  await expect(
    page.getByRole('region', { name: 'Names to redact' }).getByRole('checkbox', { name: 'Dana Whitfield', exact: true }),
  ).not.toBeChecked();
  await expect(page.getByRole('region', { name: 'Names to redact' }).getByRole('checkbox', { name: 'Ngata', exact: true })).toBeChecked();
});

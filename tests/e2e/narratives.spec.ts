import { pdfText as popplerText } from '../support/pdfInfo';
import { installMainBridge, pdfExportTimeout } from './support/mainBridge';
import { buildPacket, narrativeCompetencies } from './support/packetBuilder';
import { expect, test } from './support/fixtures';
import type { Page } from '@playwright/test';

/** A count or change a committee can check: digits, or a number in words ("two pitches funded"). */
const figure = /\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|hundreds?|half|halved|doubled|twice|fifths?)\b/i;
/** An evidence citation: “Title” (14 Mar 2026). */
const citation = /“([^”]+)” \((\d{1,2} \w+ \d{4})\)/g;
/** The trajectory sentence, for a competency whose scope widened. */
const trajectory =
  /My reach here grew from (?:Self|Team|Department|Company) in Q[1-4] \d{4} to (?:Team|Department|Company|Industry) in Q[1-4] \d{4}\./;

async function draftAll(page: Page) {
  await page.getByRole('button', { name: 'Draft narratives' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Drafted \d+ narratives from your evidence\./ })).toBeVisible();
}

/** One competency's narrative, in the builder's "Narratives" group. */
function narrativeRegion(page: Page, competency: string) {
  return page.getByRole('group', { name: 'Narratives' }).getByRole('region', { name: competency, exact: true });
}

test('drafted narratives reach the PDF: each cites its evidence with a figure, and the scope trajectory is told', async ({
  journal,
  page,
}) => {
  // A PDF export and a read of every narrative: give it the time the other export specs have.
  test.slow();
  const pdfPath = test.info().outputPath('drafted.pdf');
  await installMainBridge(page, { saveDialogPath: () => pdfPath });
  await journal.openWithSample();
  await buildPacket(page);
  const competencies = await narrativeCompetencies(page);
  expect(competencies.length).toBeGreaterThan(5);
  await draftAll(page);

  // Each section's narrative and evidence titles, read in one pass.
  const sections = await page
    .getByRole('group', { name: 'Narratives' })
    .locator('section.narrative')
    .evaluateAll((regions) =>
      regions.map((region) => ({
        competency: region.getAttribute('aria-label') ?? '',
        narrative: region.querySelector('textarea')?.value ?? '',
        evidenceTitles: [...region.querySelectorAll('.narrative-evidence bdi')].map((title) => title.textContent ?? ''),
      })),
    );
  expect(sections.map((section) => section.competency)).toEqual(competencies);
  const narratives = sections.map((section) => section.narrative);
  for (const { competency, narrative, evidenceTitles } of sections) {
    // Every competency with evidence has a narrative that cites that evidence by title and date…
    const cited = [...narrative.matchAll(citation)].map((match) => match[1]);
    expect(cited.length, competency).toBeGreaterThan(0);
    expect(evidenceTitles, competency).toEqual(expect.arrayContaining(cited));
    // …and argues with at least one figure of its own, outside the citations and the trajectory.
    const argued = narrative.replace(citation, '').split('\n\n').slice(1).join(' ');
    expect(argued, competency).toMatch(figure);
    expect(narrative, competency).toMatch(/\b(?:I|We)\b/);
  }
  expect(narratives.some((narrative) => trajectory.test(narrative))).toBe(true);

  await page.getByRole('button', { name: 'Export PDF' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved the PDF to' })).toBeVisible(pdfExportTimeout);
  const text = popplerText(pdfPath).replace(/\s+/g, ' ');
  // Each narrative prints whole, paragraph by paragraph, so the PDF names its titles and figures.
  for (const narrative of narratives)
    for (const paragraph of narrative.split('\n\n')) expect(text).toContain(paragraph.replace(/\s+/g, ' '));
  expect(text).toMatch(trajectory);
});

test('Redraft never overwrites an edited narrative: the new draft waits beside it until the user chooses', async ({ journal, page }) => {
  test.slow();
  await journal.openWithSample();
  await buildPacket(page);
  await draftAll(page);
  const [competency = ''] = await narrativeCompetencies(page);
  const region = narrativeRegion(page, competency);
  const field = region.getByLabel(`Narrative for ${competency}`);
  const draft = await field.inputValue();
  const edited = `${draft}\n\nI also set the standard the other teams now follow.`;
  await field.fill(edited);
  await expect(region.getByText('Your text', { exact: true })).toBeVisible();

  // Drafting again keeps the edit, and says so.
  await page.getByRole('button', { name: 'Draft narratives' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Kept your text for ${competency}` })).toBeVisible();
  await expect(field).toHaveValue(edited);

  // Redraft offers the new draft beside the edit; the edit stays, across leaving and coming back.
  await region.getByRole('button', { name: 'Redraft' }).click();
  const offer = region.getByRole('group', { name: `New draft for ${competency}` });
  await expect(offer).toContainText(draft.split('\n\n')[0] ?? '');
  await expect(field).toHaveValue(edited);
  await offer.getByRole('button', { name: 'Keep my text' }).click();
  await expect(offer).toHaveCount(0);
  await page.getByRole('link', { name: 'Journal' }).click();
  await page.getByRole('link', { name: 'Packet' }).click();
  await expect(field).toHaveValue(edited);

  // Only "Use the new draft" replaces the text; the narrative then counts as a draft again.
  await region.getByRole('button', { name: 'Redraft' }).click();
  await offer.getByRole('button', { name: 'Use the new draft' }).click();
  await expect(field).toHaveValue(draft);
  await expect(offer).toHaveCount(0);
  await expect(region.getByText('First draft: edit it freely')).toBeVisible();
});

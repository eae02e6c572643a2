import type { Page } from '@playwright/test';

/** The summary the packet specs write. */
export const packetSummary = 'Two years of widening scope, from one team to the whole company.';

/**
 * Opens a new packet in the builder and fills its cover: title, author and summary, and the
 * current and target roles unless `withRoles` is false.
 */
export async function buildPacket(page: Page, { withRoles = true }: { withRoles?: boolean } = {}): Promise<void> {
  await page.getByRole('link', { name: 'Packet' }).click();
  await page.getByRole('button', { name: 'New packet' }).click();
  await page.getByLabel('Title', { exact: true }).fill('Case for Staff Engineer');
  await page.getByLabel('Your name').fill('Maya Okafor');
  if (withRoles) {
    await page.getByLabel('Current role').fill('Senior Engineer');
    await page.getByLabel('Target role').fill('Staff Engineer');
  }
  await page.getByLabel('Overall summary').fill(packetSummary);
}

/** The competencies the builder offers a narrative for, by its fields' labels: the packet's competency sections. */
export async function narrativeCompetencies(page: Page): Promise<string[]> {
  return page
    .getByLabel(/^Narrative for /)
    .evaluateAll((fields) =>
      fields.map((field) => (document.querySelector(`label[for="${field.id}"]`)?.textContent ?? '').replace(/^Narrative for /, '')),
    );
}

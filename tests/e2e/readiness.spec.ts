import type { Locator, Page } from '@playwright/test';
import { buildPacket } from './support/packetBuilder';
import { expect, test } from './support/fixtures';

const mentoring = 'Mentoring and growing others';

function readiness(page: Page): Locator {
  return page.getByRole('region', { name: 'Readiness' });
}

/** One competency's row of the Readiness region. */
function readinessRow(page: Page, name: string): Locator {
  return readiness(page).getByRole('listitem', { name, exact: true });
}

async function openGrowth(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Growth' }).click();
  await expect(page.getByRole('heading', { name: 'Growth', level: 1 })).toBeVisible();
}

test('Readiness compares the packet’s evidence with Staff and leads from a thin competency to a new entry and the growth plan', async ({
  journal,
  page,
}) => {
  await journal.openWithSample();
  await buildPacket(page);
  const region = readiness(page);
  await expect(region.getByLabel('Compare with')).toHaveValue('staff');
  await expect(region).toContainText('Compared with Staff, the level “Staff Engineer” names.');
  const rows = region.getByRole('listitem');
  await expect(rows).toHaveCount(11);
  for (const text of await rows.allTextContents()) expect(text).toMatch(/(strong|thin|missing)\d+ entr|no entries/);

  // With no evidence selected every competency is missing; one entry back makes its competencies thin.
  const evidence = page.getByRole('group', { name: 'Evidence' });
  await evidence.getByRole('button', { name: 'Clear' }).click();
  await expect(region).toContainText('0 strong · 0 thin · 11 missing');
  await expect(readinessRow(page, mentoring)).toContainText(
    'missingno entries (3 needed) · Staff expects Department to Company · no feedback from others',
  );
  await expect(readinessRow(page, mentoring)).toContainText(/\d+ more in your journal for this period, not yet selected/);
  await evidence.getByRole('checkbox').first().check();
  await expect(region.getByText(/^1 entry \(3 needed\)$/).first()).toBeVisible();
  await expect(region).toContainText(/0 strong · [1-9]\d* thin/);

  await readinessRow(page, mentoring)
    .getByRole('button', { name: `Write an entry for ${mentoring}` })
    .click();
  await expect(journal.editor.getByRole('heading', { name: 'New entry' })).toBeVisible();
  await expect(
    journal.editor.getByRole('group', { name: 'Competencies' }).getByRole('checkbox', { name: mentoring, exact: true }),
  ).toBeChecked();
  await expect(journal.editor.getByLabel('Body', { exact: true })).toHaveValue(
    /^> Who is better at something this quarter because of time you invested in them\?/,
  );
  await expect(journal.editor.getByLabel('Title', { exact: true })).toBeFocused();

  await page.getByRole('link', { name: 'Packet' }).click();
  // The packet kept the evidence as it was left.
  await expect(readiness(page)).toContainText(/0 strong · [1-9]\d* thin/);
  const row = readinessRow(page, mentoring);
  await row.getByRole('button', { name: `Add ${mentoring} to the growth plan` }).click();
  await expect(readiness(page).getByRole('status')).toHaveText(`Added “${mentoring}” to the growth plan’s target competencies.`);
  await expect(row.getByText('✓ In the growth plan')).toBeVisible();
  await expect(row.getByRole('button', { name: /to the growth plan$/ })).toHaveCount(0);

  await openGrowth(page);
  const targets = page.getByRole('region', { name: 'Growth plan' }).getByRole('group', { name: 'Target competencies' });
  await expect(targets.getByRole('checkbox', { name: mentoring, exact: true })).toBeChecked();
  await expect(targets.getByRole('checkbox', { checked: true })).toHaveCount(1);
  await expect(page.getByRole('region', { name: 'Progress toward your targets' }).getByRole('listitem')).toHaveCount(1);
});

test('the expected scope set in the framework editor is the one Readiness compares with', async ({ journal, page }) => {
  await journal.openWithSample();
  await openGrowth(page);
  const framework = page.getByRole('region', { name: 'Competency framework' });
  const competency = framework.getByRole('listitem').filter({ has: page.getByRole('textbox', { name: `Name of “${mentoring}”` }) });
  await competency.getByText('Expected scope').click();
  const from = competency.getByRole('combobox', { name: `Expected scope of “${mentoring}” at Staff, from` });
  const to = competency.getByRole('combobox', { name: `Expected scope of “${mentoring}” at Staff, to` });
  await expect(from).toHaveValue('department');
  await expect(to).toHaveValue('company');
  // A "to" narrower than "from" takes "from" with it, so the range never runs backwards.
  await to.selectOption({ label: 'Team' });
  await expect(framework.getByRole('status')).toHaveText(`“${mentoring}” at Staff now expects Team.`);
  await expect(from).toHaveValue('team');
  await to.selectOption({ label: 'Industry' });
  await expect(framework.getByRole('status')).toHaveText(`“${mentoring}” at Staff now expects Team to Industry.`);

  await buildPacket(page);
  await expect(readinessRow(page, mentoring)).toContainText('Staff expects Team to Industry');
  await expect(readinessRow(page, 'Systems thinking')).toContainText('Staff expects Department to Company');
  await readiness(page).getByLabel('Compare with').selectOption({ label: 'Senior' });
  await expect(readinessRow(page, mentoring)).toContainText('Senior expects Team to Department');
});

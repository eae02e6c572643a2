import { quarterLabel, quarterOf } from '../../src-renderer/src/domain/quarters';
import { expect, test } from './support/fixtures';

/*
 * The app on the days that break date code: a quarter's first and last day, New Year's Eve,
 * 29 February, and the nights clocks change. Each runs in a time zone where the local date differs
 * from the UTC date at that moment, so code that mixes the two puts the new entry, the quarter or
 * the follow-ups on the wrong day.
 */
const awkwardDays = [
  {
    name: 'the first day of a quarter, just after midnight in Berlin',
    clockTime: '2027-01-01T00:30:00+01:00',
    timezoneId: 'Europe/Berlin',
    today: '2027-01-01',
  },
  {
    name: 'the last day of a quarter, late in the evening in New York',
    clockTime: '2027-03-31T23:30:00-04:00',
    timezoneId: 'America/New_York',
    today: '2027-03-31',
  },
  {
    name: 'New Year’s Eve, late in the evening in Los Angeles',
    clockTime: '2026-12-31T23:30:00-08:00',
    timezoneId: 'America/Los_Angeles',
    today: '2026-12-31',
  },
  {
    name: '29 February, early in the morning in Tokyo',
    clockTime: '2028-02-29T06:00:00+09:00',
    timezoneId: 'Asia/Tokyo',
    today: '2028-02-29',
  },
  {
    name: 'the night clocks go back in Berlin, in the repeated hour',
    clockTime: '2027-10-31T02:30:00+02:00',
    timezoneId: 'Europe/Berlin',
    today: '2027-10-31',
  },
  {
    name: 'the night clocks go forward in Sydney',
    clockTime: '2027-10-03T01:30:00+10:00',
    timezoneId: 'Australia/Sydney',
    today: '2027-10-03',
  },
] as const;

for (const day of awkwardDays) {
  test.describe(day.name, () => {
    test.use({ clockTime: day.clockTime, timezoneId: day.timezoneId });

    test(`on ${day.today}, a new entry, the quarter, gaps and follow-ups all fall on the local date`, async ({ journal, page }) => {
      const quarter = quarterLabel(quarterOf(day.today));
      await journal.openWithSample();
      // The browser agrees about where and when it is.
      expect(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe(day.timezoneId);

      // A new entry is dated today, the local date, and counts in today's quarter.
      await page.getByRole('button', { name: 'New entry' }).click();
      await expect(journal.editor.getByLabel('Date', { exact: true })).toHaveValue(day.today);
      await journal.fillEditor({ title: `Written on ${day.today}`, competencies: ['Mentoring and growing others'] });
      await journal.editor.getByRole('button', { name: 'Save' }).click();
      await expect(journal.panel.getByRole('heading', { name: `Written on ${day.today}` })).toBeVisible();
      await journal.expectCount(151);

      await page.getByRole('link', { name: 'Insights' }).click();
      await expect(page.getByLabel('Quarter', { exact: true }).locator('option:checked')).toHaveText(quarter);
      const scopeCard = page.getByRole('region', { name: 'Scope over time' });
      await scopeCard.getByRole('button', { name: 'View as table' }).click();
      const rows = scopeCard.getByRole('table').getByRole('row');
      // The default period is the last four quarters, today's last, and it has data.
      await expect(rows).toHaveCount(1 + 4);
      await expect(rows.last().getByRole('rowheader')).toHaveText(quarter);
      const totals = await rows.evaluateAll((all) => all.slice(1).map((row) => Number(row.querySelectorAll('td')[5]?.textContent)));
      expect(totals.reduce((sum, total) => sum + total, 0)).toBeGreaterThan(0);
      expect(totals.at(-1)).toBeGreaterThanOrEqual(1);

      // The Gaps panel names the quarter's gaps, or says why there are none; never mentoring now.
      const gaps = page.getByRole('region', { name: 'Gaps' });
      await expect(
        gaps
          .getByRole('listitem')
          .first()
          .or(gaps.getByText(`No gaps in ${quarter}:`)),
      ).toBeVisible();
      await expect(gaps.getByText(`No Mentoring and growing others evidence in ${quarter}.`)).toHaveCount(0);

      // Decisions whose follow-up date has come are awaiting their outcome.
      const awaiting = page.getByRole('region', { name: 'Awaiting outcome' });
      expect(await awaiting.getByRole('button', { name: 'Record outcome' }).count()).toBeGreaterThanOrEqual(2);

      // The quarterly review starts on today's quarter.
      await page.getByRole('button', { name: 'Start quarterly review' }).click();
      await expect(page.getByRole('form', { name: `Quarterly review: ${quarter}` })).toBeVisible();
    });
  });
}

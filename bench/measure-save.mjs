// @ts-check
/**
 * Saving an entry at one size, through the app's UI as a user does it: in the journal, open the
 * newest entry (the first article of the list), "Edit", give "Title" a new, unique value, wait
 * until the editor says its draft is kept and the app is quiet, then click "Save" and time from
 * the click to the next frame after the list's article for that entry shows the new title
 * (save-probes.mjs); then dismiss the notice "Saved …", which would cover the next Save. One
 * warm-up save, then `saveRuns` timed ones. Beside it, the raw baseline: one IndexedDB `put` of
 * the same record in a read-write transaction until `complete`, in the same page, as many times.
 * Afterwards the entry is put back as generated (a title and `updatedAt` change moves none of the
 * journal's counts), so the journal holds the generated data again and no date of the run.
 */
import { log } from './clock.mjs';
import { dbName, saveRuns } from './config.mjs';
import { readEntry, timeRawPuts } from './record-probes.mjs';
import { waitForQuiet } from './render-probes.mjs';
import { armSaveWatch, awaitSaveWatch } from './save-probes.mjs';
import { fmt, median, percentile } from './stats.mjs';

/** A save not shown in the list this long after the click is given up. */
const saveTimeoutMs = 30_000;

/**
 * @typedef {object} SaveResult
 * @property {string} entryId  the entry saved
 * @property {number[]} frameMs  click → next frame after the list showed the new title, per timed save
 * @property {number[]} domMs  click → the DOM change that showed it
 * @property {number[]} commits  React commits from the click to that change
 * @property {number[][][]} longTasks  per save, the long tasks after the click: [start from the click, duration]
 * @property {number} warmUpMs  the first save, not recorded
 * @property {number[]} rawPut  the raw IndexedDB put, ms
 */

/**
 * Times `saveRuns` saves of the newest entry; a failure is noted in `errors`, not thrown, so the
 * other measurements still run.
 * @param {{ page: import('playwright-core').Page, size: number, errors: string[] }} step
 * @returns {Promise<SaveResult | null>}
 */
export async function measureSave({ page, size, errors }) {
  const list = page.getByRole('region', { name: 'Entries', exact: true });
  const panel = page.getByRole('complementary', { name: 'Entry', exact: true });
  const editor = page.getByRole('complementary', { name: 'Entry editor', exact: true });
  /** @type {{ id: string, title: string } | undefined} the entry as generated */
  let original;
  try {
    const article = list.getByRole('article').first();
    await article.waitFor({ timeout: 30_000 });
    const entryId = await article.getAttribute('data-entry-id');
    if (!entryId) throw new Error('the first article of the list has no data-entry-id');
    original = await page.evaluate(readEntry, { dbName, id: entryId });
    if (!original) throw new Error(`entry ${entryId} is not in the database`);
    /** @type {SaveResult} */
    const result = { entryId, frameMs: [], domMs: [], commits: [], longTasks: [], warmUpMs: Number.NaN, rawPut: [] };
    await article.click();
    for (let run = -1; run < saveRuns; run += 1) {
      await panel.getByRole('button', { name: 'Edit', exact: true }).click();
      const title = `${original.title} (bench save ${run + 1} at ${size})`;
      await editor.getByLabel('Title', { exact: true }).fill(title);
      // The draft is written 300 ms after typing stops: let that and its render pass first.
      await editor.getByText('Draft kept', { exact: true }).waitFor({ timeout: 10_000 });
      await page.evaluate(waitForQuiet, { frames: 10, timeoutMs: 10_000 });
      await page.evaluate(armSaveWatch, { entryId, title });
      await editor.getByRole('button', { name: 'Save', exact: true }).click();
      const timing = await page.evaluate(awaitSaveWatch, saveTimeoutMs);
      if (!timing.ok) {
        const alert = await editor
          .getByRole('alert')
          .textContent({ timeout: 1_000 })
          .catch(() => null);
        throw new Error(
          `save ${run + 1}: the list did not show the new title within ${saveTimeoutMs / 1000} s of the click${timing.clicked ? '' : ' (no click seen)'}${alert ? `; the editor says "${alert.trim()}"` : ''}`,
        );
      }
      // After a save the panel shows the entry again, and a notice "Saved …" for 8 s over the foot
      // of the window, where the editor's Save button is: dismissed, as a user in a hurry would.
      await panel.getByRole('button', { name: 'Edit', exact: true }).waitFor({ timeout: 10_000 });
      const dismiss = page.getByRole('button', { name: 'Dismiss', exact: true });
      if (await dismiss.isVisible()) await dismiss.click();
      await page.evaluate(waitForQuiet, { frames: 10, timeoutMs: 15_000 });
      if (run < 0) {
        result.warmUpMs = timing.frameMs;
        continue;
      }
      result.frameMs.push(timing.frameMs);
      result.domMs.push(timing.domMs);
      result.commits.push(timing.commits);
      result.longTasks.push(timing.longTasks);
    }
    result.rawPut = await page.evaluate(timeRawPuts, { dbName, entry: original, runs: saveRuns });
    log(
      `  ${size}: save → list updated median ${fmt(median(result.frameMs))} ms, p95 ${fmt(percentile(result.frameMs, 95))} ms (raw put ${fmt(median(result.rawPut))} ms)`,
    );
    return result;
  } catch (error) {
    errors.push(`save an entry: ${error instanceof Error ? error.message : String(error)}`);
    return null;
  } finally {
    // The app's page is reloaded by the next step, so it need not see this raw write.
    if (original) await page.evaluate(timeRawPuts, { dbName, entry: original, runs: 0, restoreOnly: true }).catch(() => {});
  }
}

// @ts-check
/**
 * "Suggestions for an entry" (issue 14): through the app's editor in Chromium, with the journal at
 * `suggestionsSize` entries (50,000) and the coach trained on all of them.
 *
 * "New entry" is opened and the coach left to learn the journal (the time until the editor says
 * it has learned from every entry is reported as training). Then, each run: the body is set to
 * "Shared the retry library across three team" and, once the suggestions for it are shown, the
 * final "s" is typed. "across three teams" is a scope cue, so that one keystroke makes "Use scope
 * Department" appear: the figure is from the keystroke's `input` event to the animation frame after
 * that button is in the Suggestions region (a MutationObserver), so it includes the editor's
 * render, the ranking against the trained model, and React's commit.
 *
 * Raw baseline: the same keystroke's `input` event to the next animation frame, the frame that
 * shows the typed character: the soonest anything can follow a keystroke on screen. A figure equal
 * to it means the suggestions were drawn in the keystroke's own frame.
 */
import { log } from './clock.mjs';
import { median, percentile } from './stats.mjs';

/** The target: a suggestion at most this long after the user stops typing. */
export const suggestionsTargetMs = 20;
const prefix = 'Shared the retry library across three team';
const lastKey = 's';
const trainingTimeoutMs = 600_000;

/**
 * @typedef {object} SuggestionsResult
 * @property {number} size  entries in the journal
 * @property {number[]} samples  ms, keystroke → suggestion shown, one per run
 * @property {number[]} baselineSamples  ms, keystroke → next frame, same runs
 * @property {number} trainingMs  ms, "New entry" → the coach has learned every entry
 * @property {string[]} errors
 */

/**
 * @param {{ page: import('playwright-core').Page, baseUrl: string, size: number, runs: number }} options
 * @returns {Promise<SuggestionsResult>}
 */
export async function measureSuggestions({ page, baseUrl, size, runs }) {
  /** @type {SuggestionsResult} */
  const result = { size, samples: [], baselineSamples: [], trainingMs: Number.NaN, errors: [] };
  await page.goto(`${baseUrl}#/journal`);
  await page.reload();
  const count = page.locator('.journal-main').getByRole('status');
  await count.filter({ hasText: `${size.toLocaleString('en-US')} entries` }).waitFor({ timeout: 120_000 });
  const editor = page.getByRole('complementary', { name: 'Entry editor' });
  const region = editor.getByRole('region', { name: 'Suggestions' });
  const started = Date.now();
  await page.getByRole('button', { name: 'New entry' }).click();
  await region.filter({ hasText: `and ${size.toLocaleString('en-GB')} entries` }).waitFor({ timeout: trainingTimeoutMs });
  result.trainingMs = Date.now() - started;
  log(`  the coach learned ${size.toLocaleString('en-US')} entries in ${(result.trainingMs / 1000).toFixed(1)} s`);

  const body = editor.getByLabel('Body', { exact: true });
  const button = region.getByRole('button', { name: 'Use scope Department' });
  await page.evaluate(() => {
    const textarea = document.getElementById('entry-body');
    const section = document.querySelector('section.suggestions');
    if (!textarea || !section) throw new Error('the editor has no body or no Suggestions region');
    const timing = { input: 0, frame: 0, shown: 0 };
    Object.assign(window, { __coachTiming: timing });
    textarea.addEventListener(
      'input',
      () => {
        timing.input = performance.now();
        requestAnimationFrame(() => {
          timing.frame = performance.now();
        });
      },
      true,
    );
    new MutationObserver(() => {
      if (!timing.input || timing.shown || !section.querySelector('button[aria-label="Use scope Department"]')) return;
      requestAnimationFrame(() => {
        if (!timing.shown) timing.shown = performance.now();
      });
    }).observe(section, { childList: true, subtree: true, characterData: true });
  });

  // One warm-up run, then the recorded ones.
  for (let run = 0; run <= runs; run++) {
    await body.fill(prefix);
    await button.waitFor({ state: 'detached' });
    // Let the answer for the prefix arrive, so the coach is idle when the last key is typed.
    await page.waitForTimeout(200);
    await page.evaluate(() => Object.assign(/** @type {any} */ (window).__coachTiming, { input: 0, frame: 0, shown: 0 }));
    await page.keyboard.press(lastKey);
    await button.waitFor({ timeout: 10_000 });
    const timing = await page.waitForFunction(
      () => {
        const value = /** @type {any} */ (window).__coachTiming;
        return value.shown && value.frame ? { ...value } : null;
      },
      undefined,
      { polling: 'raf' },
    );
    const { input, frame, shown } = /** @type {{ input: number, frame: number, shown: number }} */ (await timing.jsonValue());
    if (run > 0) {
      result.samples.push(shown - input);
      result.baselineSamples.push(frame - input);
    }
    await body.fill('');
  }
  // Leave the journal as it was: the new entry is never saved.
  await editor.getByRole('button', { name: /^(Cancel|Discard changes)$/ }).click();
  return result;
}

/**
 * The report's row for the suggestions (columns of report.mjs's table) and the target missed.
 * @param {SuggestionsResult | null} result
 */
export function suggestionsRows(result) {
  /** @type {string[][]} */
  const rows = [];
  /** @type {string[]} */
  const failures = [];
  if (!result) return { rows, failures };
  const entries = result.size.toLocaleString('en-US');
  if (result.samples.length === 0) {
    rows.push(['Suggestions for an entry', entries, 'not measured', '—', '—', `≤ ${suggestionsTargetMs}`, '**FAIL**']);
    failures.push('Suggestions for an entry: not measured');
    return { rows, failures };
  }
  const value = median(result.samples);
  const pass = value <= suggestionsTargetMs;
  rows.push([
    'Suggestions for an entry',
    entries,
    value.toFixed(1),
    percentile(result.samples, 95).toFixed(1),
    `${median(result.baselineSamples).toFixed(1)} (next frame)`,
    `≤ ${suggestionsTargetMs}`,
    pass ? 'PASS' : '**FAIL**',
  ]);
  if (!pass) failures.push(`Suggestions for an entry: ${value.toFixed(1)} ms > ${suggestionsTargetMs} ms`);
  return { rows, failures };
}

/** @param {SuggestionsResult | null} result */
export function suggestionsDetails(result) {
  if (!result) return [];
  return [
    '### Suggestions for an entry',
    '',
    `- ${result.samples.length} keystrokes at ${result.size.toLocaleString('en-US')} entries, each the last "s" of "across three teams" (a scope cue), from its input event to the frame after "Use scope Department" appeared; baseline: the same input event to the next frame.`,
    `- The coach learned the ${result.size.toLocaleString('en-US')} entries (in the page's idle time, the editor open) in ${(result.trainingMs / 1000).toFixed(1)} s after "New entry".`,
    ...result.errors.map((error) => `- Problem: ${error}`),
    '',
  ];
}

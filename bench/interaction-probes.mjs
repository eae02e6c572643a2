// @ts-check
/**
 * A user's input timed inside the page, until React has committed and the list has settled.
 * Playwright serialises it with `toString()`, so it is self-contained: no imports.
 */

/**
 * One interaction, timed inside the page: set a control's value the way a user's input would
 * (native setter + input/change event, which React listens to), then wait until React has
 * committed the result and the page has settled. Two figures, both from the event:
 * - `resultMs`: to the first animation frame after the commit that completed React's work for the
 *   input (no lanes pending, so the `useDeferredValue` render is included): the new list is shown;
 * - `latencyMs`: to the first animation frame after the last commit or DOM change in the journal
 *   (follow-up commits included, e.g. the virtualiser re-measuring rows): the list has settled.
 *
 * "Settled" means: at least one commit after the event, React has no pending lanes (so the
 * deferred render behind `useDeferredValue` is done), and `settleFrames` frames have passed with
 * no further commit or mutation. Without the React hook, it falls back to DOM mutations only.
 *
 * @param {{ control: { ariaLabel?: string, label?: string }, value: string, optionLabel?: string,
 *   settleFrames: number, timeoutMs: number }} args
 */
export async function timeInteraction({ control, value, optionLabel, settleFrames, timeoutMs }) {
  /** @type {any} */
  const bench = /** @type {any} */ (window).__bench;
  const raf = () => new Promise((resolve) => requestAnimationFrame(resolve));
  /** @type {HTMLInputElement | HTMLSelectElement | null} */
  let element = null;
  if (control.ariaLabel) element = document.querySelector(`[aria-label="${control.ariaLabel}"]`);
  if (control.label) {
    for (const label of document.querySelectorAll('label')) {
      if ((label.textContent ?? '').trim().startsWith(control.label)) {
        element = label.querySelector('select, input');
        if (!element && label.htmlFor) element = /** @type {any} */ (document.getElementById(label.htmlFor));
        if (element) break;
      }
    }
  }
  if (!element) throw new Error(`no control ${JSON.stringify(control)} on the page`);
  if (optionLabel !== undefined) {
    if (!(element instanceof HTMLSelectElement)) throw new Error(`${JSON.stringify(control)} is not a select`);
    const option = [...element.options].find((o) => (o.textContent ?? '').trim() === optionLabel);
    if (!option)
      throw new Error(
        `no option "${optionLabel}" in ${JSON.stringify(control)}: ${[...element.options].map((o) => o.textContent).join(', ')}`,
      );
    value = option.value;
  }
  const region = document.querySelector('.journal-main') ?? document.body;
  const status = document.querySelector('.journal-main [role=status]');
  let lastMutation = -Infinity;
  let mutations = 0;
  const target = element;
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (record.target === target) continue;
      mutations += 1;
      lastMutation = performance.now();
    }
  });
  observer.observe(region, { subtree: true, childList: true, characterData: true, attributes: true });

  if (document.activeElement !== element) element.focus();
  await raf();
  const statusBefore = (status?.textContent ?? '').trim();
  const commitsBefore = bench.commitCount;
  const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(element), 'value')?.set;
  if (!setter) throw new Error('no native value setter');
  const eventType = element instanceof HTMLSelectElement ? 'change' : 'input';

  /** @type {{ t: number, pending: number }[]} */
  const commitLog = [];
  bench.commitLog = commitLog;
  const t0 = performance.now();
  setter.call(element, value);
  element.dispatchEvent(new Event(eventType, { bubbles: true }));

  /** @type {number[]} */
  const frames = [];
  let timedOut = false;
  const lastChange = () => Math.max(lastMutation, bench.commitCount > commitsBefore ? bench.lastCommit : -Infinity);
  for (;;) {
    await raf();
    const now = performance.now();
    frames.push(now);
    const changedAt = lastChange();
    const framesSince = frames.filter((f) => f > changedAt).length;
    const committed = !bench.hookActive || bench.commitCount > commitsBefore;
    const reactIdle = !bench.hookActive || bench.lastPending === 0;
    if (committed && framesSince >= settleFrames && (reactIdle || framesSince >= settleFrames + 8)) break;
    if (now - t0 > timeoutMs) {
      timedOut = true;
      break;
    }
  }
  observer.disconnect();
  bench.commitLog = null;
  const changedAt = lastChange();
  const paintFrame = frames.find((f) => f > changedAt) ?? frames[0] ?? performance.now();
  // The commit that completed React's work for this input (deferred render included): the first
  // one with no lanes left pending. Later commits are follow-ups, e.g. the virtualiser correcting
  // row positions after measuring them.
  const resultCommit = commitLog.find((c) => c.pending === 0) ?? commitLog.at(-1);
  const resultFrame = resultCommit ? (frames.find((f) => f > resultCommit.t) ?? paintFrame) : paintFrame;
  return {
    resultMs: resultFrame - t0,
    latencyMs: paintFrame - t0,
    domMs: changedAt > t0 ? changedAt - t0 : 0,
    commits: bench.commitCount - commitsBefore,
    mutations,
    longTasks: bench.longTasks
      .filter((/** @type {{ start: number }} */ t) => t.start >= t0 - 1)
      .map((/** @type {{ start: number, duration: number }} */ t) => [Math.round(t.start - t0), Math.round(t.duration)]),
    statusBefore,
    statusAfter: (status?.textContent ?? '').trim(),
    timedOut,
  };
}

// @ts-check
/**
 * Functions run inside the page that time a save through the entry editor: from the click on Save
 * to the next frame after the journal's list shows the entry's new title. Playwright serialises
 * each one with `toString()`, so each is self-contained: no imports.
 */

/**
 * Arms the watch for one save, before the runner clicks Save: the click is noted by a listener on
 * `window` in the capture phase (the first to hear it, before React's), and from then on every DOM
 * change is checked for the entry's article, in the list `[role=region][aria-label=Entries]`,
 * with `title` as its heading. Once it has, the next animation frame, then a task after it (the
 * frame that paints it), ends the watch. `awaitSaveWatch` reads it.
 * @param {{ entryId: string, title: string }} args
 */
export function armSaveWatch({ entryId, title }) {
  /** @type {any} */
  const w = window;
  const bench = w.__bench;
  const watch = {
    clickAt: -1,
    tDom: -1,
    tFrame: -1,
    commitsBefore: bench?.commitCount ?? 0,
    commits: 0,
    /** @type {Promise<unknown>} */
    done: Promise.resolve(),
  };
  const selector = `[role=region][aria-label=Entries] article[data-entry-id="${CSS.escape(entryId)}"]`;
  const shows = () => {
    const article = document.querySelector(selector);
    const heading = article?.querySelector(`#${CSS.escape(article.getAttribute('aria-labelledby') ?? '')}`);
    return (heading?.textContent ?? '').trim() === title;
  };
  watch.done = new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (watch.clickAt < 0 || !shows()) return;
      observer.disconnect();
      watch.tDom = performance.now();
      watch.commits = (bench?.commitCount ?? 0) - watch.commitsBefore;
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          watch.tFrame = performance.now();
          resolve(null);
        };
        channel.port2.postMessage(null);
      });
    });
    window.addEventListener(
      'click',
      () => {
        watch.clickAt = performance.now();
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
      },
      { capture: true, once: true },
    );
  });
  w.__benchSaveWatch = watch;
}

/**
 * Waits for the armed save watch (at most `timeoutMs` after this call) and returns its figures in
 * ms from the click, with the long tasks that began after it.
 * @param {number} timeoutMs
 */
export async function awaitSaveWatch(timeoutMs) {
  /** @type {any} */
  const w = window;
  const watch = w.__benchSaveWatch;
  w.__benchSaveWatch = undefined;
  if (!watch) throw new Error('no save watch armed');
  const timeout = new Promise((resolve) => setTimeout(() => resolve('timeout'), timeoutMs));
  const outcome = await Promise.race([watch.done, timeout]);
  const longTasks = (w.__bench?.longTasks ?? [])
    .filter((/** @type {{ start: number }} */ t) => watch.clickAt >= 0 && t.start >= watch.clickAt - 1)
    .map((/** @type {{ start: number, duration: number }} */ t) => [Math.round(t.start - watch.clickAt), Math.round(t.duration)]);
  return {
    ok: outcome !== 'timeout',
    clicked: watch.clickAt >= 0,
    /** Click → the next frame after the list showed the new title. */
    frameMs: watch.tFrame - watch.clickAt,
    /** Click → the DOM change that showed it. */
    domMs: watch.tDom - watch.clickAt,
    commits: watch.commits,
    longTasks,
  };
}

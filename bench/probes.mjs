// @ts-check
/**
 * Functions that run inside the page. Playwright serialises each one with `toString()`, so every
 * function here is self-contained: no closures over module scope, no imports.
 */

/**
 * Installed with `addInitScript`, before any of the app's scripts, in every document.
 *
 * - A minimal React DevTools hook: production react-dom calls `onCommitFiberRoot` after every
 *   commit, which tells us exactly when React has put a result in the DOM and whether it still has
 *   work pending (`root.pendingLanes`), e.g. the deferred render behind `useDeferredValue`.
 * - First render: a MutationObserver that notes the moment the entry list has a visible `article` and
 *   the status shows the expected count (`sessionStorage.__benchExpect`), then the next frame. In a
 *   document opened on `#/insights` it watches instead for the "Scope over time" chart with bars.
 * - For the breakdown: how long the app's own IndexedDB reads took, and the long tasks.
 */
export function installPageInstrumentation() {
  /** @type {any} */
  const w = window;
  const bench = {
    hookActive: false,
    /** @type {null | { t: number, pending: number }[]} commits during a timed interaction */
    commitLog: null,
    idbPending: 0,
    pendingIdle: () => 0,
    commitCount: 0,
    lastCommit: -1,
    lastPending: 0,
    /** @type {{ t: number, pending: number }[]} the first commits of the document */
    earlyCommits: [],
    /** @type {{ op: string, store: string, start: number, end: number, count: number }[]} */
    idb: [],
    /** @type {{ start: number, duration: number }[]} */
    longTasks: [],
    /** @type {{ t: number, status: string | null, article: boolean }[]} */
    timeline: [],
    /** @type {null | { tDom: number, tFrame: number, status: string }} */
    firstRender: null,
    /** @type {Promise<unknown>} */
    firstRenderDone: Promise.resolve(),
    /** @type {null | { tHeading: number, tSvg: number, tDom: number, tFrame: number, bars: number }} */
    insightsRender: null,
    /** @type {Promise<unknown>} */
    insightsRenderDone: Promise.resolve(),
    /** @type {{ t: number, what: string }[]} */
    insightsTimeline: [],
  };
  w.__bench = bench;
  // A print view (`#/print/...`) is timed as the app's PDF export runs it, uninstrumented, and so
  // is a blank page (the static-HTML print baseline is written into one with setContent).
  if (/^#\/?print\//.test(location.hash) || location.protocol === 'about:') return;

  if (!('__REACT_DEVTOOLS_GLOBAL_HOOK__' in w)) {
    w.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
      supportsFiber: true,
      isDisabled: false,
      renderers: new Map(),
      inject() {
        bench.hookActive = true;
        return 1;
      },
      /** @param {number} _id @param {{ pendingLanes: number }} root */
      onCommitFiberRoot(_id, root) {
        const t = performance.now();
        bench.commitCount += 1;
        bench.lastCommit = t;
        bench.lastPending = root.pendingLanes;
        if (bench.earlyCommits.length < 100) bench.earlyCommits.push({ t, pending: root.pendingLanes });
        if (bench.commitLog) bench.commitLog.push({ t, pending: root.pendingLanes });
      },
      onCommitFiberUnmount() {},
      onPostCommitFiberRoot() {},
      setStrictMode() {},
      checkDCE() {},
    };
  }

  // The app's IndexedDB reads (Dexie uses getAll and count): logged in the first seconds of the
  // document for the breakdown, and counted while in flight so the runner can wait for the app to
  // finish loading.
  /** @param {any} proto @param {string} op */
  const wrap = (proto, op) => {
    const original = proto[op];
    if (typeof original !== 'function') return;
    proto[op] = function (/** @type {any[]} */ ...args) {
      const request = original.apply(this, args);
      bench.idbPending += 1;
      let settled = false;
      const done = () => {
        if (settled) return;
        settled = true;
        bench.idbPending -= 1;
      };
      request.addEventListener('success', done);
      request.addEventListener('error', done);
      if (bench.idb.length < 200 && performance.now() < 20_000) {
        const store = this instanceof IDBIndex ? `${this.objectStore.name}.${this.name}` : String(this.name);
        const record = { op, store, start: performance.now(), end: -1, count: -1 };
        bench.idb.push(record);
        request.addEventListener('success', () => {
          record.end = performance.now();
          const result = request.result;
          record.count = Array.isArray(result) ? result.length : typeof result === 'number' ? result : -1;
        });
      }
      return request;
    };
  };

  // Idle callbacks still pending: work the app deferred (e.g. warming its search index).
  const pendingIdle = new Set();
  if (typeof window.requestIdleCallback === 'function') {
    const request = window.requestIdleCallback.bind(window);
    const cancel = window.cancelIdleCallback.bind(window);
    window.requestIdleCallback = (callback, options) => {
      /** @type {number} */
      let id = 0;
      id = request((deadline) => {
        pendingIdle.delete(id);
        callback(deadline);
      }, options);
      pendingIdle.add(id);
      return id;
    };
    window.cancelIdleCallback = (id) => {
      pendingIdle.delete(id);
      cancel(id);
    };
  }
  bench.pendingIdle = () => pendingIdle.size;
  wrap(IDBObjectStore.prototype, 'getAll');
  wrap(IDBIndex.prototype, 'getAll');
  wrap(IDBObjectStore.prototype, 'count');
  wrap(IDBIndex.prototype, 'count');

  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (bench.longTasks.length < 500) bench.longTasks.push({ start: entry.startTime, duration: entry.duration });
      }
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // longtask is optional: only the breakdown uses it
  }

  /** The full count text the run waits for, set by the runner in sessionStorage; read lazily. */
  const expectedText = () => {
    try {
      return sessionStorage.getItem('__benchExpect');
    } catch {
      return null; // about:blank and other opaque origins have no sessionStorage
    }
  };
  /**
   * Resolves `resolve` with the time of the frame that paints what the DOM has now: the next
   * animation frame, then a task after that frame.
   * @param {(t: number) => void} resolve
   */
  const afterNextFrame = (resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(null);
    });

  if (/^#\/?insights/.test(location.hash)) {
    // Insights: the heading "Scope over time" and, in the figure of its region, an svg with at
    // least one bar rectangle.
    bench.firstRenderDone = new Promise(() => {});
    bench.insightsRenderDone = new Promise((resolve) => {
      let tHeading = -1;
      let tSvg = -1;
      /** @param {string} what */
      const note = (what) => {
        const t = performance.now();
        if (bench.insightsTimeline.length < 50) bench.insightsTimeline.push({ t, what });
        // Also to the runner, which cannot read the page while the app is stuck in a long task.
        console.debug(`[bench-insights] ${what} at ${Math.round(t)} ms`);
      };
      let loadingSeen = false;
      const check = () => {
        if (bench.insightsRender) return;
        if (!loadingSeen && document.querySelector('.insights-screen [role=status]')) {
          loadingSeen = true;
          note('loading status shown');
        }
        /** @type {Element | null} */
        let region = null;
        for (const candidate of document.querySelectorAll('section[aria-labelledby], [role=region][aria-labelledby]')) {
          const heading = document.getElementById(candidate.getAttribute('aria-labelledby') ?? '');
          if (heading && (heading.textContent ?? '').trim() === 'Scope over time') {
            region = candidate;
            break;
          }
        }
        if (!region) return;
        if (tHeading < 0) {
          tHeading = performance.now();
          note('heading shown');
        }
        // The legend's icons are svgs too: the chart's own is the one with the plot.
        if (tSvg < 0 && region.querySelector('figure .recharts-wrapper > svg')) {
          tSvg = performance.now();
          note('chart svg shown');
        }
        const bars = region.querySelectorAll('figure svg .recharts-bar-rectangle').length;
        if (bars === 0) return;
        const tDom = performance.now();
        note(`${bars} bar rectangles`);
        observer.disconnect();
        afterNextFrame((tFrame) => {
          bench.insightsRender = { tHeading, tSvg, tDom, tFrame, bars };
          resolve(bench.insightsRender);
        });
      };
      const observer = new MutationObserver(check);
      observer.observe(document, { subtree: true, childList: true, characterData: true });
      setTimeout(() => observer.disconnect(), 60_000);
    });
    return;
  }

  bench.firstRenderDone = new Promise((resolve) => {
    let lastKey = '';
    const check = () => {
      if (bench.firstRender) return;
      const status = document.querySelector('.journal-main [role=status]');
      const statusText = status ? (status.textContent ?? '').trim() : null;
      const article = document.querySelector('[role=region][aria-label=Entries] article');
      let visible = false;
      if (article) {
        const rect = article.getBoundingClientRect();
        visible = rect.width > 0 && rect.height > 0 && rect.bottom > 0 && rect.top < innerHeight;
      }
      const key = `${statusText}|${visible}`;
      if (key !== lastKey && bench.timeline.length < 50)
        bench.timeline.push({ t: performance.now(), status: statusText, article: visible });
      lastKey = key;
      const expected = expectedText();
      const countShown = statusText !== null && (expected ? statusText.startsWith(expected) : /^\d[\d,]* entr/.test(statusText));
      if (visible && countShown) {
        const tDom = performance.now();
        observer.disconnect();
        // The frame that paints it: the next animation frame, then a task after that frame.
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => {
            bench.firstRender = { tDom, tFrame: performance.now(), status: statusText ?? '' };
            resolve(bench.firstRender);
          };
          channel.port2.postMessage(null);
        });
      }
    };
    const observer = new MutationObserver(check);
    observer.observe(document, { subtree: true, childList: true, characterData: true });
    setTimeout(() => observer.disconnect(), 60_000);
  });
}

/**
 * Resolves with the first-render record of this document, plus the breakdown.
 * @param {number} timeoutMs
 */
export async function awaitFirstRender(timeoutMs) {
  /** @type {any} */
  const bench = /** @type {any} */ (window).__bench;
  const timeout = new Promise((resolve) => setTimeout(() => resolve(null), timeoutMs));
  const result = await Promise.race([bench.firstRenderDone, timeout]);
  const nav = /** @type {PerformanceNavigationTiming | undefined} */ (performance.getEntriesByType('navigation')[0]);
  return {
    ok: result !== null,
    firstRender: bench.firstRender,
    timeline: bench.timeline,
    hookActive: bench.hookActive,
    earlyCommits: bench.earlyCommits.slice(0, 20),
    idb: bench.idb.filter((/** @type {any} */ r) => r.start < (bench.firstRender?.tFrame ?? Infinity)),
    longTasks: bench.longTasks.filter((/** @type {any} */ t) => t.start < (bench.firstRender?.tFrame ?? Infinity)),
    nav: nav
      ? {
          responseEnd: nav.responseEnd,
          domInteractive: nav.domInteractive,
          domContentLoaded: nav.domContentLoadedEventEnd,
          loadEnd: nav.loadEventEnd,
        }
      : null,
  };
}

/**
 * Resolves with the Insights first-render record of this document (opened on `#/insights`), plus
 * the breakdown.
 * @param {number} timeoutMs
 */
export async function awaitInsightsRender(timeoutMs) {
  /** @type {any} */
  const bench = /** @type {any} */ (window).__bench;
  const timeout = new Promise((resolve) => setTimeout(() => resolve(null), timeoutMs));
  const result = await Promise.race([bench.insightsRenderDone, timeout]);
  const end = bench.insightsRender?.tFrame ?? Infinity;
  const nav = /** @type {PerformanceNavigationTiming | undefined} */ (performance.getEntriesByType('navigation')[0]);
  return {
    ok: result !== null,
    render: bench.insightsRender,
    timeline: bench.insightsTimeline,
    hash: location.hash,
    earlyCommits: bench.earlyCommits.slice(0, 20),
    idb: bench.idb.filter((/** @type {any} */ r) => r.start < end),
    longTasks: bench.longTasks.filter((/** @type {any} */ t) => t.start < end),
    nav: nav ? { responseEnd: nav.responseEnd, domContentLoaded: nav.domContentLoadedEventEnd } : null,
  };
}

/**
 * Waits until the app has finished its work: no IndexedDB request in flight, no idle callback
 * pending, and `frames` animation frames in a row each within 25 ms of the previous one with no
 * React commit. Returns when that quiet streak began (ms since navigation start), i.e. when the
 * app last did anything, and whether it timed out.
 * @param {{ frames: number, timeoutMs: number }} args
 */
export async function waitForQuiet({ frames, timeoutMs }) {
  /** @type {any} */
  const bench = /** @type {any} */ (window).__bench;
  const t0 = performance.now();
  let quiet = 0;
  let previous = t0;
  let streakStart = t0;
  let commits = bench?.commitCount ?? 0;
  while (quiet < frames) {
    if (performance.now() - t0 > timeoutMs) return { settledAt: performance.now(), timedOut: true };
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const now = performance.now();
    const committed = (bench?.commitCount ?? 0) !== commits;
    commits = bench?.commitCount ?? 0;
    const busy = committed || now - previous > 25 || (bench?.idbPending ?? 0) > 0 || (bench?.pendingIdle?.() ?? 0) > 0;
    if (busy) {
      quiet = 0;
      streakStart = now;
    } else {
      quiet += 1;
    }
    previous = now;
  }
  return { settledAt: streakStart, timedOut: false };
}

/**
 * Baseline for the first render: open the database and read every entry with one `getAll()`.
 * @param {string} dbName
 */
export async function rawIndexedDbRead(dbName) {
  const t0 = performance.now();
  /** @type {IDBDatabase} */
  const database = await new Promise((resolve, reject) => {
    const request = indexedDB.open(dbName);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const t1 = performance.now();
  const count = await new Promise((resolve, reject) => {
    const request = database.transaction('entries', 'readonly').objectStore('entries').getAll();
    request.onsuccess = () => resolve(request.result.length);
    request.onerror = () => reject(request.error);
  });
  const t2 = performance.now();
  database.close();
  return { openMs: t1 - t0, getAllMs: t2 - t1, totalMs: t2 - t0, count };
}

/**
 * Writes entries with raw IndexedDB into the app's existing database (one transaction).
 * @param {{ dbName: string, entries: unknown[], settings: { key: string, value: unknown }[] }} args
 */
export async function writeRecords({ dbName, entries, settings }) {
  /** @type {IDBDatabase} */
  const database = await new Promise((resolve, reject) => {
    const request = indexedDB.open(dbName);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const stores = [...database.objectStoreNames];
  if (!stores.includes('entries') || !stores.includes('settings')) {
    database.close();
    throw new Error(`database ${dbName} has stores [${stores.join(', ')}], expected entries and settings`);
  }
  await new Promise((resolve, reject) => {
    const tx = database.transaction(['entries', 'settings'], 'readwrite');
    const entriesStore = tx.objectStore('entries');
    for (const entry of entries) entriesStore.put(entry);
    const settingsStore = tx.objectStore('settings');
    for (const setting of settings) settingsStore.put(setting);
    tx.oncomplete = () => resolve(null);
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new Error('transaction aborted'));
  });
  const count = await new Promise((resolve, reject) => {
    const request = database.transaction('entries', 'readonly').objectStore('entries').count();
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  database.close();
  return count;
}

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

/** Reads every entry into `window.__benchRecords` for the in-memory baselines (not timed). */
export async function loadRecordsForBaseline(/** @type {string} */ dbName) {
  /** @type {IDBDatabase} */
  const database = await new Promise((resolve, reject) => {
    const request = indexedDB.open(dbName);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  /** @type {any[]} */
  const records = await new Promise((resolve, reject) => {
    const request = database.transaction('entries', 'readonly').objectStore('entries').getAll();
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  database.close();
  /** @type {any} */ (window).__benchRecords = records.filter((r) => r.deletedAt === null);
  return records.length;
}

/**
 * The raw baselines over the records already in memory: a naive linear scan per query, and a
 * plain field comparison per filter value.
 * @param {{ queries: string[], kinds: string[], scopes: string[], rounds: number }} args
 */
export function rawInMemoryBaselines({ queries, kinds, scopes, rounds }) {
  /** @type {any[]} */
  const records = /** @type {any} */ (window).__benchRecords;
  /** @type {number[]} */ const search = [];
  /** @type {number[]} */ const kind = [];
  /** @type {number[]} */ const scope = [];
  /** @type {Record<string, number>} */ const counts = {};
  let sink = 0;
  for (let round = -1; round < rounds; round += 1) {
    // round -1 warms the JIT and is not recorded
    for (const query of queries) {
      for (let i = 1; i <= query.length; i += 1) {
        const q = query.slice(0, i).toLowerCase();
        const t0 = performance.now();
        const hits = records.filter((r) => (r.title + ' ' + r.body).toLowerCase().includes(q));
        const dt = performance.now() - t0;
        sink += hits.length;
        if (round >= 0) search.push(dt);
        if (i === query.length) counts[query] = hits.length;
      }
    }
    for (const value of kinds) {
      const t0 = performance.now();
      sink += records.filter((r) => r.kind === value).length;
      if (round >= 0) kind.push(performance.now() - t0);
    }
    for (const value of scopes) {
      const t0 = performance.now();
      sink += records.filter((r) => r.scope === value).length;
      if (round >= 0) scope.push(performance.now() - t0);
    }
  }
  return { search, kind, scope, counts, sink };
}

/** Frees the baseline copy of the records. */
export function dropBaselineRecords() {
  delete (/** @type {any} */ (window).__benchRecords);
}

/**
 * Everything the Insights screen computes when it opens, over the records in `window.__benchRecords`
 * (see `loadRecordsForBaseline`), with the functions of the bench bundle (`window[globalName]`, see
 * bench/aggregation.mjs): the picker's quarters (`periodQuarters` for 'all'), the period's
 * quarters, then for the period and its latest quarter `scopeOverTime`, `activityByKind`,
 * `competencyCoverage` (default framework, no growth targets), `findGaps`, and `awaitingOutcome`.
 * Timed once per period per run; the first run (cold: the functions' first calls) is kept apart.
 * Baseline: one plain loop counting entries per quarter key made from string slices of `occurredOn`.
 * @param {{ globalName: string, runs: number, periods: { name: string, period: unknown }[] }} args
 */
export function insightsAggregation({ globalName, runs, periods }) {
  /** @type {any} */
  const w = window;
  const lib = w[globalName];
  /** @type {any[]} */
  const records = w.__benchRecords;
  if (!lib) throw new Error(`the Insights bundle (window.${globalName}) is not loaded`);
  if (!records) throw new Error('no records loaded for the Insights aggregation');
  const now = new Date();
  const pad = (/** @type {number} */ n) => String(n).padStart(2, '0');
  const today = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  const framework = lib.defaultFramework;
  /** @type {string[]} */
  const targets = [];
  const steps = ['periodQuarters', 'scopeOverTime', 'activityByKind', 'competencyCoverage', 'findGaps', 'awaitingOutcome'];

  /** @type {Record<string, { total: number[], cold: number, steps: Record<string, number[]>, summary: any }>} */
  const byPeriod = {};
  for (const { name } of periods) {
    byPeriod[name] = { total: [], cold: Number.NaN, steps: Object.fromEntries(steps.map((k) => [k, []])), summary: null };
  }
  /** @type {number[]} */
  const baseline = [];
  let sink = 0;
  for (let run = -1; run < runs; run += 1) {
    for (const { name, period } of periods) {
      const into = byPeriod[name];
      if (!into) continue;
      const t0 = performance.now();
      const allQuarters = lib.periodQuarters({ kind: 'all' }, today, records);
      const quarters = lib.periodQuarters(period, today, records);
      const quarter = quarters[quarters.length - 1];
      const t1 = performance.now();
      const scope = lib.scopeOverTime(records, quarters);
      const t2 = performance.now();
      const kinds = lib.activityByKind(records, quarters);
      const t3 = performance.now();
      const coverage = lib.competencyCoverage(records, framework, quarter, targets);
      const t4 = performance.now();
      const gaps = lib.findGaps(records, framework, quarter);
      const t5 = performance.now();
      const awaiting = lib.awaitingOutcome(records, today);
      const t6 = performance.now();
      sink += allQuarters.length + scope.length + kinds.length + coverage.length + gaps.length + awaiting.length;
      if (run < 0) {
        into.cold = t6 - t0;
        into.summary = {
          today,
          quarters: quarters.length,
          from: quarters[0],
          to: quarter,
          entriesInPeriod: scope.reduce((/** @type {number} */ a, /** @type {{ total: number }} */ r) => a + r.total, 0),
          coverageRows: coverage.length,
          gaps: gaps.length,
          awaiting: awaiting.length,
        };
        continue;
      }
      into.total.push(t6 - t0);
      const marks = [t0, t1, t2, t3, t4, t5, t6];
      steps.forEach((step, i) => into.steps[step]?.push(/** @type {number} */ (marks[i + 1]) - /** @type {number} */ (marks[i])));
    }
    const t0 = performance.now();
    /** @type {Record<string, number>} */
    const counts = {};
    for (const record of records) {
      const date = record.occurredOn;
      const key = `${date.slice(0, 4)}-Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`;
      counts[key] = (counts[key] ?? 0) + 1;
    }
    if (run >= 0) baseline.push(performance.now() - t0);
    sink += Object.keys(counts).length;
  }
  return { byPeriod, baseline, records: records.length, sink };
}

/**
 * For the PDF export: the ids of the `count` newest entries (by `occurredOn`, then id) of the
 * period, not in the trash, read with raw IndexedDB.
 * @param {{ dbName: string, periodStart: string, periodEnd: string, count: number }} args
 * @returns {Promise<{ ids: string[], inPeriod: number }>}
 */
export async function newestEntryIdsInPeriod({ dbName, periodStart, periodEnd, count }) {
  /** @type {IDBDatabase} */
  const database = await new Promise((resolve, reject) => {
    const request = indexedDB.open(dbName);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  /** @type {{ id: string, occurredOn: string, deletedAt: string | null }[]} */
  const entries = await new Promise((resolve, reject) => {
    const request = database.transaction('entries', 'readonly').objectStore('entries').getAll();
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  database.close();
  const inPeriod = entries
    .filter((e) => !e.deletedAt && e.occurredOn >= periodStart && e.occurredOn <= periodEnd)
    .sort((a, b) => (a.occurredOn === b.occurredOn ? (a.id < b.id ? 1 : -1) : a.occurredOn < b.occurredOn ? 1 : -1));
  return { ids: inPeriod.slice(0, count).map((e) => e.id), inPeriod: inPeriod.length };
}

/**
 * Saves packets into the app's `packets` store with raw IndexedDB (one transaction).
 * @param {{ dbName: string, packets: { id: string }[] }} args
 */
export async function putPackets({ dbName, packets }) {
  /** @type {IDBDatabase} */
  const database = await new Promise((resolve, reject) => {
    const request = indexedDB.open(dbName);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  if (![...database.objectStoreNames].includes('packets')) {
    const stores = [...database.objectStoreNames].join(', ');
    database.close();
    throw new Error(`database ${dbName} has stores [${stores}], no packets`);
  }
  await new Promise((resolve, reject) => {
    const tx = database.transaction('packets', 'readwrite');
    const store = tx.objectStore('packets');
    for (const packet of packets) store.put(packet);
    tx.oncomplete = () => resolve(null);
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new Error('transaction aborted'));
  });
  database.close();
}

/**
 * The print view as it stands, as a standalone static document: the rendered `<html>` without
 * scripts, links, style elements or the CSP meta, with the text of every CSS rule the page has
 * (the app's stylesheet and any style element) inlined in one `<style>`. Also what it shows.
 * @returns {{ html: string, cssChars: number, scripts: number, entryCount: string, evidenceItems: number, chartBars: number }}
 */
export function captureStaticPrintHtml() {
  const css = [...document.styleSheets]
    .map((sheet) => {
      try {
        return [...sheet.cssRules].map((rule) => rule.cssText).join('\n');
      } catch {
        return '';
      }
    })
    .join('\n');
  const root = /** @type {HTMLElement} */ (document.documentElement.cloneNode(true));
  for (const node of root.querySelectorAll('script, link, style, meta[http-equiv]')) node.remove();
  root.removeAttribute('data-print-ready');
  const style = document.createElement('style');
  style.textContent = css;
  root.querySelector('head')?.append(style);
  return {
    html: `<!doctype html>\n${root.outerHTML}`,
    cssChars: css.length,
    scripts: root.querySelectorAll('script').length,
    entryCount: (document.querySelector('.print-figures dd')?.textContent ?? '').trim(),
    evidenceItems: document.querySelectorAll('.print-evidence').length,
    chartBars: document.querySelectorAll('.print-chart .recharts-bar-rectangle').length,
  };
}

/**
 * For one diagnostic (unrecorded) PDF export: notes, in the print view's document, when the app's
 * IndexedDB reads ran and when `<html>` was marked print-ready. Installed with the page's
 * `addInitScript`; read with `readPrintDiagnostics`.
 */
export function installPrintDiagnostics() {
  if (!/^#\/?print\//.test(location.hash)) return;
  /** @type {any} */
  const w = window;
  const log = {
    /** @type {{ op: string, store: string, start: number, end: number, count: number }[]} */
    idb: [],
    ready: -1,
    /** @type {{ start: number, duration: number }[]} */
    longTasks: [],
    commits: 0,
  };
  w.__benchPrint = log;
  /** @param {any} proto @param {string} op */
  const wrap = (proto, op) => {
    const original = proto[op];
    if (typeof original !== 'function') return;
    proto[op] = function (/** @type {any[]} */ ...args) {
      const request = original.apply(this, args);
      const store = this instanceof IDBIndex ? `${this.objectStore.name}.${this.name}` : String(this.name);
      const record = { op, store, start: performance.now(), end: -1, count: -1 };
      if (log.idb.length < 200) log.idb.push(record);
      request.addEventListener('success', () => {
        record.end = performance.now();
        const result = request.result;
        record.count = Array.isArray(result) ? result.length : typeof result === 'number' ? result : result ? 1 : 0;
      });
      return request;
    };
  };
  for (const op of ['getAll', 'get', 'count']) {
    wrap(IDBObjectStore.prototype, op);
    wrap(IDBIndex.prototype, op);
  }
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) log.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // optional
  }
  // The document has no <html> element yet when init scripts run: watch the whole document.
  new MutationObserver(() => {
    if (log.ready < 0 && document.documentElement?.getAttribute('data-print-ready') === 'true') log.ready = performance.now();
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-print-ready'] });
}

/** What `installPrintDiagnostics` noted, with the navigation timing (ms since navigation start). */
export function readPrintDiagnostics() {
  /** @type {any} */
  const log = /** @type {any} */ (window).__benchPrint ?? null;
  const nav = /** @type {PerformanceNavigationTiming | undefined} */ (performance.getEntriesByType('navigation')[0]);
  const scripts = performance
    .getEntriesByType('resource')
    .filter((e) => /\.(js|css)$/.test(e.name))
    .map((e) => ({
      name: e.name.split('/').pop() ?? '',
      start: e.startTime,
      end: e.responseEnd,
      transferSize: /** @type {PerformanceResourceTiming} */ (e).transferSize,
    }));
  return {
    log,
    nav: nav ? { responseEnd: nav.responseEnd, domContentLoaded: nav.domContentLoadedEventEnd, load: nav.loadEventEnd } : null,
    resources: scripts,
  };
}

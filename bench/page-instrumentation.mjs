// @ts-check
/**
 * What the bench notes in every document of the app, installed before the app's scripts. It runs
 * inside the page: Playwright serialises it with `toString()`, so it is self-contained (no closures
 * over module scope, no imports). The probes in render-probes.mjs and interaction-probes.mjs read
 * what it notes on `window.__bench`.
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

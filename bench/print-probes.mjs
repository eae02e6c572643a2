// @ts-check
/**
 * Functions run inside the page for the PDF export (pdf.mjs): choosing and saving the packets, the
 * static copy of the print view, and the print view's own timings. Playwright serialises each one
 * with `toString()`, so each is self-contained: no closures over module scope, no imports.
 */

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

// @ts-check
/**
 * The JS heap of the journal's page at one size, from the DevTools protocol: after a reload, once
 * the journal is fully loaded and idle (render-probes.mjs `waitForQuiet`), two forced garbage
 * collections (`HeapProfiler.collectGarbage`), then `Runtime.getHeapUsage` (the page's V8 isolate;
 * the journal's page is the only one open then). Beside it, the raw baseline: how much the same
 * heap grows when every entry, read with one `getAll()`, is held in a variable — what the records
 * alone take as plain objects.
 */
import { log } from './clock.mjs';
import { dbName } from './config.mjs';
import { holdEntries, releaseEntries } from './record-probes.mjs';
import { awaitFirstRender, waitForQuiet } from './render-probes.mjs';

/** Bytes per MB in the report. */
export const bytesPerMb = 1e6;

/**
 * @typedef {object} HeapResult
 * @property {number} usedMb  the journal's page, fully loaded and idle, after garbage collection
 * @property {number} totalMb  the heap V8 had reserved then
 * @property {number} recordsMb  the heap's growth with every entry held (the baseline)
 * @property {number} records  how many entries were held
 * @property {number} loadedAt  ms from navigation start until the app was fully loaded and idle
 */

/**
 * Measures the heap after a reload; a failure is noted in `errors`, not thrown.
 * @param {{ page: import('playwright-core').Page, size: number, errors: string[] }} step
 * @returns {Promise<HeapResult | null>}
 */
export async function measureHeap({ page, size, errors }) {
  const cdp = await page.context().newCDPSession(page);
  try {
    await page.reload({ waitUntil: 'commit' });
    const render = await page.evaluate(awaitFirstRender, 30_000);
    if (!render.ok) throw new Error('the journal did not show every entry within 30 s of the reload');
    const quiet = await page.evaluate(waitForQuiet, { frames: 20, timeoutMs: 30_000 });
    if (quiet.timedOut) throw new Error('the app was still busy 30 s after the first render');
    const usage = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      return cdp.send('Runtime.getHeapUsage');
    };
    const app = await usage();
    const records = await page.evaluate(holdEntries, dbName);
    const held = await usage();
    await page.evaluate(releaseEntries);
    /** @type {HeapResult} */
    const result = {
      usedMb: app.usedSize / bytesPerMb,
      totalMb: app.totalSize / bytesPerMb,
      recordsMb: (held.usedSize - app.usedSize) / bytesPerMb,
      records,
      loadedAt: quiet.settledAt,
    };
    log(`  ${size}: JS heap after full load ${result.usedMb.toFixed(1)} MB (the entries alone ${result.recordsMb.toFixed(1)} MB)`);
    return result;
  } catch (error) {
    errors.push(`JS heap: ${error instanceof Error ? error.message : String(error)}`);
    return null;
  } finally {
    await cdp.detach().catch(() => {});
  }
}

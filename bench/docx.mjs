// @ts-check
/**
 * "Export DOCX, packet of 300 entries": a saved packet of the journal's newest 300 entries of a
 * year (the PDF rows' packet, bench/pdf-packet.mjs), exported through the Packet screen's
 * **Export DOCX** button in the browser build, timed in the page from the click until the status
 * says the file was saved. That is everything the app does: draw the chart's PNG, load the docx
 * module (cached after the warm-up, as after a user's first export), build the document, zip it
 * and hand it to the download. Target: at most 2 s (issue 15).
 */
import { benchPacket, yearBefore } from './pdf-packet.mjs';
import { newestEntryIdsInPeriod, putPackets } from './print-probes.mjs';

/** The target, in ms. */
export const docxTargetMs = 2000;

/**
 * @typedef {object} DocxResult
 * @property {number} journalSize
 * @property {number} entries  entries asked for
 * @property {number} picked  entries found in the period
 * @property {number[]} samples  ms per recorded export
 * @property {number} bytes  size of the last DOCX, as the status reports it (KB × 1024)
 * @property {string[]} errors
 */

/**
 * Clicks "Export DOCX" and resolves with the ms until the status says it was saved, measured in
 * the page (no round trip to the bench in the figure).
 * @returns {Promise<{ ms: number, status: string }>}
 */
function exportOnceInPage() {
  const button = [...document.querySelectorAll('button')].find((candidate) => candidate.textContent === 'Export DOCX');
  if (!button) return Promise.reject(new Error('no Export DOCX button'));
  const started = performance.now();
  button.click();
  return new Promise((resolve, reject) => {
    const check = () => {
      const status = document.querySelector('.packet-export-status');
      const text = status?.textContent ?? '';
      if (text.startsWith('Saved the DOCX')) resolve({ ms: performance.now() - started, status: text });
      else if (status?.getAttribute('role') === 'alert') reject(new Error(text));
      else if (performance.now() - started > 60_000) reject(new Error('the export did not finish in 60 s'));
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
}

/**
 * Saves the packet into the seeded journal and times its DOCX export.
 * @param {object} args
 * @param {import('playwright-core').Page} args.page  a page of the app, journal seeded
 * @param {string} args.baseUrl
 * @param {string} args.dbName
 * @param {number} args.journalSize
 * @param {string} args.lastDay
 * @param {number} args.entries
 * @param {number} args.runs  recorded runs, after one warm-up
 * @returns {Promise<DocxResult>}
 */
export async function measureDocxExport({ page, baseUrl, dbName, journalSize, lastDay, entries, runs }) {
  /** @type {DocxResult} */
  const result = { journalSize, entries, picked: 0, samples: [], bytes: 0, errors: [] };
  const periodStart = yearBefore(lastDay);
  const packetId = `bench-docx-${entries}`;
  const picked = await page.evaluate(newestEntryIdsInPeriod, { dbName, periodStart, periodEnd: lastDay, count: entries });
  result.picked = picked.ids.length;
  if (picked.ids.length < entries) result.errors.push(`only ${picked.ids.length} entries in the period, ${entries} wanted`);
  const packet = { ...benchPacket({ packetId, entries, entryIds: picked.ids, periodStart, periodEnd: lastDay, pageSize: 'A4' }) };
  packet.title = `DOCX packet (${entries} entries)`;
  await page.evaluate(putPackets, { dbName, packets: [packet] });

  // A reload, not only a new hash: the packet was written behind the app's back, so it must read it afresh.
  await page.goto(`${baseUrl}#/packet`);
  await page.reload();
  await page
    .getByRole('navigation', { name: 'Saved packets' })
    .getByRole('button', { name: new RegExp(`^${packet.title.replace(/[()]/g, '\\$&')}`) })
    .click();
  await page.getByRole('button', { name: 'Export DOCX' }).waitFor();
  // The preview (and so the assembled packet) must show this packet before the clock starts.
  await page.waitForFunction((title) => [...document.querySelectorAll('input')].some((input) => input.value === title), packet.title);

  for (let run = 0; run <= runs; run += 1) {
    const { ms, status } = await page.evaluate(exportOnceInPage);
    if (run > 0) result.samples.push(ms);
    const kilobytes = /\(([\d,]+) KB\)/.exec(status)?.[1];
    if (kilobytes) result.bytes = Number(kilobytes.replace(/,/g, '')) * 1024;
  }
  return result;
}

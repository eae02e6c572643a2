// @ts-check
/**
 * PDF export of a saved packet, beside Chromium printing the same content as static HTML.
 *
 * The app exports a packet by showing its print view (`#/print/packet/<id>`) in a window nobody
 * sees, waiting until `<html>` is marked print-ready (chart drawn) and printing the page. The
 * window is made ready (the app loaded at `#/print/idle`) when the Packet screen opens, and kept
 * between exports. All of that is the app's own exporter (`createPdfRenderer` from
 * src-main/services/pdfExport/, bundled by aggregation.mjs) driving Playwright pages as its
 * windows, with `page.pdf` and the app's `playwrightPdfOptions` standing in for Electron's
 * `printToPDF`. Measured here, for packets of a few sizes saved into the seeded journal:
 * - export: `render()` of an exporter whose window is ready (prepared, untimed, as when the
 *   Packet screen opened): route change → print-ready → `page.pdf()`, the whole export minus the
 *   save dialog and the file write;
 * - first export: `render()` of a new exporter, which opens a page and loads the app at the route;
 * - baseline: the same print view, once drawn, saved as a standalone static document (its rendered
 *   DOM without scripts, every CSS rule inlined), then in a fresh page `page.setContent(html)` +
 *   `page.pdf()` with the same options.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createTimedExporter, exportCold, openPrintPage, printStaticHtml } from './pdf-exporter.mjs';
import { benchPacket, yearBefore } from './pdf-packet.mjs';
import { countPages } from './pdf-pages.mjs';
import { newestEntryIdsInPeriod, putPackets } from './print-probes.mjs';
import { fmt, median } from './stats.mjs';

/** @typedef {import('./aggregation.mjs').PdfExportSettings} PdfExportSettings */

/**
 * @typedef {object} PdfRun
 * @property {number} showMs  render() called → the route shown (goto resolved, or the hash changed)
 * @property {number} readyMs  render() called → print-ready
 * @property {number} pdfMs  page.pdf()
 * @property {number} totalMs  render() called → it resolved with the PDF
 * @property {number} bytes
 */

/**
 * @typedef {object} PdfPacketResult
 * @property {number} entries  entries asked for
 * @property {string} packetId
 * @property {string} period
 * @property {number} inPeriod  entries of the journal in the period
 * @property {number[]} export  total ms per recorded run, print window ready
 * @property {PdfRun[]} exportRuns
 * @property {number[]} coldExport  total ms per recorded first export (window opened for it)
 * @property {PdfRun[]} coldExportRuns
 * @property {number[]} baseline  setContent + pdf, ms per recorded run
 * @property {{ setContentMs: number, pdfMs: number, totalMs: number, bytes: number }[]} baselineRuns
 * @property {{ bytes: number, pages: number | null } | null} exportPdf
 * @property {{ bytes: number, pages: number | null } | null} baselinePdf
 * @property {{ htmlChars: number, cssChars: number, scripts: number, entryCount: string, evidenceItems: number, chartBars: number } | null} shown
 * @property {ReturnType<typeof import('./print-probes.mjs').readPrintDiagnostics> | null} diagnosis  one more first export, instrumented, not recorded
 * @property {string[]} errors
 */

/**
 * @typedef {object} PdfResult
 * @property {number} journalSize
 * @property {string} pageSize
 * @property {{ width: number, height: number }} viewport
 * @property {Record<string, unknown>} options  the page.pdf options used
 * @property {string} pageCounter  how pages were counted
 * @property {PdfPacketResult[]} packets
 */

/**
 * Saves one packet per size into the journal and times its export and the static baseline.
 * @param {object} args
 * @param {import('playwright-core').BrowserContext} args.context
 * @param {import('playwright-core').Page} args.page  a page of the app (for the IndexedDB writes)
 * @param {string} args.baseUrl
 * @param {string} args.dbName
 * @param {number} args.journalSize
 * @param {string} args.lastDay
 * @param {number[]} args.packetSizes
 * @param {number} args.runs  recorded runs of each, after one warm-up
 * @param {PdfExportSettings} args.settings
 * @param {(message: string) => void} args.log
 * @returns {Promise<PdfResult>}
 */
export async function measurePdfExport({ context, page, baseUrl, dbName, journalSize, lastDay, packetSizes, runs, settings, log }) {
  const pageSize = /** @type {const} */ ('A4');
  const viewport = settings.printViewportSizes[pageSize];
  const options = settings.playwrightPdfOptions(pageSize);
  const periodStart = yearBefore(lastDay);
  const periodEnd = lastDay;
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'scope-journal-bench-pdf-'));
  /** @type {PdfResult} */
  const result = {
    journalSize,
    pageSize,
    viewport,
    options,
    pageCounter: '',
    packets: [],
  };

  /** A fresh page laid out like the app's print window. */
  const printPage = () => openPrintPage(context, viewport);

  try {
    for (const entries of packetSizes) {
      const packetId = `bench-packet-${entries}`;
      /** @type {PdfPacketResult} */
      const r = {
        entries,
        packetId,
        period: `${periodStart} … ${periodEnd}`,
        inPeriod: 0,
        export: [],
        exportRuns: [],
        coldExport: [],
        coldExportRuns: [],
        baseline: [],
        baselineRuns: [],
        exportPdf: null,
        baselinePdf: null,
        shown: null,
        diagnosis: null,
        errors: [],
      };
      result.packets.push(r);
      try {
        const picked = await page.evaluate(newestEntryIdsInPeriod, { dbName, periodStart, periodEnd, count: entries });
        r.inPeriod = picked.inPeriod;
        if (picked.ids.length < entries) r.errors.push(`only ${picked.ids.length} entries in the period, ${entries} wanted`);
        await page.evaluate(putPackets, {
          dbName,
          packets: [benchPacket({ packetId, entries, entryIds: picked.ids, periodStart, periodEnd, pageSize })],
        });

        /** The exporter's settings, and the packet it prints. */
        const exporting = { settings, printPage, baseUrl, packetId, pageSize };
        // The Packet screen's exporter: its window is made ready once, untimed, and kept.
        const warm = createTimedExporter(exporting);
        await warm.exporter.prepare();
        /** @param {string} html */
        const baselineOnce = (html) => printStaticHtml(printPage, html, options);

        // Warm-up of each (not recorded); the export's gives the static document.
        const first = await warm.exportOnce(true);
        const shown = first.shown;
        if (!shown) throw new Error('the print view could not be captured');
        r.shown = {
          htmlChars: shown.html.length,
          cssChars: shown.cssChars,
          scripts: shown.scripts,
          entryCount: shown.entryCount,
          evidenceItems: shown.evidenceItems,
          chartBars: shown.chartBars,
        };
        if (shown.entryCount !== String(Math.min(entries, picked.ids.length)))
          r.errors.push(`the print view shows ${shown.entryCount} entries, expected ${entries}`);
        const firstBaseline = await baselineOnce(shown.html);
        const exportPages = await countPages(first.pdf, scratch);
        const baselinePages = await countPages(firstBaseline.pdf, scratch);
        result.pageCounter = exportPages.how;
        r.exportPdf = { bytes: first.pdf.length, pages: exportPages.pages };
        r.baselinePdf = { bytes: firstBaseline.pdf.length, pages: baselinePages.pages };
        if (exportPages.pages !== baselinePages.pages)
          r.errors.push(`the export has ${exportPages.pages} pages, the static baseline ${baselinePages.pages}`);

        // Alternating, so that a busy moment of the machine weighs on both alike.
        await exportCold(exporting);
        for (let run = 0; run < runs; run += 1) {
          // As between two exports in the app: the window is back at the idle route, untimed.
          await warm.exporter.prepare();
          const exported = await warm.exportOnce(false);
          r.exportRuns.push(exported.run);
          r.export.push(exported.run.totalMs);
          const cold = await exportCold(exporting);
          r.coldExportRuns.push(cold.run);
          r.coldExport.push(cold.run.totalMs);
          const base = await baselineOnce(shown.html);
          r.baselineRuns.push(base.run);
          r.baseline.push(base.run.totalMs);
        }
        await warm.exporter.dispose();
        // Where a first export's time goes: one more, with the app's IndexedDB reads noted.
        r.diagnosis = (await exportCold({ ...exporting, diagnose: true })).diagnosis;
        log(
          `  PDF export, packet of ${entries}: ${fmt(median(r.export))} ms (first export ${fmt(median(r.coldExport))} ms); static HTML ${fmt(median(r.baseline))} ms; ${exportPages.pages} pages`,
        );
      } catch (error) {
        r.errors.push(error instanceof Error ? error.message : String(error));
        log(`  PDF export, packet of ${entries}: ${r.errors.at(-1)}`);
      }
    }
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
  return result;
}

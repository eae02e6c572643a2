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
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { competencyIds } from './generate.mjs';
import { captureStaticPrintHtml, installPrintDiagnostics, newestEntryIdsInPeriod, putPackets, readPrintDiagnostics } from './probes.mjs';
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
 * @property {ReturnType<typeof readPrintDiagnostics> | null} diagnosis  one more first export, instrumented, not recorded
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

const execFileAsync = promisify(execFile);

/** Narratives for a few competencies, Markdown like a user's. */
const narrativeText = (/** @type {number} */ i) =>
  `Over the period I took on work that reached beyond my team (${i + 1}).\n\n` +
  '- Led the design review for the **payments service** migration and wrote the decision record.\n' +
  '- Paired with two engineers on the rollout plan; both now run incident reviews on their own.\n' +
  '- Cut p95 latency of the checkout API by 38% and kept the error budget intact for two quarters.\n\n' +
  'What I would do differently: involve the data team earlier, before the schema was settled.';

/**
 * The first of the twelve months up to `lastDay`: the packet covers a year.
 * @param {string} lastDay YYYY-MM-DD
 */
function yearBefore(lastDay) {
  const [y, m, d] = lastDay.split('-').map(Number);
  const start = new Date(Date.UTC(Number(y) - 1, Number(m) - 1, Number(d) + 1));
  return start.toISOString().slice(0, 10);
}

/**
 * Counts the pages of a PDF: `pdfinfo` when it is installed, else the `/Type /Page` objects.
 * @param {Uint8Array} bytes
 * @param {string} dir a scratch folder
 * @returns {Promise<{ pages: number | null, how: string }>}
 */
async function countPages(bytes, dir) {
  const file = path.join(dir, 'count.pdf');
  await writeFile(file, bytes);
  try {
    const { stdout } = await execFileAsync('pdfinfo', [file]);
    const match = /^Pages:\s+(\d+)/m.exec(stdout);
    if (match) return { pages: Number(match[1]), how: 'pdfinfo' };
  } catch {
    // not installed: count the page objects
  }
  const text = Buffer.from(bytes).toString('latin1');
  const pages = (text.match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
  return { pages: pages || null, how: "'/Type /Page' objects" };
}

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
  const printPage = async () => {
    const fresh = await context.newPage();
    await fresh.setViewportSize(viewport);
    await fresh.emulateMedia({ media: 'print' });
    return fresh;
  };

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
        const now = new Date().toISOString();
        const narratives = Object.fromEntries(competencyIds.slice(0, 4).map((id, i) => [id, narrativeText(i)]));
        await page.evaluate(putPackets, {
          dbName,
          packets: [
            {
              id: packetId,
              title: `Promotion packet (${entries} entries)`,
              authorName: 'Alex Rivera',
              currentRole: 'Senior Engineer',
              targetRole: 'Staff Engineer',
              periodStart,
              periodEnd,
              entryIds: picked.ids,
              narratives,
              summary:
                'A year of widening scope: from owning one service to steering **cross-team** decisions.\n\n- Payments migration\n- Mentoring programme\n- Incident process',
              options: { redactPeople: false, includeAppendix: true, includeReviews: true, pageSize },
              createdAt: now,
              updatedAt: now,
            },
          ],
        });

        /**
         * The app's exporter over Playwright pages. `run` collects the timings of the export in
         * progress; `capture` / `diagnose` ask the next export for the static document and the
         * instrumented breakdown.
         * @param {{ diagnose?: boolean }} [how]
         */
        const newExporter = (how = {}) => {
          /** @type {{ t0: number, show: number, ready: number, pdf: number, capture: boolean, shown: any, diagnosis: any } | null} */
          let run = null;
          const exporter = settings.createPdfRenderer(async () => {
            const p = await printPage();
            if (how.diagnose) await p.addInitScript(installPrintDiagnostics);
            return {
              load: async (/** @type {string} */ route) => {
                await p.goto(new URL(route, baseUrl).href);
                if (run && route !== settings.printIdleRoute) run.show = performance.now();
              },
              navigate: async (/** @type {string} */ route) => {
                await p.evaluate(settings.navigateScript(route));
                if (run && route !== settings.printIdleRoute) run.show = performance.now();
              },
              waitForPrintReady: async (/** @type {number} */ waitMs) => {
                const state = await p.evaluate(settings.waitForPrintReadyScript(waitMs));
                if (run && state === 'true') run.ready = performance.now();
                return state;
              },
              print: async (/** @type {'A4' | 'Letter'} */ size) => {
                if (run?.capture) run.shown = await p.evaluate(captureStaticPrintHtml);
                if (run && how.diagnose) run.diagnosis = await p.evaluate(readPrintDiagnostics);
                const t = performance.now();
                const pdf = await p.pdf(settings.playwrightPdfOptions(size));
                if (run) run.pdf = performance.now() - t;
                return pdf;
              },
              close: () => p.close(),
            };
          });
          /** @param {boolean} capture */
          const exportOnce = async (capture) => {
            run = { t0: performance.now(), show: -1, ready: -1, pdf: -1, capture, shown: null, diagnosis: null };
            const current = run;
            try {
              const pdf = await exporter.render({ route: settings.packetPrintRoute(packetId), pageSize });
              const t1 = performance.now();
              return {
                run: {
                  showMs: current.show - current.t0,
                  readyMs: current.ready - current.t0,
                  pdfMs: current.pdf,
                  totalMs: t1 - current.t0,
                  bytes: pdf.length,
                },
                pdf,
                shown: current.shown,
                diagnosis: current.diagnosis,
              };
            } finally {
              run = null;
            }
          };
          return { exporter, exportOnce };
        };
        /** A first export: a new exporter, no window ready; closed afterwards. */
        const coldExportOnce = async (/** @type {{ diagnose?: boolean }} */ how = {}) => {
          const { exporter, exportOnce } = newExporter(how);
          try {
            return await exportOnce(false);
          } finally {
            await exporter.dispose();
          }
        };
        // The Packet screen's exporter: its window is made ready once, untimed, and kept.
        const warm = newExporter();
        await warm.exporter.prepare();

        /** @param {string} html */
        const baselineOnce = async (html) => {
          const p = await printPage();
          try {
            const t0 = performance.now();
            await p.setContent(html, { waitUntil: 'load' });
            const t1 = performance.now();
            const pdf = await p.pdf(options);
            const t2 = performance.now();
            return { run: { setContentMs: t1 - t0, pdfMs: t2 - t1, totalMs: t2 - t0, bytes: pdf.length }, pdf };
          } finally {
            await p.close();
          }
        };

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
        await coldExportOnce();
        for (let run = 0; run < runs; run += 1) {
          // As between two exports in the app: the window is back at the idle route, untimed.
          await warm.exporter.prepare();
          const exported = await warm.exportOnce(false);
          r.exportRuns.push(exported.run);
          r.export.push(exported.run.totalMs);
          const cold = await coldExportOnce();
          r.coldExportRuns.push(cold.run);
          r.coldExport.push(cold.run.totalMs);
          const base = await baselineOnce(shown.html);
          r.baselineRuns.push(base.run);
          r.baseline.push(base.run.totalMs);
        }
        await warm.exporter.dispose();
        // Where a first export's time goes: one more, with the app's IndexedDB reads noted.
        r.diagnosis = (await coldExportOnce({ diagnose: true })).diagnosis;
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

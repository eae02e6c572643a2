// @ts-check
/**
 * The app's PDF exporter (`createPdfRenderer`, bundled by aggregation.mjs) driving Playwright pages
 * as its print windows, timed step by step, and the baseline it is compared with: Chromium printing
 * the print view saved as static HTML.
 */
import { captureStaticPrintHtml, installPrintDiagnostics, readPrintDiagnostics } from './print-probes.mjs';

/** @typedef {import('./aggregation.mjs').PdfExportSettings} PdfExportSettings */
/** @typedef {import('playwright-core').Page} Page */

/**
 * A fresh page laid out like the app's print window: the paper's viewport, print media.
 * @param {import('playwright-core').BrowserContext} context
 * @param {{ width: number, height: number }} viewport
 */
export async function openPrintPage(context, viewport) {
  const fresh = await context.newPage();
  await fresh.setViewportSize(viewport);
  await fresh.emulateMedia({ media: 'print' });
  return fresh;
}

/**
 * The app's exporter over Playwright pages, so the export is timed with the app's own window
 * handling and print-ready waits. `run` collects the timings of the export in progress;
 * `capture` / `diagnose` ask the next export for the static document and the instrumented
 * breakdown.
 * @param {{ settings: PdfExportSettings, printPage: () => Promise<Page>, baseUrl: string, packetId: string,
 *   pageSize: 'A4' | 'Letter', diagnose?: boolean }} args
 */
export function createTimedExporter({ settings, printPage, baseUrl, packetId, pageSize, diagnose = false }) {
  /** @type {{ t0: number, show: number, ready: number, pdf: number, capture: boolean, shown: any, diagnosis: any } | null} */
  let run = null;
  const exporter = settings.createPdfRenderer(async () => {
    const p = await printPage();
    if (diagnose) await p.addInitScript(installPrintDiagnostics);
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
        if (run && diagnose) run.diagnosis = await p.evaluate(readPrintDiagnostics);
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
}

/**
 * A first export: a new exporter, no window ready, so the time includes opening the page and loading
 * the app at the print route; closed afterwards.
 * @param {Parameters<typeof createTimedExporter>[0]} args
 */
export async function exportCold(args) {
  const { exporter, exportOnce } = createTimedExporter(args);
  try {
    return await exportOnce(false);
  } finally {
    await exporter.dispose();
  }
}

/**
 * The baseline: the static document printed in a fresh page with the same options.
 * @param {() => Promise<Page>} printPage
 * @param {string} html
 * @param {Record<string, unknown>} options  the `page.pdf` options
 */
export async function printStaticHtml(printPage, html, options) {
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
}

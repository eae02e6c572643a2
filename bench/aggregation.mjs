// @ts-check
/**
 * Builds code of the app that its bundle does not expose, with Vite's library mode, in memory:
 * - the Insights screen's pure shaping functions (bench/insights-entry.mjs: insights.ts, gaps.ts,
 *   quarters.ts and the default framework) into one small IIFE, so the benchmark can run them
 *   inside the page over the seeded records; minified like the app's build, so V8 sees comparable
 *   code;
 * - the backup, restore and import code (bench/data-entry.mjs: backupRepository.ts, backupFile.ts,
 *   importPlan.ts, importRepository.ts and the database class, with Dexie and zod) into another
 *   minified IIFE under its own global, for bench/dataflows.mjs;
 * - the PDF export's settings (bench/pdf-entry.mjs: src-main/services/pdfExport/, the Playwright
 *   options of tests/support/playwrightPdf.ts and the print route of src-main/shared/contract.ts)
 *   into an ES module the runner imports, so the benchmark prints with exactly the options the app
 *   uses.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const benchDir = path.dirname(fileURLToPath(import.meta.url));

/** The global the Insights bundle defines in the page. */
export const insightsGlobal = '__benchInsights';
/** The global the backup, restore and import bundle defines in the page. */
export const dataGlobal = '__benchData';

/**
 * @param {string} entry a file in bench/
 * @param {'iife' | 'es'} format
 * @param {boolean} minify
 * @param {string} [globalName] the global an IIFE defines
 * @returns {Promise<string>} the code of the one chunk
 */
async function bundle(entry, format, minify, globalName = insightsGlobal) {
  const output = await build({
    configFile: false,
    root: path.resolve(benchDir, '..'),
    logLevel: 'warn',
    publicDir: false,
    build: {
      write: false,
      emptyOutDir: false,
      minify,
      target: 'es2022',
      lib: {
        entry: path.join(benchDir, entry),
        formats: [format],
        name: globalName,
        fileName: () => `bench-${path.basename(entry, '.mjs')}.js`,
      },
    },
  });
  const first = Array.isArray(output) ? output[0] : output;
  if (!first || !('output' in first)) throw new Error(`vite build of bench/${entry} returned no output`);
  const chunk = first.output.find((o) => o.type === 'chunk');
  if (!chunk || chunk.type !== 'chunk') throw new Error(`vite build of bench/${entry} produced no chunk`);
  return chunk.code;
}

/**
 * @returns {Promise<string>} the bundle's code: a script that defines `window.__benchInsights`
 */
export function buildInsightsBundle() {
  return bundle('insights-entry.mjs', 'iife', true);
}

/**
 * @returns {Promise<string>} the bundle's code: a script that defines `window.__benchData`
 */
export function buildDataBundle() {
  return bundle('data-entry.mjs', 'iife', true, dataGlobal);
}

/**
 * @typedef {object} PdfExportSettings
 * @property {(pageSize: 'A4' | 'Letter') => Record<string, unknown>} playwrightPdfOptions  the app's options for `page.pdf`
 * @property {Record<'A4' | 'Letter', { width: number, height: number }>} printViewportSizes
 * @property {(openWindow: () => Promise<any>) => { render: (request: { route: string, pageSize: 'A4' | 'Letter' }) => Promise<Uint8Array>, prepare: () => Promise<void>, dispose: () => Promise<void> }} createPdfRenderer  the app's exporter (windows kept warm, print-ready waits)
 * @property {(route: string) => string} navigateScript
 * @property {(waitMs: number) => string} waitForPrintReadyScript
 * @property {string} printIdleRoute
 * @property {string} printReadyAttribute
 * @property {(packetId: string) => string} packetPrintRoute  `#/print/packet/<id>`
 */

/**
 * The PDF export's settings, built from the app's TypeScript and imported from a data: URL.
 * @returns {Promise<PdfExportSettings>}
 */
export async function loadPdfExportSettings() {
  const code = await bundle('pdf-entry.mjs', 'es', false);
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}

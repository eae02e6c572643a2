import { getDocument, PDFWorker } from 'pdfjs-dist/legacy/build/pdf.mjs';

/*
 * Shows a PDF as pictures of its pages, drawn by pdf.js onto canvases. Loaded only when a PDF is
 * opened (pdf.js is about 1.75 MB with its worker), and chosen over Chromium's own viewer because a
 * canvas can run nothing: pdf.js's core never runs a PDF's JavaScript (that is its viewer's
 * optional scripting, not used here), it uses no `eval` (and the policy allows none), no
 * annotation or form layer is drawn, and the parsing happens in a worker bundled with the app.
 * Chromium's viewer would need the policy to allow frames or plugins (`frame-src` and `object-src`
 * are 'none'), which this app never does.
 *
 * pdf.js's "legacy" build: the same code with polyfills for what only the newest engines have
 * (`Map.prototype.getOrInsertComputed`, `Math.sumPrecise`), so it runs in the Chromium of the
 * Electron the app ships with as well as in a current browser.
 */

/** The most pages drawn: a long PDF shows its first pages and says how many it has. */
export const maximumPdfPages = 50;

/** The largest image inside a PDF that is drawn, in pixels (as for attached images: 50 megapixels). */
const maximumEmbeddedImagePixels = 50_000_000;

/** What was drawn. */
export interface PdfRendering {
  pageCount: number;
  shownPages: number;
}

/**
 * Draws the pages of `pdf` (at most `maximumPdfPages`) as canvases appended to `into`, each
 * `cssWidth` pixels wide (sharp at the screen's pixel ratio) and named "Page N of M". Stops, and
 * frees pdf.js's worker, when `signal` aborts; rejects when the PDF cannot be read.
 */
export async function renderPdfPages(pdf: Blob, into: HTMLElement, cssWidth: number, signal: AbortSignal): Promise<PdfRendering> {
  const data = new Uint8Array(await pdf.arrayBuffer());
  const port = new Worker(new URL('./pdfWorker.ts', import.meta.url), { type: 'module' });
  const worker = PDFWorker.create({ port });
  const task = getDocument({
    data,
    worker,
    // Nothing is fetched: no CMaps, standard fonts or WebAssembly from a URL (the policy allows no
    // fetch at all); fonts a PDF does not embed fall back to the system's.
    useWorkerFetch: false,
    useWasm: false,
    enableXfa: false,
    disableWorkerRendering: true,
    maxImageSize: maximumEmbeddedImagePixels,
  });
  const stop = () => void task.destroy();
  signal.addEventListener('abort', stop);
  try {
    const loaded = await task.promise;
    const shownPages = Math.min(loaded.numPages, maximumPdfPages);
    for (let number = 1; number <= shownPages && !signal.aborted; number += 1) {
      const page = await loaded.getPage(number);
      const natural = page.getViewport({ scale: 1 });
      const pixelRatio = window.devicePixelRatio || 1;
      const viewport = page.getViewport({ scale: (cssWidth / natural.width) * pixelRatio });
      const canvas = into.ownerDocument.createElement('canvas');
      canvas.width = Math.floor(viewport.width);
      canvas.height = Math.floor(viewport.height);
      canvas.style.width = `${cssWidth}px`;
      canvas.className = 'pdf-page';
      canvas.setAttribute('role', 'img');
      canvas.setAttribute('aria-label', `Page ${number} of ${loaded.numPages}`);
      into.append(canvas);
      await page.render({ canvas, viewport }).promise;
      page.cleanup();
    }
    return { pageCount: loaded.numPages, shownPages };
  } finally {
    signal.removeEventListener('abort', stop);
    await task.destroy();
    worker.destroy();
    port.terminate();
  }
}

/*
 * The worker pdf.js parses PDFs in, bundled with the app (never fetched): importing pdf.js's worker
 * build sets it up to answer the page through this worker's own port. The legacy build, as in
 * pdfRender.ts.
 */
import 'pdfjs-dist/legacy/build/pdf.worker.mjs';

// The PDF export's logic and settings, bundled on their own by bench/aggregation.mjs so the
// benchmark exports exactly as the app does (Node 20 cannot import the TypeScript). Not part of the app.
export { createPdfRenderer } from '../src-main/services/pdfExport/index.ts';
export { navigateScript, waitForPrintReadyScript } from '../src-main/services/pdfExport/pageScripts.ts';
export { printViewportSizes } from '../src-main/services/pdfExport/printOptions.ts';
export { playwrightPdfOptions } from '../tests/support/playwrightPdf.ts';
export { packetPrintRoute, printIdleRoute, printReadyAttribute } from '../src-main/shared/contract.ts';

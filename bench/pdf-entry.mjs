// The PDF export's settings, bundled on their own by bench/aggregation.mjs so the benchmark prints
// with exactly the app's options (Node 20 cannot import the TypeScript). Not part of the app.
export { playwrightPdfOptions, printReadyPollIntervalMs, printViewportSizes } from '../src-main/services/pdfExport.ts';
export { packetPrintRoute, printReadyAttribute } from '../src-main/shared/contract.ts';

import type { ExportPacketPdfRequest } from '../../shared/contract';

/*
 * How a packet is laid out on paper: the sizes, margins and the page-number footer, and the
 * options that give them to Electron's `printToPDF`. The end-to-end stand-in for Electron builds
 * Playwright's options from the same values (tests/support/playwrightPdf.ts).
 */

/** Paper sizes the app prints on. */
export type PdfPageSize = ExportPacketPdfRequest['pageSize'];

/**
 * The paper's width and height in CSS pixels (96 per inch). A print window is opened at the A4
 * size; Chromium lays the printed pages out at the paper's own size whatever the window's.
 */
export const printViewportSizes: Record<PdfPageSize, { width: number; height: number }> = {
  A4: { width: 794, height: 1123 },
  Letter: { width: 816, height: 1056 },
};

/** Page margins, in millimetres; the bottom one leaves room for the page-number footer. */
export const pdfMarginsMillimetres = { top: 12, right: 12, bottom: 16, left: 12 } as const;

/** No running header: the print view has its own title block. */
export const pdfHeaderTemplate = '<span></span>';

/**
 * A small centred "Page N of M" on every page. Chromium fills the `pageNumber` and `totalPages`
 * spans; the template is rendered apart from the page, so it must carry its own styles.
 */
export const pdfFooterTemplate =
  '<div style="width:100%;margin:0 12mm;font-size:8px;line-height:1;text-align:center;color:#555;' +
  "font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;\">" +
  'Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>';

/**
 * What makes the PDF navigable: a document outline (bookmarks), which Chromium builds from the
 * print view's h1–h6 headings, and a tagged PDF, whose structure tree lets a screen reader follow
 * the headings, lists and paragraphs. Electron and Playwright name the same two switches
 * differently; both are given from here.
 */
export const pdfStructure = { outline: true, tagged: true } as const;

/** The options for Electron's `webContents.printToPDF` (margins in inches). */
export function electronPrintToPdfOptions(pageSize: PdfPageSize) {
  const inches = (millimetres: number): number => Math.round((millimetres / 25.4) * 1000) / 1000;
  return {
    pageSize,
    printBackground: true,
    displayHeaderFooter: true,
    headerTemplate: pdfHeaderTemplate,
    footerTemplate: pdfFooterTemplate,
    generateDocumentOutline: pdfStructure.outline,
    generateTaggedPDF: pdfStructure.tagged,
    margins: {
      top: inches(pdfMarginsMillimetres.top),
      right: inches(pdfMarginsMillimetres.right),
      bottom: inches(pdfMarginsMillimetres.bottom),
      left: inches(pdfMarginsMillimetres.left),
    },
  };
}

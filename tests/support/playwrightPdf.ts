import {
  pdfFooterTemplate,
  pdfHeaderTemplate,
  pdfMarginsMillimetres,
  pdfStructure,
  type PdfPageSize,
} from '../../src-main/services/pdfExport/printOptions';

/**
 * The app's print options for Playwright's `page.pdf`, which stands in for Electron's
 * `printToPDF` in the end-to-end bridge and the benchmark: the same paper, margins, header and
 * footer, outline and tags, so a PDF printed there is laid out and structured as the app's.
 */
export function playwrightPdfOptions(pageSize: PdfPageSize) {
  const css = (millimetres: number): string => `${millimetres}mm`;
  return {
    format: pageSize,
    printBackground: true,
    displayHeaderFooter: true,
    headerTemplate: pdfHeaderTemplate,
    footerTemplate: pdfFooterTemplate,
    outline: pdfStructure.outline,
    tagged: pdfStructure.tagged,
    margin: {
      top: css(pdfMarginsMillimetres.top),
      right: css(pdfMarginsMillimetres.right),
      bottom: css(pdfMarginsMillimetres.bottom),
      left: css(pdfMarginsMillimetres.left),
    },
  };
}

import { describe, expect, it } from 'vitest';
import { electronPrintToPdfOptions, pdfFooterTemplate, pdfHeaderTemplate } from '../../../src-main/services/pdfExport/printOptions';
import { playwrightPdfOptions } from '../../support/playwrightPdf';

describe('the print settings', () => {
  it('puts "Page N of M" in a small footer and no header', () => {
    expect(pdfHeaderTemplate).toBe('<span></span>');
    expect(pdfFooterTemplate).toMatch(/font-size:8px/);
    expect(pdfFooterTemplate.replace(/<div[^>]*>|<\/div>/g, '')).toBe(
      'Page <span class="pageNumber"></span> of <span class="totalPages"></span>',
    );
  });

  it('gives Electron and Playwright the same paper, templates and margins', () => {
    const electron = electronPrintToPdfOptions('A4');
    const playwright = playwrightPdfOptions('A4');
    expect(electron).toMatchObject({ pageSize: 'A4', printBackground: true, displayHeaderFooter: true });
    expect(playwright).toMatchObject({ format: 'A4', printBackground: true, displayHeaderFooter: true });
    expect(electron.headerTemplate).toBe(playwright.headerTemplate);
    expect(electron.footerTemplate).toBe(playwright.footerTemplate);
    for (const side of ['top', 'right', 'bottom', 'left'] as const) {
      expect(electron.margins[side] * 25.4).toBeCloseTo(Number.parseFloat(playwright.margin[side]), 1);
    }
    expect(electronPrintToPdfOptions('Letter').pageSize).toBe('Letter');
  });

  it('asks both for an outline from the headings and a tagged PDF', () => {
    expect(electronPrintToPdfOptions('A4')).toMatchObject({ generateDocumentOutline: true, generateTaggedPDF: true });
    expect(playwrightPdfOptions('Letter')).toMatchObject({ outline: true, tagged: true });
  });
});

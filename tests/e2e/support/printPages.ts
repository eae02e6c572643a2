import { createPdfRenderer, type PdfExporter } from '../../../src-main/services/pdfExport';
import { navigateScript, waitForPrintReadyScript } from '../../../src-main/services/pdfExport/pageScripts';
import { printViewportSizes } from '../../../src-main/services/pdfExport/printOptions';
import { playwrightPdfOptions } from '../../support/playwrightPdf';
import type { BridgeReply } from './pagePreload';

/**
 * What the bridge uses of a Playwright `Page` (a real `Page` satisfies it). `url` and `context`
 * serve only the default PDF renderer, which opens a print page beside the test page.
 */
export interface BridgePage {
  exposeFunction(name: string, callback: (channel: unknown, payload: unknown) => Promise<BridgeReply>): Promise<unknown>;
  addInitScript(script: { content: string }): Promise<unknown>;
  url?(): string;
  context?(): { newPage(): Promise<PrintPage> };
  /** Runs a script in the page; `requestBackup` and `sendCommand` need it. */
  evaluate?(expression: string): Promise<unknown>;
  /** Used to remove the default user-data folder when the page closes. */
  once?(event: 'close', listener: () => void): unknown;
}

/** What the default PDF renderer uses of the page it prints (a real `Page` satisfies it). */
export interface PrintPage extends BridgePage {
  setViewportSize(size: { width: number; height: number }): Promise<void>;
  emulateMedia(options: { media: 'print' }): Promise<void>;
  goto(url: string): Promise<unknown>;
  evaluate(expression: string): Promise<unknown>;
  pdf(options: ReturnType<typeof playwrightPdfOptions>): Promise<Uint8Array>;
  close(): Promise<void>;
}

/** Where each print page was taken: `load` opens the app there, `navigate` changes the route of a page already showing it. */
export type PrintPageRoute = { how: 'load' | 'navigate'; route: string };

/**
 * The end-to-end stand-in for the app's hidden print windows: new pages in the test page's browser
 * context (same origin and IndexedDB; like the app's windows they have `window.api`), laid out at
 * A4 size in print media, taken to print routes beside the test page's own URL, kept warm and
 * waited on exactly as the app does (`createPdfRenderer`), printed with `page.pdf()` using the
 * app's templates and margins. `routes` records where each page was taken.
 */
export function createPlaywrightPdfExporter(
  page: BridgePage,
  preparePrintPage: (printPage: PrintPage) => Promise<void> = () => Promise.resolve(),
  routes: PrintPageRoute[] = [],
): PdfExporter {
  return createPdfRenderer(async () => {
    if (page.context === undefined || page.url === undefined) {
      throw new Error('This page cannot open a print page: pass `renderPdf` to installMainBridge.');
    }
    const appUrl = page.url();
    const printPage = await page.context().newPage();
    try {
      await preparePrintPage(printPage);
      await printPage.setViewportSize(printViewportSizes.A4);
      await printPage.emulateMedia({ media: 'print' });
    } catch (error) {
      await printPage.close();
      throw error;
    }
    return {
      load: async (route) => {
        routes.push({ how: 'load', route });
        await printPage.goto(new URL(route, appUrl).href);
      },
      navigate: async (route) => {
        routes.push({ how: 'navigate', route });
        await printPage.evaluate(navigateScript(route));
      },
      waitForPrintReady: (waitMs) => printPage.evaluate(waitForPrintReadyScript(waitMs)),
      print: (size) => printPage.pdf(playwrightPdfOptions(size)),
      close: () => printPage.close(),
    };
  });
}

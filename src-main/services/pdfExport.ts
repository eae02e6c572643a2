import { printReadyAttribute, type ExportPacketPdfRequest } from '../shared/contract';

/*
 * Turning a print view of the app into a PDF. The app's own page is opened at a print route in a
 * window nobody sees, the renderer draws it (charts included) and marks `<html>` print-ready, and
 * the page is printed. Everything here is plain logic over injected capabilities: the main process
 * passes a hidden Electron window (see index.ts), the end-to-end bridge a Playwright page, and the
 * unit tests fakes with a scripted clock.
 */

/** Paper sizes the app prints on. */
export type PdfPageSize = ExportPacketPdfRequest['pageSize'];

/** What to print: an app route (`#/print/...`) on a paper size. */
export interface PdfRenderRequest {
  route: string;
  pageSize: PdfPageSize;
}

/** Renders an app route to the bytes of a PDF; rejects with a message fit for the user. */
export type PdfRenderer = (request: PdfRenderRequest) => Promise<Uint8Array>;

/** One window (or page) showing the app, used for a single print and then closed. */
export interface PrintWindow {
  /** Loads the app's page at `route`; resolves once the page has loaded. */
  load(route: string): Promise<void>;
  /** The current value of the print-ready attribute on `<html>` (`null` while absent). */
  readPrintReady(): Promise<unknown>;
  /** Prints the loaded page to PDF on `pageSize` paper. */
  print(pageSize: PdfPageSize): Promise<Uint8Array>;
  /** Closes the window; called exactly once, whatever happened. */
  close(): void | Promise<void>;
}

/** Time, injected so that the waiting can be tested without waiting. */
export interface PrintClock {
  now(): number;
  /** Resolves after `milliseconds`, or at once when `signal` aborts. */
  sleep(milliseconds: number, signal?: AbortSignal): Promise<void>;
}

/** The real clock. Its timers never keep the process alive on their own. */
export const systemClock: PrintClock = {
  now: () => Date.now(),
  sleep: (milliseconds, signal) =>
    new Promise<void>((resolve) => {
      if (signal?.aborted === true) {
        resolve();
        return;
      }
      const finish = (): void => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', finish);
        resolve();
      };
      const timer = setTimeout(finish, milliseconds);
      (timer as { unref?: () => void }).unref?.();
      signal?.addEventListener('abort', finish, { once: true });
    }),
};

/** How long a print view may take to load and draw before the export gives up. */
export const defaultPrintReadyTimeoutMs = 30_000;

/** How often the print-ready attribute is read. */
export const printReadyPollIntervalMs = 100;

export interface PdfRendererOptions {
  timeoutMs?: number;
  pollIntervalMs?: number;
  clock?: PrintClock;
}

/** The CSS viewport a print view is laid out in: the paper's width and height at 96 px per inch. */
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
  'font-family:system-ui,-apple-system,\'Segoe UI\',Roboto,sans-serif;">' +
  'Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>';

/** The options for Electron's `webContents.printToPDF` (margins in inches). */
export function electronPrintToPdfOptions(pageSize: PdfPageSize) {
  const inches = (millimetres: number): number => Math.round((millimetres / 25.4) * 1000) / 1000;
  return {
    pageSize,
    printBackground: true,
    displayHeaderFooter: true,
    headerTemplate: pdfHeaderTemplate,
    footerTemplate: pdfFooterTemplate,
    margins: {
      top: inches(pdfMarginsMillimetres.top),
      right: inches(pdfMarginsMillimetres.right),
      bottom: inches(pdfMarginsMillimetres.bottom),
      left: inches(pdfMarginsMillimetres.left),
    },
  };
}

/** The same options for Playwright's `page.pdf` (the end-to-end stand-in for `printToPDF`). */
export function playwrightPdfOptions(pageSize: PdfPageSize) {
  const css = (millimetres: number): string => `${millimetres}mm`;
  return {
    format: pageSize,
    printBackground: true,
    displayHeaderFooter: true,
    headerTemplate: pdfHeaderTemplate,
    footerTemplate: pdfFooterTemplate,
    margin: {
      top: css(pdfMarginsMillimetres.top),
      right: css(pdfMarginsMillimetres.right),
      bottom: css(pdfMarginsMillimetres.bottom),
      left: css(pdfMarginsMillimetres.left),
    },
  };
}

const nothingSaved = 'nothing was saved.';

/**
 * Builds a `PdfRenderer` that, for each request, opens a print window, loads the route, waits
 * until the page marks itself print-ready (reading the attribute every `pollIntervalMs`), prints
 * it, and always closes the window. Loading and drawing together must finish within `timeoutMs`;
 * a page that marks itself `"error"` fails at once. Every failure is an Error saying what went
 * wrong and that nothing was saved.
 */
export function createPdfRenderer(
  openWindow: (request: PdfRenderRequest) => PrintWindow | Promise<PrintWindow>,
  options: PdfRendererOptions = {},
): PdfRenderer {
  const timeoutMs = options.timeoutMs ?? defaultPrintReadyTimeoutMs;
  const pollIntervalMs = options.pollIntervalMs ?? printReadyPollIntervalMs;
  const clock = options.clock ?? systemClock;

  return async (request) => {
    let window: PrintWindow;
    try {
      window = await openWindow(request);
    } catch (error) {
      throw new Error(`The packet's print view could not be opened (${describe(error)}); ${nothingSaved}`, {
        cause: error,
      });
    }
    try {
      await waitUntilPrintReady(window, request.route, { timeoutMs, pollIntervalMs, clock });
      let pdf: Uint8Array;
      try {
        pdf = await window.print(request.pageSize);
      } catch (error) {
        throw new Error(`The packet could not be printed to PDF (${describe(error)}); ${nothingSaved}`, {
          cause: error,
        });
      }
      return pdf;
    } finally {
      try {
        await window.close();
      } catch (error) {
        console.error('Could not close the print window:', error);
      }
    }
  };
}

class PrintTimeout extends Error {}

/** Loads `route` and polls until it is print-ready, all within `timeoutMs`. */
async function waitUntilPrintReady(
  window: PrintWindow,
  route: string,
  { timeoutMs, pollIntervalMs, clock }: Required<PdfRendererOptions>,
): Promise<void> {
  const seconds = Math.round(timeoutMs / 100) / 10;
  const timeoutError = (): Error =>
    new PrintTimeout(`The packet did not finish rendering within ${seconds} seconds; ${nothingSaved}`);
  const deadline = clock.now() + timeoutMs;
  const stop = new AbortController();

  // A page that hangs while loading, or a script that never answers, must not hold the export
  // forever: the watchdog ends the wait at the deadline whatever the page is doing.
  const watchdog = clock.sleep(timeoutMs, stop.signal).then(() => {
    if (!stop.signal.aborted) {
      throw timeoutError();
    }
  });
  // Once the race below is settled, the watchdog's outcome no longer matters.
  watchdog.catch(() => undefined);

  const poll = async (): Promise<void> => {
    try {
      await window.load(route);
    } catch (error) {
      throw new Error(`The packet's print view could not be opened (${describe(error)}); ${nothingSaved}`, {
        cause: error,
      });
    }
    while (!stop.signal.aborted) {
      let state: unknown;
      try {
        state = await window.readPrintReady();
      } catch (error) {
        throw new Error(`The packet's print view stopped responding (${describe(error)}); ${nothingSaved}`, {
          cause: error,
        });
      }
      if (state === 'true') {
        return;
      }
      if (state === 'error') {
        throw new Error(`The packet's print view reported an error while drawing; ${nothingSaved}`);
      }
      const remaining = deadline - clock.now();
      if (remaining <= 0) {
        throw timeoutError();
      }
      await clock.sleep(Math.min(pollIntervalMs, remaining), stop.signal);
    }
  };

  const polling = poll();
  // If the watchdog wins, the poll may still fail later (its window is closed meanwhile).
  polling.catch(() => undefined);
  try {
    await Promise.race([polling, watchdog]);
  } finally {
    stop.abort();
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** A script that reads the print-ready attribute of `<html>` in the page. */
export const readPrintReadyScript = `document.documentElement.getAttribute(${JSON.stringify(printReadyAttribute)})`;

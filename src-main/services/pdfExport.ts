import { printIdleRoute, printReadyAttribute, type ExportPacketPdfRequest } from '../shared/contract';

/*
 * Turning a print view of the app into a PDF. The app's own page is shown at a print route in a
 * window nobody sees, the renderer draws it (charts included) and marks `<html>` print-ready, and
 * the page is printed. Between exports the window may wait, app loaded, at the idle print route
 * (kept warm), so an export only has to draw the packet. Everything here is plain logic over
 * injected capabilities: the main process passes hidden Electron windows (see index.ts), the
 * end-to-end bridge and the benchmark Playwright pages, and the unit tests fakes with a scripted
 * clock.
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

/** One window (or page) that shows the app's print views; used for one export or kept for more. */
export interface PrintWindow {
  /** Loads the app's page at `route` (a full page load); resolves once the page has loaded. */
  load(route: string): Promise<void>;
  /** Shows `route` in the page already loaded, without reloading it (a change of the URL's hash). */
  navigate(route: string): Promise<void>;
  /**
   * Resolves with the print-ready attribute of `<html>` as soon as it is set, or with its value
   * (`null` while absent) once `waitMs` have passed.
   */
  waitForPrintReady(waitMs: number): Promise<unknown>;
  /** Prints the page shown to PDF on `pageSize` paper. */
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

/**
 * The longest one wait inside the page lasts before the export checks its deadline again; the
 * page answers at once when it marks itself ready, so this bounds no export's speed.
 */
export const printReadyWaitSliceMs = 1_000;

/** How long a print window is kept ready after it was prepared or last used. */
export const printWindowKeepWarmMs = 5 * 60_000;

export interface PdfRendererOptions {
  timeoutMs?: number;
  waitSliceMs?: number;
  keepWarmMs?: number;
  clock?: PrintClock;
}

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

/** Renders print routes to PDF, keeping a print window warm between exports. */
export interface PdfExporter {
  render: PdfRenderer;
  /**
   * Opens a print window at the idle print route, if none is waiting, and keeps it for
   * `keepWarmMs` (counted again from every export). Resolves once it is ready; never rejects: a
   * window that fails to open is simply not kept, and the next export opens its own.
   */
  prepare(): Promise<void>;
  /** Closes the waiting window, and every window in use once its export ends. */
  dispose(): Promise<void>;
}

/** A print window waiting at the idle route, and the timer that closes it. */
interface SpareWindow {
  window: Promise<PrintWindow>;
  expiry: AbortController;
}

/**
 * Builds the PDF exporter. For each request it takes the waiting print window (or opens one and
 * loads the route), shows the route, waits until the page marks itself print-ready, prints it,
 * and then keeps the window at the idle route for the next export (or closes it when one is
 * already kept, or the export failed). Showing and drawing together must finish within
 * `timeoutMs`; a page that marks itself `"error"` fails at once. Every failure is an Error saying
 * what went wrong and that nothing was saved.
 */
export function createPdfRenderer(openWindow: () => PrintWindow | Promise<PrintWindow>, options: PdfRendererOptions = {}): PdfExporter {
  const timeoutMs = options.timeoutMs ?? defaultPrintReadyTimeoutMs;
  const waitSliceMs = options.waitSliceMs ?? printReadyWaitSliceMs;
  const keepWarmMs = options.keepWarmMs ?? printWindowKeepWarmMs;
  const clock = options.clock ?? systemClock;
  let spare: SpareWindow | null = null;
  let isDisposed = false;

  const close = async (window: PrintWindow): Promise<void> => {
    try {
      await window.close();
    } catch (error) {
      console.error('Could not close the print window:', error);
    }
  };

  /** Keeps a window at the idle route: `used` after an export, else a new one. */
  const keep = (used?: PrintWindow): SpareWindow => {
    const expiry = new AbortController();
    const window = (async () => {
      const target = used ?? (await openWindow());
      try {
        await (used ? target.navigate(printIdleRoute) : target.load(printIdleRoute));
      } catch (error) {
        await close(target);
        throw error;
      }
      return target;
    })();
    const kept: SpareWindow = { window, expiry };
    spare = kept;
    const release = (): void => {
      if (spare === kept) spare = null;
    };
    window.catch((error: unknown) => {
      release();
      console.error('Could not prepare a print window:', error);
    });
    void clock.sleep(keepWarmMs, expiry.signal).then(async () => {
      if (expiry.signal.aborted || spare !== kept) return;
      release();
      await window.then(close, () => undefined);
    });
    return kept;
  };

  /** The waiting window, now reserved for one export, or null when none is ready to use. */
  const takeSpare = async (): Promise<PrintWindow | null> => {
    const kept = spare;
    if (kept === null) return null;
    spare = null;
    kept.expiry.abort();
    return kept.window.catch(() => null);
  };

  const render: PdfRenderer = async (request) => {
    const warm = await takeSpare();
    let window: PrintWindow;
    if (warm) {
      window = warm;
    } else {
      try {
        window = await openWindow();
      } catch (error) {
        throw new Error(`The packet's print view could not be opened (${describe(error)}); ${nothingSaved}`, {
          cause: error,
        });
      }
    }
    let isReusable = false;
    try {
      const show = warm ? (route: string) => window.navigate(route) : (route: string) => window.load(route);
      await waitUntilPrintReady(window, request.route, show, { timeoutMs, waitSliceMs, clock });
      let pdf: Uint8Array;
      try {
        pdf = await window.print(request.pageSize);
      } catch (error) {
        throw new Error(`The packet could not be printed to PDF (${describe(error)}); ${nothingSaved}`, {
          cause: error,
        });
      }
      isReusable = true;
      return pdf;
    } finally {
      // A window that failed is in an unknown state: only one that printed is kept.
      if (isReusable && spare === null && !isDisposed) keep(window);
      else await close(window);
    }
  };

  return {
    render,
    prepare: async () => {
      if (isDisposed) return;
      const kept = spare ?? keep();
      await kept.window.then(
        () => undefined,
        () => undefined,
      );
    },
    dispose: async () => {
      isDisposed = true;
      const window = await takeSpare();
      if (window) await close(window);
    },
  };
}

class PrintTimeout extends Error {}

/** Shows `route` and waits until it is print-ready, all within `timeoutMs`. */
async function waitUntilPrintReady(
  window: PrintWindow,
  route: string,
  show: (route: string) => Promise<void>,
  { timeoutMs, waitSliceMs, clock }: { timeoutMs: number; waitSliceMs: number; clock: PrintClock },
): Promise<void> {
  const seconds = Math.round(timeoutMs / 100) / 10;
  const timeoutError = (): Error => new PrintTimeout(`The packet did not finish rendering within ${seconds} seconds; ${nothingSaved}`);
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

  const waitForPage = async (): Promise<void> => {
    try {
      await show(route);
    } catch (error) {
      throw new Error(`The packet's print view could not be opened (${describe(error)}); ${nothingSaved}`, {
        cause: error,
      });
    }
    while (!stop.signal.aborted) {
      const remaining = deadline - clock.now();
      if (remaining <= 0) {
        throw timeoutError();
      }
      let state: unknown;
      try {
        state = await window.waitForPrintReady(Math.min(waitSliceMs, remaining));
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
    }
  };

  const waiting = waitForPage();
  // If the watchdog wins, the wait may still fail later (its window is closed meanwhile).
  waiting.catch(() => undefined);
  try {
    await Promise.race([waiting, watchdog]);
  } finally {
    stop.abort();
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * A script for the page: resolves with the print-ready attribute of `<html>` as soon as it is set,
 * or with its value after `waitMs`. Run by `executeJavaScript` (Electron) or `evaluate`
 * (Playwright), which wait for the promise.
 */
export function waitForPrintReadyScript(waitMs: number): string {
  const name = JSON.stringify(printReadyAttribute);
  return `new Promise((resolve) => {
  const root = document.documentElement;
  const finish = () => { observer.disconnect(); clearTimeout(timer); resolve(root.getAttribute(${name})); };
  const observer = new MutationObserver(() => { if (root.getAttribute(${name}) !== null) finish(); });
  const timer = setTimeout(finish, ${Math.max(0, Math.round(waitMs))});
  observer.observe(root, { attributes: true, attributeFilter: [${name}] });
  if (root.getAttribute(${name}) !== null) finish();
})`;
}

/**
 * A script for the page: shows `route` without reloading (a hash change the app follows), first
 * clearing the print-ready mark of the view it leaves.
 */
export function navigateScript(route: string): string {
  return `document.documentElement.removeAttribute(${JSON.stringify(printReadyAttribute)}); window.location.hash = ${JSON.stringify(route)};`;
}

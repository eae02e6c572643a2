import { printIdleRoute } from '../../shared/contract';
import { exportFailure } from './exportFailure';
import { systemClock, type PrintClock } from './printClock';
import type { PdfPageSize } from './printOptions';
import { waitUntilPrintReady } from './printReadyWait';
import type { PrintWindow } from './printWindow';

/*
 * Turning a print view of the app into a PDF. The app's own page is shown at a print route in a
 * window nobody sees, the renderer draws it (charts included) and marks `<html>` print-ready, and
 * the page is printed. Between exports the window may wait, app loaded, at the idle print route
 * (kept warm), so an export only has to draw the packet. Everything here is plain logic over
 * injected capabilities (printWindow.ts): the main process passes hidden Electron windows (see
 * src-main/window/printWindow.ts), the end-to-end bridge and the benchmark Playwright pages, and
 * the unit tests fakes with a scripted clock.
 */

/** What to print: an app route (`#/print/...`) on a paper size. */
export interface PdfRenderRequest {
  route: string;
  pageSize: PdfPageSize;
}

/** Renders an app route to the bytes of a PDF; rejects with a message fit for the user. */
export type PdfRenderer = (request: PdfRenderRequest) => Promise<Uint8Array>;

/** How long a print view may take to load and draw before the export gives up. */
const defaultPrintReadyTimeoutMs = 30_000;

/**
 * The longest one wait inside the page lasts before the export checks its deadline again; the
 * page answers at once when it marks itself ready, so this bounds no export's speed.
 */
const printReadyWaitSliceMs = 1_000;

/** How long a print window is kept ready after it was prepared or last used. */
const printWindowKeepWarmMs = 5 * 60_000;

interface PdfRendererOptions {
  timeoutMs?: number;
  waitSliceMs?: number;
  keepWarmMs?: number;
  clock?: PrintClock;
}

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
        throw exportFailure("The packet's print view could not be opened", error);
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
        throw exportFailure('The packet could not be printed to PDF', error);
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

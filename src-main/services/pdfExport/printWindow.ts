import type { PdfPageSize } from './printOptions';

/**
 * One window (or page) that shows the app's print views; used for one export or kept for more.
 * The main process passes hidden Electron windows, the end-to-end bridge and the benchmark
 * Playwright pages, and the unit tests fakes.
 */
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

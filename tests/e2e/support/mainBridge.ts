import {
  createDesktopHandlers,
  type OpenDialogOptions,
  type SaveDialogOptions,
} from '../../../src-main/ipc/handlers';
import {
  desktopApiGlobalName,
  desktopChannels,
  type AppInfo,
  type DesktopChannel,
} from '../../../src-main/shared/contract';
import {
  createPdfRenderer,
  navigateScript,
  playwrightPdfOptions,
  printViewportSizes,
  waitForPrintReadyScript,
  type PdfExporter,
  type PdfRenderer,
  type PdfRenderRequest,
} from '../../../src-main/services/pdfExport';

/*
 * Lets the end-to-end tests drive the REAL main-process handlers from a plain Chromium page:
 * the page gets a `window.api` shaped exactly like the preload's, whose calls run the handlers
 * in the test process with the real file system. Only the native dialogs are scripted, and links
 * are recorded instead of opened. PDF exports run the real handler and the real print-ready
 * wait, with Chromium's `page.pdf()` standing in for Electron's `printToPDF` (same paper, margins,
 * header and footer). Nothing here imports `electron`.
 */

/** How the scripted dialogs answer; a function returning `undefined` means the user cancelled. */
export interface MainBridgeOptions {
  /** Path the save dialog "chooses" each time it opens. Cancels when absent. */
  saveDialogPath?: () => string | undefined;
  /** Path the open dialog "chooses" each time it opens. Cancels when absent. */
  openDialogPath?: () => string | undefined;
  /** What `getAppInfo` answers; `mainBridgeAppInfo` by default. */
  appInfo?: AppInfo;
  /**
   * Renders a print route to PDF bytes. By default a new page in the test page's browser context
   * (same origin, same IndexedDB) opens the route and is printed with `page.pdf()`.
   */
  renderPdf?: PdfRenderer;
}

/** What happened on the desktop side, for tests to assert on. */
export interface MainBridge {
  /** Every save dialog shown, with the options the handler gave it. */
  saveDialogs: SaveDialogOptions[];
  /** Every open dialog shown. */
  openDialogs: OpenDialogOptions[];
  /** Links that passed validation and would have opened in the system browser. */
  openedExternalLinks: string[];
  /** Every print route the PDF export rendered (or tried to). */
  renderedPdfs: PdfRenderRequest[];
  /**
   * Every route a print page was taken to: `load` opens the app there, `navigate` changes the
   * route of a page already showing it (a print window kept warm).
   */
  printPageRoutes: { how: 'load' | 'navigate'; route: string }[];
}

/** The fixed app information the bridge reports unless told otherwise. */
export const mainBridgeAppInfo: AppInfo = {
  name: 'Scope Journal',
  version: '0.0.0-e2e',
  platform: 'linux',
  versions: { electron: '', chrome: '', node: '' },
};

/** Name of the page binding that carries calls to the test process. */
const invokeBindingName = '__scopeJournalInvoke';

/** A handler's outcome, as it crosses back into the page. */
export type BridgeReply = { ok: true; value: unknown } | { ok: false; message: string };

/** What the page-side script needs to build `window.api`. */
export interface PageApiSettings {
  globalName: string;
  bindingName: string;
  channels: Record<string, string>;
}

/**
 * What the bridge uses of a Playwright `Page` (a real `Page` satisfies it). `url` and `context`
 * serve only the default PDF renderer, which opens a print page beside the test page.
 */
export interface BridgePage {
  exposeFunction(name: string, callback: (channel: unknown, payload: unknown) => Promise<BridgeReply>): Promise<unknown>;
  addInitScript(script: (settings: PageApiSettings) => void, settings: PageApiSettings): Promise<unknown>;
  url?(): string;
  context?(): { newPage(): Promise<PrintPage> };
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

/**
 * Installs the desktop contract into `page` (call before `page.goto`). Handler errors reach the
 * page as rejected promises whose message reads as Electron's does:
 * `Error invoking remote method '<channel>': Error: <message>`.
 */
export async function installMainBridge(page: BridgePage, options: MainBridgeOptions = {}): Promise<MainBridge> {
  const bridge: MainBridge = { saveDialogs: [], openDialogs: [], openedExternalLinks: [], renderedPdfs: [], printPageRoutes: [] };
  const exporter: Pick<PdfExporter, 'render' | 'prepare'> = options.renderPdf
    ? { render: options.renderPdf, prepare: () => Promise.resolve() }
    : createPlaywrightPdfExporter(page, (printPage) => attach(printPage), bridge.printPageRoutes);
  const handlers = createDesktopHandlers({
    appInfo: () => options.appInfo ?? mainBridgeAppInfo,
    showSaveDialog: (dialogOptions) => {
      bridge.saveDialogs.push(dialogOptions);
      const filePath = options.saveDialogPath?.();
      return Promise.resolve(filePath === undefined ? { canceled: true } : { canceled: false, filePath });
    },
    showOpenDialog: (dialogOptions) => {
      bridge.openDialogs.push(dialogOptions);
      const filePath = options.openDialogPath?.();
      return Promise.resolve(
        filePath === undefined ? { canceled: true, filePaths: [] } : { canceled: false, filePaths: [filePath] },
      );
    },
    openExternal: (url) => {
      bridge.openedExternalLinks.push(url);
      return Promise.resolve();
    },
    renderPdf: (request) => {
      bridge.renderedPdfs.push(request);
      return exporter.render(request);
    },
    preparePdf: () => exporter.prepare(),
  });

  /** Gives `target` the `window.api` of this bridge (the test page, and any print page). */
  async function attach(target: BridgePage): Promise<void> {
    await target.exposeFunction(invokeBindingName, async (channel: unknown, payload: unknown): Promise<BridgeReply> => {
      if (typeof channel !== 'string' || !isDesktopChannel(channel)) {
        return { ok: false, message: `No handler registered for '${String(channel)}'` };
      }
      const handler: (payload: unknown) => Promise<unknown> = handlers[channel];
      try {
        return { ok: true, value: await handler(payload) };
      } catch (error) {
        return { ok: false, message: `Error invoking remote method '${channel}': ${String(error)}` };
      }
    });
    const settings: PageApiSettings = {
      globalName: desktopApiGlobalName,
      bindingName: invokeBindingName,
      channels: desktopChannels,
    };
    await target.addInitScript(installPageApi, settings);
  }

  await attach(page);
  return bridge;
}

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
  routes: MainBridge['printPageRoutes'] = [],
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

function isDesktopChannel(value: string): value is DesktopChannel {
  return Object.values<string>(desktopChannels).includes(value);
}

/**
 * Runs inside the page, before the page's own scripts: defines `window.api` with one function per
 * contract method, as the preload's `createDesktopApi` does. Serialized by Playwright, so it may
 * use nothing from this module's scope.
 */
function installPageApi({ globalName, bindingName, channels }: PageApiSettings): void {
  type Invoke = (channel: string, payload: unknown) => Promise<BridgeReply>;
  const isInvoke = (value: unknown): value is Invoke => typeof value === 'function';

  const api: Record<string, (payload?: unknown) => Promise<unknown>> = {};
  for (const [method, channel] of Object.entries(channels)) {
    api[method] = async (payload?: unknown) => {
      const invoke: unknown = Reflect.get(window, bindingName);
      if (!isInvoke(invoke)) {
        throw new Error('The main-process bridge is not installed in this page.');
      }
      const reply = await invoke(channel, payload);
      if (!reply.ok) {
        throw new Error(reply.message);
      }
      return reply.value;
    };
  }
  Object.defineProperty(window, globalName, { value: Object.freeze(api), enumerable: true });
}

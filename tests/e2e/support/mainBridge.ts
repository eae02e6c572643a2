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

/*
 * Lets the end-to-end tests drive the REAL main-process handlers from a plain Chromium page:
 * the page gets a `window.api` shaped exactly like the preload's, whose calls run the handlers
 * in the test process with the real file system. Only the native dialogs are scripted, and links
 * are recorded instead of opened. Nothing here imports `electron`.
 */

/** How the scripted dialogs answer; a function returning `undefined` means the user cancelled. */
export interface MainBridgeOptions {
  /** Path the save dialog "chooses" each time it opens. Cancels when absent. */
  saveDialogPath?: () => string | undefined;
  /** Path the open dialog "chooses" each time it opens. Cancels when absent. */
  openDialogPath?: () => string | undefined;
  /** What `getAppInfo` answers; `mainBridgeAppInfo` by default. */
  appInfo?: AppInfo;
}

/** What happened on the desktop side, for tests to assert on. */
export interface MainBridge {
  /** Every save dialog shown, with the options the handler gave it. */
  saveDialogs: SaveDialogOptions[];
  /** Every open dialog shown. */
  openDialogs: OpenDialogOptions[];
  /** Links that passed validation and would have opened in the system browser. */
  openedExternalLinks: string[];
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

/** The two things the bridge does to a Playwright `Page` (a real `Page` satisfies it). */
export interface BridgePage {
  exposeFunction(name: string, callback: (channel: unknown, payload: unknown) => Promise<BridgeReply>): Promise<unknown>;
  addInitScript(script: (settings: PageApiSettings) => void, settings: PageApiSettings): Promise<unknown>;
}

/**
 * Installs the desktop contract into `page` (call before `page.goto`). Handler errors reach the
 * page as rejected promises whose message reads as Electron's does:
 * `Error invoking remote method '<channel>': Error: <message>`.
 */
export async function installMainBridge(page: BridgePage, options: MainBridgeOptions = {}): Promise<MainBridge> {
  const bridge: MainBridge = { saveDialogs: [], openDialogs: [], openedExternalLinks: [] };
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
  });

  await page.exposeFunction(invokeBindingName, async (channel: unknown, payload: unknown): Promise<BridgeReply> => {
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
  await page.addInitScript(installPageApi, settings);
  return bridge;
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

import { EventEmitter } from 'node:events';

/*
 * A stand-in for the `electron` module, just large enough to run the built main and preload
 * bundles in plain Node (Electron's runtime cannot be launched on these machines). It records
 * what the bundles do — windows created, handlers registered, guards installed — for the wiring
 * tests to inspect and drive.
 */

/** An Electron-style event whose default action can be prevented. */
interface FakeEvent {
  url: string;
  defaultPrevented: boolean;
  preventDefault(): void;
}

/** Creates an event as Electron passes to `will-navigate` and friends. */
export function createFakeEvent(url = ''): FakeEvent {
  return {
    url,
    defaultPrevented: false,
    preventDefault() {
      this.defaultPrevented = true;
    },
  };
}

type WindowOpenHandler = (details: { url: string }) => { action: string };
type PermissionRequestHandler = (webContents: unknown, permission: string, callback: (isGranted: boolean) => void) => void;
type HeadersListener = (
  details: { responseHeaders?: Record<string, string[]> },
  callback: (response: { responseHeaders?: Record<string, string | string[]> }) => void,
) => void;
type InvokeListener = (event: unknown, ...args: unknown[]) => unknown;
/** A `protocol.handle` handler; the tests pass a `Request` or, to send a raw URL, its two fields. */
type ProtocolHandler = (request: { url: string; method: string }) => Response | Promise<Response>;
/** One scheme given to `protocol.registerSchemesAsPrivileged`. */
interface FakeCustomScheme {
  scheme: string;
  privileges?: Record<string, boolean>;
}

/** What the main process passes to `new BrowserWindow()`, as far as the tests look. */
interface FakeWindowOptions {
  x?: number;
  y?: number;
  width?: number;
  height?: number;
  show?: boolean;
  webPreferences?: { preload?: string; [name: string]: unknown };
  [name: string]: unknown;
}

/** Options for one fake Electron run. */
export interface FakeElectronOptions {
  userDataPath: string;
  hasSingleInstanceLock?: boolean;
  isPackaged?: boolean;
}

/** Builds a fresh fake `electron` module for the main process, with its recorders. */
export function createFakeMainElectron(options: FakeElectronOptions) {
  const app = new FakeApp(options);
  const defaultSession = new FakeSession();

  class FakeWebContents extends EventEmitter {
    readonly session = defaultSession;
    windowOpenHandler: WindowOpenHandler | undefined;
    /** Scripts the main process ran in the page. */
    readonly executedScripts: string[] = [];
    /** Options of every `printToPDF` call. */
    readonly printedWith: unknown[] = [];
    /** Every message the main process sent to the page (`webContents.send`). */
    readonly sent: { channel: string; args: unknown[] }[] = [];
    /** The page's zoom level (`setZoomLevel`); every level set is recorded too. */
    zoomLevel = 0;
    readonly zoomLevels: number[] = [];

    setZoomLevel(level: number): void {
      this.zoomLevel = level;
      this.zoomLevels.push(level);
    }

    getZoomLevel(): number {
      return this.zoomLevel;
    }

    send(channel: string, ...args: unknown[]): void {
      this.sent.push({ channel, args });
    }

    setWindowOpenHandler(handler: WindowOpenHandler): void {
      this.windowOpenHandler = handler;
    }

    /** Answers like a page whose `<html>` says `printState.ready` for `data-print-ready`. */
    executeJavaScript(code: string): Promise<unknown> {
      this.executedScripts.push(code);
      return Promise.resolve(code.includes('data-print-ready') ? printState.ready : undefined);
    }

    printToPDF(options: unknown): Promise<Buffer> {
      this.printedWith.push(options);
      return Promise.resolve(Buffer.from(printState.pdf));
    }
  }

  class FakeBrowserWindow extends EventEmitter {
    static readonly instances: FakeBrowserWindow[] = [];
    readonly webContents = new FakeWebContents();
    readonly loadedFiles: string[] = [];
    /** The options (e.g. `hash`) of each `loadFile`, in order. */
    readonly loadFileOptions: unknown[] = [];
    readonly loadedUrls: string[] = [];
    isDestroyedNow = false;
    isShown = false;
    isFocused = false;
    /** The window's normal bounds; a test may move it, as a user would. */
    bounds: { x: number; y: number; width: number; height: number };
    private isMaximizedNow = false;
    private isClosed = false;

    constructor(readonly options: FakeWindowOptions) {
      super();
      const { x = 50, y = 40, width = 800, height = 600 } = options;
      this.bounds = { x, y, width, height };
      FakeBrowserWindow.instances.push(this);
      app.emit('web-contents-created', createFakeEvent(), this.webContents);
    }

    static getAllWindows(): FakeBrowserWindow[] {
      return FakeBrowserWindow.instances.filter((window) => !window.isClosed);
    }

    static getFocusedWindow(): FakeBrowserWindow | null {
      return FakeBrowserWindow.getAllWindows().find((window) => window.isFocused) ?? null;
    }

    loadFile(filePath: string, options?: unknown): Promise<void> {
      this.loadedFiles.push(filePath);
      this.loadFileOptions.push(options);
      return Promise.resolve();
    }

    loadURL(url: string): Promise<void> {
      this.loadedUrls.push(url);
      return Promise.resolve();
    }

    show(): void {
      this.isShown = true;
    }

    focus(): void {
      this.isFocused = true;
    }

    restore(): void {}

    isMinimized(): boolean {
      return false;
    }

    maximize(): void {
      this.isMaximizedNow = true;
    }

    isMaximized(): boolean {
      return this.isMaximizedNow;
    }

    isDestroyed(): boolean {
      return this.isClosed;
    }

    /** Closes at once, without `close` events, as Electron's `destroy()` does. */
    destroy(): void {
      this.isDestroyedNow = true;
      this.isClosed = true;
      this.emit('closed');
      if (FakeBrowserWindow.getAllWindows().length === 0) {
        app.emit('window-all-closed');
      }
    }

    getNormalBounds(): { x: number; y: number; width: number; height: number } {
      return { ...this.bounds };
    }

    /**
     * Closes the window as a user would: `close`, then `closed`, then maybe `window-all-closed`;
     * a `close` listener may prevent it, and the window stays open.
     */
    close(): void {
      const event = createFakeEvent();
      this.emit('close', event);
      if (event.defaultPrevented) {
        return;
      }
      this.isClosed = true;
      this.emit('closed');
      if (FakeBrowserWindow.getAllWindows().length === 0) {
        app.emit('window-all-closed');
      }
    }
  }

  const ipcMain = {
    handlers: new Map<string, InvokeListener>(),
    handle(channel: string, listener: InvokeListener): void {
      if (this.handlers.has(channel)) {
        throw new Error(`Attempted to register a second handler for '${channel}'`);
      }
      this.handlers.set(channel, listener);
    },
  };

  /** What a print window's page reports; a test may change it. */
  const printState = { ready: 'true' as string | null, pdf: '%PDF-1.7 fake packet' };

  const dialog = {
    errors: [] as string[],
    /** Where the save dialog "chooses" to save; cancels while undefined. */
    savePath: undefined as string | undefined,
    showSaveDialog(...args: unknown[]): Promise<{ canceled: boolean; filePath: string }> {
      void args;
      return Promise.resolve(this.savePath === undefined ? { canceled: true, filePath: '' } : { canceled: false, filePath: this.savePath });
    },
    /** Where the folder chooser "chooses"; cancels while undefined. */
    folderPath: undefined as string | undefined,
    /** The options of every open dialog (files and folders), in order. */
    openDialogs: [] as unknown[],
    /** Answers a folder chooser with `folderPath`; cancels every file dialog. */
    showOpenDialog(...args: unknown[]): Promise<{ canceled: boolean; filePaths: string[] }> {
      const options = args.at(-1);
      this.openDialogs.push(options);
      const properties: unknown = typeof options === 'object' && options !== null && 'properties' in options ? options.properties : [];
      const isFolderChooser = Array.isArray(properties) && properties.includes('openDirectory');
      return Promise.resolve(
        isFolderChooser && this.folderPath !== undefined
          ? { canceled: false, filePaths: [this.folderPath] }
          : { canceled: true, filePaths: [] },
      );
    },
    showErrorBox(title: string, content: string): void {
      this.errors.push(`${title}: ${content}`);
    },
  };

  const shell = {
    openedUrls: [] as string[],
    openExternal(url: string): Promise<void> {
      this.openedUrls.push(url);
      return Promise.resolve();
    },
  };

  /**
   * Electron's key store: "seals" by reversing the bytes behind a prefix, so a test can see that
   * the passphrase went through it. A test may make it unavailable.
   */
  const safeStorage = {
    isAvailable: true,
    backend: 'gnome_libsecret',
    isEncryptionAvailable(): boolean {
      return this.isAvailable;
    },
    getSelectedStorageBackend(): string {
      return this.backend;
    },
    encryptString(plainText: string): Buffer {
      return Buffer.concat([Buffer.from('sealed:'), Buffer.from(plainText, 'utf8').reverse()]);
    },
    decryptString(encrypted: Buffer): string {
      if (!encrypted.subarray(0, 7).equals(Buffer.from('sealed:'))) {
        throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
      }
      return Buffer.from(encrypted.subarray(7)).reverse().toString('utf8');
    },
  };

  /** Electron's `nativeTheme`: dark when told so, or when following a system `isSystemDark`. */
  class FakeNativeTheme extends EventEmitter {
    isSystemDark = false;
    /** Every `themeSource` the main process set, in order. */
    readonly themeSources: string[] = [];
    private source = 'system';

    get themeSource(): string {
      return this.source;
    }

    set themeSource(source: string) {
      const wasDark = this.shouldUseDarkColors;
      this.source = source;
      this.themeSources.push(source);
      if (this.shouldUseDarkColors !== wasDark) {
        this.emit('updated');
      }
    }

    get shouldUseDarkColors(): boolean {
      return this.source === 'dark' || (this.source === 'system' && this.isSystemDark);
    }
  }
  const nativeTheme = new FakeNativeTheme();

  /** A menu item as the main process describes it (see `MenuItemTemplate`). */
  interface FakeMenuItem {
    label?: string;
    role?: string;
    type?: string;
    accelerator?: string;
    checked?: boolean;
    click?: () => void;
    submenu?: FakeMenuItem[];
  }

  /** Electron's `Menu`: keeps the template it was built from; records the application menu. */
  const Menu = {
    /** Every application menu set, in order: the template of each. */
    applicationMenus: [] as FakeMenuItem[][],
    buildFromTemplate(template: FakeMenuItem[]): { template: FakeMenuItem[] } {
      return { template };
    },
    setApplicationMenu(menu: { template: FakeMenuItem[] } | null): void {
      Menu.applicationMenus.push(menu?.template ?? []);
    },
  };

  /** Electron's `Notification`: records every notification; a test may click one. */
  class FakeNotification extends EventEmitter {
    static isSupportedNow = true;
    static readonly instances: FakeNotification[] = [];
    isShown = false;

    constructor(readonly options: { title: string; body: string }) {
      super();
      FakeNotification.instances.push(this);
    }

    static isSupported(): boolean {
      return FakeNotification.isSupportedNow;
    }

    show(): void {
      this.isShown = true;
    }
  }

  /**
   * Electron's `protocol` (the default session's): like Electron, it refuses privileged schemes
   * once the app is ready and handlers before it is, and a second handler for a scheme.
   */
  const protocol = {
    /** Every scheme registered as privileged, in order. */
    privilegedSchemes: [] as FakeCustomScheme[],
    handlers: new Map<string, ProtocolHandler>(),
    registerSchemesAsPrivileged(schemes: FakeCustomScheme[]): void {
      if (app.isReady()) {
        throw new Error('protocol.registerSchemesAsPrivileged should be called before app is ready');
      }
      protocol.privilegedSchemes.push(...schemes);
    },
    handle(scheme: string, handler: ProtocolHandler): void {
      if (!app.isReady()) {
        throw new Error('protocol.handle can only be used after the app is ready');
      }
      if (protocol.handlers.has(scheme)) {
        throw new Error(`The scheme "${scheme}" is already handled`);
      }
      protocol.handlers.set(scheme, handler);
    },
  };

  const primaryDisplay = { id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1040 } };
  const screen = {
    getPrimaryDisplay: () => primaryDisplay,
    getAllDisplays: () => [primaryDisplay],
  };

  return {
    app,
    BrowserWindow: FakeBrowserWindow,
    ipcMain,
    dialog,
    shell,
    screen,
    safeStorage,
    session: { defaultSession },
    protocol,
    printState,
    nativeTheme,
    Menu,
    Notification: FakeNotification,
  };
}

/** The fake main-process `electron` module. */
export type FakeMainElectron = ReturnType<typeof createFakeMainElectron>;

class FakeApp extends EventEmitter {
  readonly isPackaged: boolean;
  quitCount = 0;
  isSandboxEnabled = false;
  private isReadyNow = false;

  constructor(private readonly options: FakeElectronOptions) {
    super();
    this.isPackaged = options.isPackaged ?? false;
  }

  requestSingleInstanceLock(): boolean {
    return this.options.hasSingleInstanceLock ?? true;
  }

  enableSandbox(): void {
    this.isSandboxEnabled = true;
  }

  /** Windows only: the id the app's notifications appear under. */
  appUserModelId: string | undefined;

  setAppUserModelId(id: string): void {
    this.appUserModelId = id;
  }

  whenReady(): Promise<void> {
    return Promise.resolve().then(() => {
      this.isReadyNow = true;
    });
  }

  isReady(): boolean {
    return this.isReadyNow;
  }

  getPath(name: string): string {
    if (name !== 'userData') {
      throw new Error(`The fake app knows only the userData path, not ${name}`);
    }
    return this.options.userDataPath;
  }

  getName(): string {
    return 'Scope Journal';
  }

  getVersion(): string {
    return '0.1.0-test';
  }

  quit(): void {
    this.quitCount += 1;
  }
}

class FakeSession {
  permissionRequestHandler: PermissionRequestHandler | undefined;
  permissionCheckHandler: (() => boolean) | undefined;
  headersListener: HeadersListener | undefined;

  readonly webRequest = {
    onHeadersReceived: (listener: HeadersListener): void => {
      this.headersListener = listener;
    },
  };

  setPermissionRequestHandler(handler: PermissionRequestHandler): void {
    this.permissionRequestHandler = handler;
  }

  setPermissionCheckHandler(handler: () => boolean): void {
    this.permissionCheckHandler = handler;
  }
}

/** Builds a fresh fake `electron` module for the preload, recording what it exposes and sends. */
export function createFakePreloadElectron() {
  const exposed = new Map<string, unknown>();
  const invocations: { channel: string; args: unknown[] }[] = [];
  /** Stands in for the main process's `webContents.send` to this page: `emit(channel, event, ...args)`. */
  const events = new EventEmitter();
  return {
    exposed,
    invocations,
    events,
    contextBridge: {
      exposeInMainWorld(name: string, value: unknown): void {
        exposed.set(name, value);
      },
    },
    ipcRenderer: {
      invoke: (channel: string, ...args: unknown[]): Promise<unknown> => {
        invocations.push({ channel, args });
        return Promise.resolve(`reply from ${channel}`);
      },
      on: (channel: string, listener: (...args: unknown[]) => void): void => {
        events.on(channel, listener);
      },
      removeListener: (channel: string, listener: (...args: unknown[]) => void): void => {
        events.removeListener(channel, listener);
      },
    },
  };
}

import { EventEmitter } from 'node:events';
import type { FakeApp, FakeSession } from './fakeElectronApp';
import { createFakeEvent } from './fakeEvent';

/*
 * The fake `BrowserWindow` of the fake main-process `electron` (fakeElectron.ts), with its
 * `webContents`: what the main process loads, shows, sends, runs and prints is recorded.
 */

type WindowOpenHandler = (details: { url: string }) => { action: string };

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

/** What a print window's page reports; a test may change it. */
export function createFakePrintState() {
  return { ready: 'true' as string | null, pdf: '%PDF-1.7 fake packet' };
}

/** Builds a fresh `BrowserWindow` class, whose windows belong to `app` and `defaultSession`. */
export function createFakeBrowserWindowClass(
  app: FakeApp,
  defaultSession: FakeSession,
  printState: ReturnType<typeof createFakePrintState>,
) {
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
    /** Whether the main process took the window's menu bar away (`removeMenu`). */
    isMenuRemoved = false;
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

    removeMenu(): void {
      this.isMenuRemoved = true;
    }

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

  return FakeBrowserWindow;
}

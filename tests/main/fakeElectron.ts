import { FakeApp, FakeSession, type FakeElectronOptions } from './fakeElectronApp';
import { createFakeDesktop } from './fakeElectronDesktop';
import { createFakeShortcutsAndTray } from './fakeElectronTray';
import { createFakeBrowserWindowClass, createFakePrintState } from './fakeElectronWindows';

/*
 * A stand-in for the `electron` module, just large enough to run the built main bundle in plain
 * Node (Electron's runtime cannot be launched on these machines; fakePreloadElectron.ts does the
 * same for the preload). It records what the bundle does — windows created, handlers registered,
 * guards installed — for the wiring tests to inspect and drive. Its pieces are in
 * fakeElectronApp.ts, fakeElectronWindows.ts, fakeElectronDesktop.ts and fakeElectronTray.ts; IPC
 * and the protocol are here.
 */

type InvokeListener = (event: unknown, ...args: unknown[]) => unknown;
/** A `protocol.handle` handler; the tests pass a `Request` or, to send a raw URL, its two fields. */
type ProtocolHandler = (request: { url: string; method: string }) => Response | Promise<Response>;
/** One scheme given to `protocol.registerSchemesAsPrivileged`. */
interface FakeCustomScheme {
  scheme: string;
  privileges?: Record<string, boolean>;
}

/** Builds a fresh fake `electron` module for the main process, with its recorders. */
export function createFakeMainElectron(options: FakeElectronOptions) {
  const app = new FakeApp(options);
  const defaultSession = new FakeSession();
  const printState = createFakePrintState();
  const FakeBrowserWindow = createFakeBrowserWindowClass(app, defaultSession, printState);
  const { dialog, shell, safeStorage, nativeTheme, Menu, Notification, screen, powerMonitor } = createFakeDesktop();
  const { globalShortcut, nativeImage, Tray } = createFakeShortcutsAndTray();

  const ipcMain = {
    handlers: new Map<string, InvokeListener>(),
    handle(channel: string, listener: InvokeListener): void {
      if (this.handlers.has(channel)) {
        throw new Error(`Attempted to register a second handler for '${channel}'`);
      }
      this.handlers.set(channel, listener);
    },
  };

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
    Notification,
    globalShortcut,
    nativeImage,
    Tray,
    powerMonitor,
  };
}

/** The fake main-process `electron` module. */
export type FakeMainElectron = ReturnType<typeof createFakeMainElectron>;

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, expect, vi } from 'vitest';
import { createFakeMainElectron, type FakeMainElectron } from './fakeElectron';
import type { FakeElectronOptions } from './fakeElectronApp';
import { loadWithFakeElectron } from './loadWithFakeElectron';

/*
 * Starting the BUILT main bundle with the fake `electron`, for every test file that does.
 */

const outFolder = resolve(import.meta.dirname, '../../out');

/** Where `npx electron-vite build` writes what Electron loads, and the URL the page is served at. */
export const builtPaths = {
  mainBundle: join(outFolder, 'main/index.js'),
  preloadBundle: join(outFolder, 'preload/index.js'),
  rendererPage: join(outFolder, 'renderer/index.html'),
  // Written out rather than imported from src-main: a changed origin (and with it a new, empty
  // IndexedDB for every user) must fail a test.
  appPageUrl: 'app://scope-journal/index.html',
};

/**
 * For each test of the file: a fresh temporary user-data folder (removed afterwards), and no dev
 * server URL in the environment, so the bundle loads the built page as a packaged app does.
 */
export function useBuiltMainSandbox(prefix: string): { readonly userDataPath: string } {
  let userDataPath = '';
  const savedRendererUrl = process.env.ELECTRON_RENDERER_URL;
  beforeEach(() => {
    userDataPath = mkdtempSync(join(tmpdir(), prefix));
    delete process.env.ELECTRON_RENDERER_URL;
  });
  afterEach(() => {
    rmSync(userDataPath, { recursive: true, force: true });
    if (savedRendererUrl === undefined) {
      delete process.env.ELECTRON_RENDERER_URL;
    } else {
      process.env.ELECTRON_RENDERER_URL = savedRendererUrl;
    }
  });
  return {
    get userDataPath() {
      return userDataPath;
    },
  };
}

/**
 * For the tests of one file: the sandbox of `useBuiltMainSandbox`, and `startMain`, which starts
 * the built main bundle in it (options override the defaults).
 */
export function useBuiltMain(prefix: string) {
  const sandbox = useBuiltMainSandbox(prefix);
  /** Loads the built main bundle with a fresh fake and waits until its window has loaded a page. */
  const startMain = (options: Partial<FakeElectronOptions> = {}): Promise<FakeMainElectron> =>
    startBuiltMain({ userDataPath: sandbox.userDataPath, ...options });
  return { sandbox, startMain };
}

/** The main window, checking that it is the only window the app made. */
export function onlyWindow(electron: FakeMainElectron) {
  expect(electron.BrowserWindow.instances).toHaveLength(1);
  const [window] = electron.BrowserWindow.instances;
  if (window === undefined) {
    throw new Error('no window was created');
  }
  return window;
}

/**
 * Loads the built main bundle with a fresh fake and waits until its first window has loaded a
 * page (not when the single-instance lock is refused: then no window opens).
 */
export async function startBuiltMain(options: FakeElectronOptions): Promise<FakeMainElectron> {
  const electron = createFakeMainElectron(options);
  loadWithFakeElectron(builtPaths.mainBundle, electron);
  if (options.hasSingleInstanceLock === false) return electron;
  await vi.waitFor(() => {
    const window = electron.BrowserWindow.instances[0];
    expect((window?.loadedFiles.length ?? 0) + (window?.loadedUrls.length ?? 0)).toBeGreaterThan(0);
  });
  return electron;
}

/**
 * Asks the main process's `app://` handler for `url`, as Chromium would. A string is sent as
 * it is (a `Request` would normalise `..` away); pass a `Request` to send what Chromium sends.
 */
export function requestApp(electron: FakeMainElectron, url: string | Request): Promise<Response> {
  const handler = electron.protocol.handlers.get('app');
  if (handler === undefined) {
    throw new Error('no app:// handler is installed');
  }
  return Promise.resolve(handler(typeof url === 'string' ? { url, method: 'GET' } : url));
}

/** Calls the main process's handler for `channel` as the top-level frame at `senderUrl` would. */
export function invokeAs(electron: FakeMainElectron, channel: string, senderUrl: string, ...args: unknown[]): Promise<unknown> {
  const listener = electron.ipcMain.handlers.get(channel);
  if (listener === undefined) {
    throw new Error(`no handler for ${channel}`);
  }
  return Promise.resolve(listener({ senderFrame: { url: senderUrl, parent: null } }, ...args));
}

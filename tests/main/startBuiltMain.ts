import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, vi } from 'vitest';
import { createFakeMainElectron, type FakeElectronOptions, type FakeMainElectron } from './fakeElectron';
import { loadWithFakeElectron } from './loadWithFakeElectron';

/*
 * Starting the BUILT main bundle with the fake `electron`, for test files other than
 * builtMainWiring.test.ts (whose helpers live inside the test file and cannot be imported from it).
 */

const outFolder = resolve(import.meta.dirname, '../../out');

/** Where `npx electron-vite build` writes what Electron loads. */
export const builtPaths = {
  mainBundle: join(outFolder, 'main/index.js'),
  preloadBundle: join(outFolder, 'preload/index.js'),
  rendererPage: join(outFolder, 'renderer/index.html'),
  appPageUrl: pathToFileURL(join(outFolder, 'renderer/index.html')).href,
};

/** Loads the built main bundle with a fresh fake and waits until its first window has loaded a page. */
export async function startBuiltMain(options: FakeElectronOptions): Promise<FakeMainElectron> {
  const electron = createFakeMainElectron(options);
  loadWithFakeElectron(builtPaths.mainBundle, electron);
  await vi.waitFor(() => {
    const window = electron.BrowserWindow.instances[0];
    expect((window?.loadedFiles.length ?? 0) + (window?.loadedUrls.length ?? 0)).toBeGreaterThan(0);
  });
  return electron;
}

/** Calls the main process's handler for `channel` as the top-level frame at `senderUrl` would. */
export function invokeAs(electron: FakeMainElectron, channel: string, senderUrl: string, ...args: unknown[]): Promise<unknown> {
  const listener = electron.ipcMain.handlers.get(channel);
  if (listener === undefined) {
    throw new Error(`no handler for ${channel}`);
  }
  return Promise.resolve(listener({ senderFrame: { url: senderUrl, parent: null } }, ...args));
}

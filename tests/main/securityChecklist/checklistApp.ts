import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect } from 'vitest';
import { desktopChannels } from '../../../src-main/shared/contract';
import type { FakeMainElectron } from '../fakeElectron';
import { builtPaths, invokeAs, startBuiltMain, useBuiltMainSandbox } from '../startBuiltMain';

/*
 * What the checklist's items share: the BUILT app started with the fake `electron`, with every
 * kind of window it makes, and the files it is checked against.
 */

/** The repository's root folder. */
export const root = resolve(import.meta.dirname, '../../..');
/** The built page opened from disk: the same file, but not the app's page. */
export const builtPageFileUrl = pathToFileURL(builtPaths.rendererPage).href;

/**
 * For the items of one file: a sandbox for each test (`useBuiltMainSandbox`), and the app started
 * in it with every kind of window it makes.
 */
export function useChecklistApp() {
  const { appPageUrl } = builtPaths;
  const sandbox = useBuiltMainSandbox('scope-journal-checklist-');

  /**
   * The packaged app, with its hidden print window prepared and its quick-capture window opened by
   * the global shortcut too: every kind of window it makes.
   */
  async function startWithEveryWindow(): Promise<FakeMainElectron> {
    const electron = await startBuiltMain({ userDataPath: sandbox.userDataPath, isPackaged: true });
    await invokeAs(electron, desktopChannels.preparePdfExport, appPageUrl);
    await invokeAs(electron, desktopChannels.setQuickCaptureShortcut, appPageUrl, { accelerator: 'CmdOrCtrl+Alt+J' });
    expect(electron.globalShortcut.press('CmdOrCtrl+Alt+J')).toBe(true);
    expect(electron.BrowserWindow.instances).toHaveLength(3);
    return electron;
  }

  /** The `webPreferences` of every window the app made. */
  async function everyWindowsPreferences(): Promise<Record<string, unknown>[]> {
    const electron = await startWithEveryWindow();
    return electron.BrowserWindow.instances.map((window) => window.options.webPreferences ?? {});
  }

  return { sandbox, startWithEveryWindow, everyWindowsPreferences };
}

/** The main window's web contents. */
export function mainContents(electron: FakeMainElectron) {
  const [window] = electron.BrowserWindow.instances;
  if (window === undefined) {
    throw new Error('no window was created');
  }
  return window.webContents;
}

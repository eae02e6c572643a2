import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { desktopChannels, desktopEventChannels } from '../../src-main/shared/contract';
import { createFakeMainElectron, type FakeMainElectron } from './fakeElectron';
import { createFakeEvent } from './fakeEvent';
import { loadWithFakeElectron } from './loadWithFakeElectron';
import { builtPaths, invokeAs as invoke, onlyWindow, useBuiltMain } from './startBuiltMain';

/*
 * Quick capture in the BUILT main bundle, run against the fake `electron`: the tray icon and its
 * menu, the global shortcut (set, refused, replaced, cleared, restored at start, given back at
 * quit) and the capture window it opens or brings forward.
 */

const { appPageUrl } = builtPaths;
const capturePageUrl = `${appPageUrl}#/capture`;
const { sandbox, startMain } = useBuiltMain('scope-journal-capture-');

/** The one tray the app made. */
function onlyTray(electron: FakeMainElectron) {
  expect(electron.Tray.instances).toHaveLength(1);
  const [tray] = electron.Tray.instances;
  if (tray === undefined) throw new Error('no tray was made');
  return tray;
}

/** Sets the quick-capture shortcut as the Settings screen does. */
function setShortcut(electron: FakeMainElectron, accelerator: string | null): Promise<unknown> {
  return invoke(electron, desktopChannels.setQuickCaptureShortcut, `${appPageUrl}#/settings`, { accelerator });
}

/** The windows showing the capture route. */
function captureWindows(electron: FakeMainElectron) {
  return electron.BrowserWindow.instances.filter((window) => window.loadedUrls.includes(capturePageUrl));
}

describe('the tray icon', () => {
  it('is made at start with the app’s icon, a tooltip and its menu', async () => {
    const electron = await startMain();
    const tray = onlyTray(electron);
    expect(tray.toolTip).toBe('Scope Journal');
    expect(tray.menu.map((item) => item.label ?? item.type)).toEqual([
      'New entry',
      'Open Scope Journal',
      'separator',
      'Quit Scope Journal',
    ]);
    // The image is read from beside the built bundle, where electron-builder packages it.
    const expectedName = process.platform === 'darwin' ? 'trayTemplate.png' : 'tray.png';
    expect(resolve(tray.image.path)).toBe(resolve(builtPaths.mainBundle, '../../../resources/tray', expectedName));
    expect(existsSync(tray.image.path), tray.image.path).toBe(true);
    expect(tray.image.isTemplateImage).toBe(process.platform === 'darwin');
  });

  it('starts a new entry in the main window, brings it forward, and quits', async () => {
    const electron = await startMain();
    const tray = onlyTray(electron);
    const window = onlyWindow(electron);
    tray.clickMenuItem('New entry');
    await vi.waitFor(() =>
      expect(window.webContents.sent).toContainEqual({ channel: desktopEventChannels.command, args: [{ type: 'new-entry' }] }),
    );
    expect(window.isFocused).toBe(true);
    window.isFocused = false;
    tray.clickMenuItem('Open Scope Journal');
    await vi.waitFor(() => expect(window.isFocused).toBe(true));
    tray.clickMenuItem('Quit Scope Journal');
    expect(electron.app.quitCount).toBe(1);
  });

  it('is removed, and the shortcut given back, when the app quits', async () => {
    const electron = await startMain();
    await setShortcut(electron, 'CmdOrCtrl+Alt+J');
    electron.app.emit('will-quit', createFakeEvent());
    expect(onlyTray(electron).isDestroyed).toBe(true);
    expect([...electron.globalShortcut.registered.keys()]).toEqual([]);
  });
});

describe('the quick-capture shortcut', () => {
  it('is off until set; once set it is saved, and pressing it opens the capture window', async () => {
    const electron = await startMain();
    expect(electron.globalShortcut.attempts).toEqual([]);
    await expect(invoke(electron, desktopChannels.getQuickCaptureSettings, appPageUrl)).resolves.toEqual({
      accelerator: null,
      status: 'off',
    });
    await expect(setShortcut(electron, 'ctrl + alt + j')).resolves.toEqual({
      status: 'registered',
      settings: { accelerator: 'Ctrl+Alt+J', status: 'active' },
    });
    expect(JSON.parse(readFileSync(join(sandbox.userDataPath, 'quick-capture.json'), 'utf8'))).toEqual({
      version: 1,
      accelerator: 'Ctrl+Alt+J',
    });
    expect(electron.globalShortcut.press('Ctrl+Alt+J')).toBe(true);
    const [capture] = captureWindows(electron);
    expect(electron.BrowserWindow.instances).toHaveLength(2);
    expect(capture?.loadedUrls).toEqual([capturePageUrl]);
  });

  it('opens a small, always-on-top window with the main window’s security and preload, shown once painted', async () => {
    const electron = await startMain();
    const mainPreferences = onlyWindow(electron).options.webPreferences;
    await setShortcut(electron, 'CmdOrCtrl+Alt+J');
    electron.globalShortcut.press('CmdOrCtrl+Alt+J');
    const [capture] = captureWindows(electron);
    if (capture === undefined) throw new Error('no capture window');
    expect(capture.options).toMatchObject({ alwaysOnTop: true, show: false, width: 560, height: 480, skipTaskbar: true });
    expect(capture.options.webPreferences).toEqual(mainPreferences);
    expect(capture.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false });
    expect(capture.isMenuRemoved).toBe(true);
    expect(capture.isShown).toBe(false);
    capture.emit('ready-to-show');
    expect(capture.isShown).toBe(true);
    expect(capture.isFocused).toBe(true);
  });

  it('brings the open capture window forward instead of opening a second one; after it closes, opens a new one', async () => {
    const electron = await startMain();
    await setShortcut(electron, 'CmdOrCtrl+Alt+J');
    electron.globalShortcut.press('CmdOrCtrl+Alt+J');
    const [first] = captureWindows(electron);
    if (first === undefined) throw new Error('no capture window');
    first.isFocused = false;
    electron.globalShortcut.press('CmdOrCtrl+Alt+J');
    expect(captureWindows(electron)).toEqual([first]);
    expect(first.isFocused).toBe(true);

    await invoke(electron, desktopChannels.closeQuickCapture, capturePageUrl);
    expect(first.isDestroyed()).toBe(true);
    // The main window is still open, so closing the capture window does not quit.
    expect(electron.app.quitCount).toBe(0);
    electron.globalShortcut.press('CmdOrCtrl+Alt+J');
    expect(captureWindows(electron)).toHaveLength(2);
    expect(captureWindows(electron)[1]?.isDestroyed()).toBe(false);
  });

  it('keeps the capture window on the app page: the page’s calls are answered, other pages and new windows refused', async () => {
    const electron = await startMain();
    await setShortcut(electron, 'CmdOrCtrl+Alt+J');
    electron.globalShortcut.press('CmdOrCtrl+Alt+J');
    const [capture] = captureWindows(electron);
    const contents = capture?.webContents;
    await expect(invoke(electron, desktopChannels.getQuickCaptureSettings, capturePageUrl)).resolves.toMatchObject({ status: 'active' });
    const away = createFakeEvent('https://example.com/');
    contents?.emit('will-navigate', away);
    expect(away.defaultPrevented).toBe(true);
    expect(contents?.windowOpenHandler?.({ url: appPageUrl })).toEqual({ action: 'deny' });
  });

  it('says when another app holds the shortcut, and keeps the previous one working', async () => {
    const electron = await startMain();
    await setShortcut(electron, 'CmdOrCtrl+Alt+J');
    electron.globalShortcut.heldElsewhere.add('Ctrl+Alt+K');
    await expect(setShortcut(electron, 'Ctrl+Alt+K')).resolves.toEqual({
      status: 'refused-by-os',
      accelerator: 'Ctrl+Alt+K',
      settings: { accelerator: 'CmdOrCtrl+Alt+J', status: 'active' },
    });
    expect(electron.globalShortcut.press('CmdOrCtrl+Alt+J')).toBe(true);
    expect(JSON.parse(readFileSync(join(sandbox.userDataPath, 'quick-capture.json'), 'utf8'))).toMatchObject({
      accelerator: 'CmdOrCtrl+Alt+J',
    });
  });

  it('replaces and clears the shortcut, giving the old one back', async () => {
    const electron = await startMain();
    await setShortcut(electron, 'CmdOrCtrl+Alt+J');
    await expect(setShortcut(electron, 'CmdOrCtrl+Shift+Space')).resolves.toMatchObject({ status: 'registered' });
    expect([...electron.globalShortcut.registered.keys()]).toEqual(['CmdOrCtrl+Shift+Space']);
    await expect(setShortcut(electron, null)).resolves.toEqual({ status: 'off', settings: { accelerator: null, status: 'off' } });
    expect([...electron.globalShortcut.registered.keys()]).toEqual([]);
    await expect(setShortcut(electron, 'J')).resolves.toMatchObject({
      status: 'invalid',
      reason: expect.stringMatching(/Ctrl, Alt or Cmd/) as unknown,
    });
    await expect(setShortcut(electron, 'x'.repeat(101))).rejects.toThrow(/Invalid request/);
  });

  it('asks for the saved shortcut again at start, and says so when another app has taken it meanwhile', async () => {
    writeFileSync(join(sandbox.userDataPath, 'quick-capture.json'), JSON.stringify({ version: 1, accelerator: 'CmdOrCtrl+Alt+J' }));
    const first = await startMain();
    expect([...first.globalShortcut.registered.keys()]).toEqual(['CmdOrCtrl+Alt+J']);
    expect(first.globalShortcut.press('CmdOrCtrl+Alt+J')).toBe(true);
    expect(captureWindows(first)).toHaveLength(1);

    const second = createFakeMainElectron({ userDataPath: sandbox.userDataPath });
    second.globalShortcut.heldElsewhere.add('CmdOrCtrl+Alt+J');
    loadWithFakeElectron(builtPaths.mainBundle, second);
    await vi.waitFor(() => expect(second.BrowserWindow.instances[0]?.loadedUrls).toHaveLength(1));
    await expect(invoke(second, desktopChannels.getQuickCaptureSettings, appPageUrl)).resolves.toEqual({
      accelerator: 'CmdOrCtrl+Alt+J',
      status: 'refused-by-os',
    });
  });
});

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { desktopChannels, desktopEventChannels } from '../../src-main/shared/contract';
import { createFakeMainElectron, type FakeMainElectron } from './fakeElectron';
import { createFakeEvent } from './fakeEvent';
import { loadWithFakeElectron } from './loadWithFakeElectron';
import { builtPaths, invokeAs as invoke, onlyWindow, useBuiltMain } from './startBuiltMain';

/*
 * The BUILT main bundle as a desktop citizen, run against the fake `electron`: the application
 * menu, reminders as notifications, zoom and the native theme.
 */

const { mainBundle, appPageUrl } = builtPaths;
const { sandbox, startMain } = useBuiltMain('scope-journal-main-');

describe('the desktop citizen in the built main process', () => {
  /** The application menu set last, as its template. */
  function applicationMenu(electron: FakeMainElectron) {
    const template = electron.Menu.applicationMenus.at(-1);
    if (template === undefined) {
      throw new Error('no application menu was set');
    }
    return template;
  }

  /** Clicks the item labelled `label` in the top-level menu `menuLabel`. */
  function clickMenuItem(electron: FakeMainElectron, menuLabel: string, label: string): void {
    const item = applicationMenu(electron)
      .find((top) => top.label === menuLabel)
      ?.submenu?.find((candidate) => candidate.label === label);
    if (item?.click === undefined) {
      throw new Error(`no clickable ${label} in ${menuLabel}`);
    }
    item.click();
  }

  /** The commands the main process sent to the page. */
  function commandsSent(electron: FakeMainElectron): unknown[] {
    return onlyWindow(electron)
      .webContents.sent.filter((message) => message.channel === desktopEventChannels.command)
      .flatMap((message) => message.args);
  }

  it('sets the application menu, whose items send their command to the focused main window', async () => {
    const electron = await startMain();
    const labels = applicationMenu(electron).map((item) => item.label);
    expect(labels).toEqual(expect.arrayContaining(['File', 'Edit', 'View', 'Help']));
    if (process.platform === 'darwin') {
      expect(labels[0]).toBe('Scope Journal');
    }
    clickMenuItem(electron, 'File', 'New entry');
    clickMenuItem(electron, 'View', 'Insights');
    await vi.waitFor(() => expect(commandsSent(electron)).toEqual([{ type: 'new-entry' }, { type: 'navigate', screen: 'insights' }]));
    expect(onlyWindow(electron).isFocused).toBe(true);
    // Development builds (not packaged) get the developer tools.
    const view = applicationMenu(electron).find((item) => item.label === 'View')?.submenu ?? [];
    expect(view.map((item) => item.role)).toContain('toggleDevTools');
  });

  it('shows reminders as notifications, whose click sends their command', async () => {
    const electron = await startMain();
    await invoke(electron, desktopChannels.updateReminderSettings, appPageUrl, { followUps: true });
    await invoke(electron, desktopChannels.setFollowUps, appPageUrl, [
      { entryId: 'e1', title: 'Chose Postgres', followUpOn: '2020-01-01' },
    ]);
    const [notification] = electron.Notification.instances;
    expect(notification?.options).toMatchObject({ title: 'A decision is waiting for its outcome' });
    expect(notification?.isShown).toBe(true);
    notification?.emit('click');
    await vi.waitFor(() => expect(commandsSent(electron)).toEqual([{ type: 'show-follow-ups' }]));
    expect(JSON.parse(readFileSync(join(sandbox.userDataPath, 'reminders.json'), 'utf8'))).toMatchObject({ followUps: true });
  });

  it('shows no notification where the system has none', async () => {
    const electron = createFakeMainElectron({ userDataPath: sandbox.userDataPath });
    electron.Notification.isSupportedNow = false;
    loadWithFakeElectron(mainBundle, electron);
    await vi.waitFor(() => expect(electron.BrowserWindow.instances[0]?.loadedUrls).toHaveLength(1));
    await invoke(electron, desktopChannels.updateReminderSettings, appPageUrl, { followUps: true });
    await invoke(electron, desktopChannels.setFollowUps, appPageUrl, [{ entryId: 'e1', title: 'x', followUpOn: '2020-01-01' }]);
    expect(electron.Notification.instances).toEqual([]);
  });

  it('restores the zoom from the window-state file, and zooms from the menu, remembering it', async () => {
    writeFileSync(
      join(sandbox.userDataPath, 'window-state.json'),
      JSON.stringify({ version: 1, x: 10, y: 20, width: 900, height: 700, isMaximized: false, zoomLevel: 1.5 }),
    );
    const electron = await startMain();
    const { webContents } = onlyWindow(electron);
    await vi.waitFor(() => expect(webContents.zoomLevel).toBe(1.5));
    clickMenuItem(electron, 'View', 'Zoom in');
    clickMenuItem(electron, 'View', 'Zoom in');
    clickMenuItem(electron, 'View', 'Zoom in');
    expect(webContents.zoomLevels).toEqual([1.5, 2, 2.5, 3]);
    const stateFile = join(sandbox.userDataPath, 'window-state.json');
    await vi.waitFor(() => expect(JSON.parse(readFileSync(stateFile, 'utf8'))).toMatchObject({ zoomLevel: 3, x: 10 }));
    webContents.emit('zoom-changed', createFakeEvent(), 'out');
    clickMenuItem(electron, 'View', 'Actual size');
    expect(webContents.zoomLevels.slice(-2)).toEqual([2.5, 0]);
    await vi.waitFor(() => expect(JSON.parse(readFileSync(stateFile, 'utf8'))).toMatchObject({ zoomLevel: 0 }));
  });

  it('sets nativeTheme from setThemeSource and starts the next run with it, background included', async () => {
    const first = await startMain();
    expect(onlyWindow(first).options.backgroundColor).toBe('#f7f6f3');
    await invoke(first, desktopChannels.setThemeSource, appPageUrl, 'dark');
    expect(first.nativeTheme.themeSource).toBe('dark');
    await expect(invoke(first, desktopChannels.setThemeSource, appPageUrl, 'blue')).rejects.toThrow(/Invalid request/);
    // The Dark mode item is checked now.
    const view = applicationMenu(first).find((item) => item.label === 'View')?.submenu ?? [];
    expect(view.find((item) => item.label === 'Dark mode')).toMatchObject({ type: 'checkbox', checked: true });

    const second = await startMain();
    expect(second.nativeTheme.themeSources[0]).toBe('dark');
    expect(onlyWindow(second).options.backgroundColor).toBe('#16181c');
  });
});

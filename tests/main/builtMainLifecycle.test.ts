import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createFakeEvent } from './fakeEvent';
import { onlyWindow, useBuiltMain } from './startBuiltMain';

/*
 * The lifecycle of the BUILT main bundle, run against the fake `electron`: one instance, the
 * window shown once painted, and quitting only once the window's place is saved.
 */

const { sandbox, startMain } = useBuiltMain('scope-journal-main-');

describe('the built main process', () => {
  it('quits at once when another instance holds the lock', async () => {
    const electron = await startMain({ hasSingleInstanceLock: false });
    await new Promise((settle) => setTimeout(settle, 20));
    expect(electron.app.quitCount).toBe(1);
    expect(electron.BrowserWindow.instances).toHaveLength(0);
    expect(electron.ipcMain.handlers.size).toBe(0);
  });

  it('focuses the existing window when a second instance starts', async () => {
    const electron = await startMain();
    electron.app.emit('second-instance');
    expect(onlyWindow(electron).isFocused).toBe(true);
    expect(electron.BrowserWindow.instances).toHaveLength(1);
  });

  it('shows the window once it is ready, and quits when it closes (outside macOS)', async () => {
    const electron = await startMain();
    const window = onlyWindow(electron);
    expect(window.isShown).toBe(false);
    window.emit('ready-to-show');
    expect(window.isShown).toBe(true);
    window.close();
    expect(electron.app.quitCount).toBe(process.platform === 'darwin' ? 0 : 1);
    await vi.waitFor(() => expect(existsSync(join(sandbox.userDataPath, 'window-state.json'))).toBe(true));
  });

  it('holds the quit until the window position is saved', async () => {
    const electron = await startMain();
    onlyWindow(electron).close();
    const quitsBefore = electron.app.quitCount;
    const willQuit = createFakeEvent();
    electron.app.emit('will-quit', willQuit);
    expect(willQuit.defaultPrevented).toBe(true);
    await vi.waitFor(() => expect(electron.app.quitCount).toBe(quitsBefore + 1));
    expect(existsSync(join(sandbox.userDataPath, 'window-state.json'))).toBe(true);
  });

  it('remembers the window bounds for the next launch', async () => {
    const first = await startMain();
    expect(onlyWindow(first).options).toMatchObject({ width: 1280, height: 840 });
    onlyWindow(first).bounds = { x: 120, y: 80, width: 1000, height: 700 };
    onlyWindow(first).close();
    const stateFile = join(sandbox.userDataPath, 'window-state.json');
    await vi.waitFor(() => expect(existsSync(stateFile)).toBe(true));

    const second = await startMain();
    expect(onlyWindow(second).options).toMatchObject({ x: 120, y: 80, width: 1000, height: 700 });
  });
});

import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createQuickCapture, type GlobalShortcutPort } from '../../src-main/app/quickCapture';
import { createFakeQuickCapturePorts } from './fakeQuickCapturePorts';

/*
 * Quick capture's shortcut logic (src-main/app/quickCapture.ts) over a stand-in system and a real
 * settings file: registering, refusal by the system, replacing, clearing, the start and the quit.
 */

let userDataPath = '';
beforeEach(() => {
  userDataPath = mkdtempSync(join(tmpdir(), 'scope-journal-quick-capture-'));
});
afterEach(() => {
  rmSync(userDataPath, { recursive: true, force: true });
});

function settingsFile(): unknown {
  return JSON.parse(readFileSync(join(userDataPath, 'quick-capture.json'), 'utf8'));
}

function setUp(options: { heldElsewhere?: string[]; globalShortcut?: Partial<GlobalShortcutPort> } = {}) {
  const ports = createFakeQuickCapturePorts(options.heldElsewhere);
  const warnings: string[] = [];
  const quickCapture = createQuickCapture({
    globalShortcut: { ...ports.globalShortcut, ...options.globalShortcut },
    captureWindow: ports.captureWindow,
    userDataPath,
    warn: (message) => warnings.push(message),
  });
  return { quickCapture, desktop: ports.desktop, warnings };
}

describe('quick capture’s shortcut', () => {
  it('is off at first, and nothing is asked of the system', async () => {
    const { quickCapture, desktop } = setUp();
    await quickCapture.start();
    await expect(quickCapture.settings()).resolves.toEqual({ accelerator: null, status: 'off' });
    expect(desktop.registered.size).toBe(0);
  });

  it('is registered, saved in its stored spelling, and opens the capture window when pressed', async () => {
    const { quickCapture, desktop } = setUp();
    await expect(quickCapture.setShortcut('alt+ctrl+j')).resolves.toEqual({
      status: 'registered',
      settings: { accelerator: 'Ctrl+Alt+J', status: 'active' },
    });
    expect(settingsFile()).toEqual({ version: 1, accelerator: 'Ctrl+Alt+J' });
    expect(desktop.press('Ctrl+Alt+J')).toBe(true);
    expect(desktop.press('Ctrl+Alt+J')).toBe(true);
    expect(desktop.windowOpens).toBe(2);
    // Setting it again changes nothing and asks nothing more.
    await expect(quickCapture.setShortcut('Ctrl+Alt+J')).resolves.toMatchObject({ status: 'registered' });
    expect([...desktop.registered.keys()]).toEqual(['Ctrl+Alt+J']);
  });

  it('is refused when another app holds it: nothing is saved and the previous one keeps working', async () => {
    const { quickCapture, desktop } = setUp({ heldElsewhere: ['Ctrl+Alt+K'] });
    await quickCapture.setShortcut('CmdOrCtrl+Alt+J');
    await expect(quickCapture.setShortcut('Ctrl+Alt+K')).resolves.toEqual({
      status: 'refused-by-os',
      accelerator: 'Ctrl+Alt+K',
      settings: { accelerator: 'CmdOrCtrl+Alt+J', status: 'active' },
    });
    expect(settingsFile()).toEqual({ version: 1, accelerator: 'CmdOrCtrl+Alt+J' });
    expect([...desktop.registered.keys()]).toEqual(['CmdOrCtrl+Alt+J']);
  });

  it('is refused on a first try with nothing saved', async () => {
    const { quickCapture } = setUp({ heldElsewhere: ['CmdOrCtrl+Alt+J'] });
    await expect(quickCapture.setShortcut('CmdOrCtrl+Alt+J')).resolves.toEqual({
      status: 'refused-by-os',
      accelerator: 'CmdOrCtrl+Alt+J',
      settings: { accelerator: null, status: 'off' },
    });
  });

  it('replaces the previous shortcut, giving it back only once the new one is held', async () => {
    const { quickCapture, desktop } = setUp();
    await quickCapture.setShortcut('CmdOrCtrl+Alt+J');
    await expect(quickCapture.setShortcut('CmdOrCtrl+Shift+Space')).resolves.toMatchObject({ status: 'registered' });
    expect([...desktop.registered.keys()]).toEqual(['CmdOrCtrl+Shift+Space']);
    expect(settingsFile()).toEqual({ version: 1, accelerator: 'CmdOrCtrl+Shift+Space' });
  });

  it('lets the previous one go for a second try when the system sees the same keys (Ctrl and CmdOrCtrl)', async () => {
    const registered = new Set<string>();
    /** A Linux system: CmdOrCtrl is Ctrl, so both names hold the same keys. */
    const sameKeys = (accelerator: string) => accelerator.replace('CmdOrCtrl', 'Ctrl');
    const { quickCapture } = setUp({
      globalShortcut: {
        register: (accelerator) => {
          if ([...registered].some((held) => sameKeys(held) === sameKeys(accelerator))) return false;
          registered.add(accelerator);
          return true;
        },
        unregister: (accelerator) => void registered.delete(accelerator),
        isRegistered: (accelerator) => registered.has(accelerator),
      },
    });
    await quickCapture.setShortcut('CmdOrCtrl+Alt+J');
    await expect(quickCapture.setShortcut('Ctrl+Alt+J')).resolves.toMatchObject({ status: 'registered' });
    expect([...registered]).toEqual(['Ctrl+Alt+J']);
  });

  it('takes the previous one back when the second try fails too', async () => {
    const { quickCapture, desktop } = setUp({ heldElsewhere: ['Ctrl+Alt+K'] });
    await quickCapture.setShortcut('Ctrl+Alt+J');
    await quickCapture.setShortcut('Ctrl+Alt+K');
    expect([...desktop.registered.keys()]).toEqual(['Ctrl+Alt+J']);
    expect(desktop.press('Ctrl+Alt+J')).toBe(true);
  });

  it('says why a text is no key combination, changing nothing', async () => {
    const { quickCapture, desktop } = setUp();
    await quickCapture.setShortcut('Ctrl+Alt+J');
    await expect(quickCapture.setShortcut('Shift+J')).resolves.toEqual({
      status: 'invalid',
      reason: 'Add Ctrl, Alt or Cmd: a shortcut that works in every app needs one of them.',
      settings: { accelerator: 'Ctrl+Alt+J', status: 'active' },
    });
    expect([...desktop.registered.keys()]).toEqual(['Ctrl+Alt+J']);
  });

  it('treats a shortcut Electron does not accept as refused, with a warning', async () => {
    const { quickCapture, warnings } = setUp({
      globalShortcut: {
        register: () => {
          throw new TypeError('conversion failure');
        },
      },
    });
    await expect(quickCapture.setShortcut('Ctrl+Alt+MediaStop')).resolves.toMatchObject({ status: 'refused-by-os' });
    expect(warnings.join('\n')).toMatch(/conversion failure/);
  });

  it('is cleared: given back and saved as off', async () => {
    const { quickCapture, desktop } = setUp();
    await quickCapture.setShortcut('Ctrl+Alt+J');
    await expect(quickCapture.setShortcut(null)).resolves.toEqual({ status: 'off', settings: { accelerator: null, status: 'off' } });
    expect(desktop.registered.size).toBe(0);
    expect(settingsFile()).toEqual({ version: 1, accelerator: null });
    expect(desktop.press('Ctrl+Alt+J')).toBe(false);
  });

  it('is kept unchanged when the settings cannot be saved', async () => {
    const { quickCapture, desktop } = setUp();
    await quickCapture.setShortcut('Ctrl+Alt+J');
    // A folder where the file should be: the atomic write's rename fails.
    rmSync(join(userDataPath, 'quick-capture.json'));
    mkdirSync(join(userDataPath, 'quick-capture.json'));
    await expect(quickCapture.setShortcut('Ctrl+Alt+K')).rejects.toThrow();
    expect([...desktop.registered.keys()]).toEqual(['Ctrl+Alt+J']);
    await expect(quickCapture.settings()).resolves.toEqual({ accelerator: 'Ctrl+Alt+J', status: 'active' });
  });

  it('is asked for again at start, and reported refused when another app took it meanwhile', async () => {
    writeFileSync(join(userDataPath, 'quick-capture.json'), JSON.stringify({ version: 1, accelerator: 'Ctrl+Alt+J' }));
    const first = setUp();
    await first.quickCapture.start();
    expect([...first.desktop.registered.keys()]).toEqual(['Ctrl+Alt+J']);

    const second = setUp({ heldElsewhere: ['Ctrl+Alt+J'] });
    await second.quickCapture.start();
    await expect(second.quickCapture.settings()).resolves.toEqual({ accelerator: 'Ctrl+Alt+J', status: 'refused-by-os' });
    expect(second.warnings.join('\n')).toMatch(/Another app holds the quick-capture shortcut Ctrl\+Alt\+J/);
  });

  it('starts by itself on the first request, once', async () => {
    writeFileSync(join(userDataPath, 'quick-capture.json'), JSON.stringify({ version: 1, accelerator: 'Ctrl+Alt+J' }));
    const { quickCapture, desktop } = setUp();
    await expect(quickCapture.settings()).resolves.toEqual({ accelerator: 'Ctrl+Alt+J', status: 'active' });
    await quickCapture.start();
    expect([...desktop.registered.keys()]).toEqual(['Ctrl+Alt+J']);
  });

  it('starts with the shortcut off when the settings file is damaged or names no key combination', async () => {
    for (const contents of [
      '{not json',
      JSON.stringify({ version: 1, accelerator: 'J' }),
      JSON.stringify({ version: 1, accelerator: 'ctrl+alt+j' }),
    ]) {
      writeFileSync(join(userDataPath, 'quick-capture.json'), contents);
      const { quickCapture, desktop, warnings } = setUp();
      await quickCapture.start();
      await expect(quickCapture.settings()).resolves.toEqual({ accelerator: null, status: 'off' });
      expect(desktop.registered.size).toBe(0);
      expect(warnings.join('\n')).toMatch(/the shortcut is off/);
    }
  });

  it('gives the shortcut back at quit', async () => {
    const { quickCapture, desktop } = setUp();
    await quickCapture.setShortcut('Ctrl+Alt+J');
    quickCapture.stop();
    expect(desktop.registered.size).toBe(0);
    quickCapture.stop();
  });

  it('applies two quick changes one after the other', async () => {
    const { quickCapture, desktop } = setUp();
    const [first, second] = await Promise.all([quickCapture.setShortcut('Ctrl+Alt+J'), quickCapture.setShortcut('Ctrl+Alt+K')]);
    expect(first.status).toBe('registered');
    expect(second.status).toBe('registered');
    expect([...desktop.registered.keys()]).toEqual(['Ctrl+Alt+K']);
    expect(settingsFile()).toEqual({ version: 1, accelerator: 'Ctrl+Alt+K' });
  });

  it('closes the capture window when the page asks', () => {
    const { quickCapture, desktop } = setUp();
    quickCapture.closeWindow();
    expect(desktop.windowCloses).toBe(1);
  });
});

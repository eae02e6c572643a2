import { describe, expect, it } from 'vitest';
import { registerDesktopHandlers, type InvokeEvent, type IpcMainLike } from '../../src-main/ipc/registerHandlers';
import { desktopChannels, type DesktopHandlers } from '../../src-main/shared/contract';

type Listener = Parameters<IpcMainLike['handle']>[1];

const appPage = 'file:///opt/scope-journal/resources/app/out/renderer/index.html';

/** Registers handlers that record their payloads, on an `ipcMain` that records its listeners. */
function register() {
  const listeners = new Map<string, Listener>();
  const payloads: unknown[] = [];
  const record = (payload: unknown) => {
    payloads.push(payload);
    return Promise.reject(new Error('not used'));
  };
  const handlers: DesktopHandlers = {
    getAppInfo: (payload) => {
      payloads.push(payload);
      return Promise.resolve({ name: 'Scope Journal', version: '1', platform: 'linux', versions: { electron: '', chrome: '', node: '' } });
    },
    saveTextFile: record,
    saveFile: record,
    openTextFile: record,
    openExternalLink: record,
    exportPacketPdf: record,
    preparePdfExport: record,
    openFile: record,
    getBackupSettings: record,
    chooseBackupFolder: record,
    updateBackupSettings: record,
    writeBackup: record,
    listBackups: record,
    getReminderSettings: record,
    updateReminderSettings: record,
    setFollowUps: record,
    listGitRepositories: record,
    addGitRepository: record,
    removeGitRepository: record,
    readGitLog: record,
    cancelGitLog: record,
    getQuickCaptureSettings: record,
    setQuickCaptureShortcut: record,
    closeQuickCapture: record,
    beginFileWrite: record,
    writeFileChunk: record,
    finishFileWrite: record,
    openFileRead: record,
    unlockFileRead: record,
    readFileChunk: record,
    closeFileStream: record,
    getSyncSettings: record,
    chooseSyncFolder: record,
    setSyncPassphrase: record,
    renameSyncDevice: record,
    listSyncFolder: record,
    readSyncBatch: record,
    writeSyncBatch: record,
    readSyncFile: record,
    writeSyncFile: record,
    leaveSyncFolder: record,
    setThemeSource: (source) => {
      payloads.push(source);
      return Promise.resolve();
    },
  };
  registerDesktopHandlers(
    { handle: (channel, listener) => listeners.set(channel, listener) },
    handlers,
    (url) => url.split('#')[0] === appPage,
  );
  const invoke = (channel: string, event: InvokeEvent, ...args: unknown[]) => {
    const listener = listeners.get(channel);
    if (listener === undefined) {
      throw new Error(`no listener for ${channel}`);
    }
    return listener(event, ...args);
  };
  return { listeners, payloads, invoke };
}

describe('registerDesktopHandlers', () => {
  it('registers one listener per contract channel', () => {
    const { listeners } = register();
    expect([...listeners.keys()].sort()).toEqual(Object.values(desktopChannels).sort());
  });

  it('passes the payload of the app’s top-level page to the handler', async () => {
    const { invoke, payloads } = register();
    await invoke(desktopChannels.getAppInfo, { senderFrame: { url: `${appPage}#/journal`, parent: null } });
    await invoke(desktopChannels.setThemeSource, { senderFrame: { url: appPage, parent: null } }, 'dark');
    expect(payloads).toEqual([undefined, 'dark']);
  });

  it('parses each payload with the method’s schema before the handler runs', async () => {
    const { invoke, payloads } = register();
    const event = { senderFrame: { url: appPage, parent: null } };
    await expect(invoke(desktopChannels.getAppInfo, event, 'payload')).rejects.toThrow(`Invalid request for ${desktopChannels.getAppInfo}`);
    await expect(invoke(desktopChannels.setThemeSource, event, 'sepia')).rejects.toThrow(
      `Invalid request for ${desktopChannels.setThemeSource}`,
    );
    for (const [channel, payload] of [
      [desktopChannels.removeGitRepository, { id: '../../etc' }],
      [desktopChannels.readGitLog, { id: '0123456789abcdef', since: '2026-02-30' }],
      [desktopChannels.readGitLog, { id: '0123456789abcdef', since: '--all' }],
      [desktopChannels.addGitRepository, '/home/ada/project'],
    ] as const) {
      await expect(invoke(channel, event, payload)).rejects.toThrow(`Invalid request for ${channel}`);
    }
    expect(payloads).toEqual([]);
  });

  it.each([
    ['another site', { senderFrame: { url: 'https://evil.example/', parent: null } }, /not the app's own page/],
    ['another local file', { senderFrame: { url: 'file:///tmp/evil.html', parent: null } }, /not the app's own page/],
    ['an embedded frame', { senderFrame: { url: appPage, parent: { url: appPage } } }, /top-level page/],
    ['a frame that has gone', { senderFrame: null }, /sending frame is gone/],
  ])('refuses %s before the handler runs', async (_case, event, message) => {
    const { invoke, payloads } = register();
    for (const channel of Object.values(desktopChannels)) {
      await expect(invoke(channel, event, 'payload')).rejects.toThrow(message);
    }
    expect(payloads).toEqual([]);
  });

  it('refuses more than one argument', async () => {
    const { invoke, payloads } = register();
    await expect(invoke(desktopChannels.getAppInfo, { senderFrame: { url: appPage, parent: null } }, 'one', 'two')).rejects.toThrow(
      /at most one argument/,
    );
    expect(payloads).toEqual([]);
  });
});

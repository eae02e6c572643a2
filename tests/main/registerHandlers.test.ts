import { describe, expect, it } from 'vitest';
import type { DesktopHandlers } from '../../src-main/ipc/handlers';
import { registerDesktopHandlers, type InvokeEvent, type IpcMainLike } from '../../src-main/ipc/registerHandlers';
import { desktopChannels } from '../../src-main/shared/contract';

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
    [desktopChannels.getAppInfo]: (payload) => {
      payloads.push(payload);
      return Promise.resolve({ name: 'Scope Journal', version: '1', platform: 'linux', versions: { electron: '', chrome: '', node: '' } });
    },
    [desktopChannels.saveTextFile]: record,
    [desktopChannels.openTextFile]: record,
    [desktopChannels.openExternalLink]: record,
    [desktopChannels.exportPacketPdf]: record,
    [desktopChannels.preparePdfExport]: record,
    [desktopChannels.openFile]: record,
    [desktopChannels.getBackupSettings]: record,
    [desktopChannels.chooseBackupFolder]: record,
    [desktopChannels.updateBackupSettings]: record,
    [desktopChannels.writeBackup]: record,
    [desktopChannels.listBackups]: record,
    [desktopChannels.readBackup]: record,
    [desktopChannels.decryptBackup]: record,
    [desktopChannels.getReminderSettings]: record,
    [desktopChannels.updateReminderSettings]: record,
    [desktopChannels.setFollowUps]: record,
    [desktopChannels.setThemeSource]: record,
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
    await invoke(desktopChannels.getAppInfo, { senderFrame: { url: appPage, parent: null } }, 'payload');
    expect(payloads).toEqual([undefined, 'payload']);
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

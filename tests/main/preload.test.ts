import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  createDesktopApi,
  createDesktopBridgeApi,
  type DesktopInvoke,
  type DesktopSubscribe,
} from '../../src-main/preload/createDesktopApi';
import {
  desktopApiGlobalName,
  desktopChannels,
  desktopEventChannels,
  type AppCommand,
  type BackupReason,
  type DesktopApi,
} from '../../src-main/shared/contract';
import { createFakePreloadElectron } from './fakePreloadElectron';
import { loadWithFakeElectron } from './loadWithFakeElectron';

const preloadBundle = resolve(import.meta.dirname, '../../out/preload/index.js');

const saveRequest = { title: 'Export', suggestedName: 'a.json', filters: [], contents: '{}' };
const openRequest = { title: 'Import', filters: [] };
const pdfRequest = {
  packetId: 'packet-1',
  suggestedName: 'packet.pdf',
  pageSize: 'A4',
  title: 'Case for Staff',
  author: 'Maya Okafor',
} as const;
const settingsChange = { cadence: 'weekly', keep: 5 } as const;
const writeRequest = { contents: '{"entries":[]}', reason: 'now' } as const;
const saveFileRequest = {
  title: 'Export DOCX',
  suggestedName: 'packet.docx',
  filters: [{ name: 'Word document', extensions: ['docx'] }],
  bytes: Uint8Array.from([0x50, 0x4b, 0x03, 0x04]),
};
const reminderChange = { weekly: true };
const followUps = [{ entryId: 'e1', title: 'Chose Postgres', followUpOn: '2026-06-01' }];
const shortcutRequest = { accelerator: 'CmdOrCtrl+Alt+J' };
const beginWriteRequest = { target: 'backup-folder', reason: 'now' } as const;
const streamRequest = { streamId: '7d3f5c52-4a5e-4b8a-9f3c-2a1b0c9d8e7f' };
const chunkRequest = { ...streamRequest, bytes: Uint8Array.from([0x50, 0x4b]) };
const openReadRequest = { source: 'backup-folder', fileName: 'scope-journal-backup-2026-03-01T09-00-00.zip' } as const;
const unlockRequest = { ...streamRequest, passphrase: 'correct horse battery' };
const syncDeviceId = '3f2b6c1e-8a4d-4c1b-9e2f-0a1b2c3d4e5f';
const syncHash = 'a'.repeat(64);
const syncPassphraseRequest = { passphrase: 'correct horse battery' };
const syncRenameRequest = { name: 'Work laptop' };
const readSyncBatchRequest = { deviceId: syncDeviceId, name: '0000000001.sjs' };
const writeSyncBatchRequest = { text: '{"changes":[]}' };
const readSyncFileRequest = { deviceId: syncDeviceId, name: `${syncHash}.sjs`, part: 'file' } as const;
const writeSyncFileRequest = { hash: syncHash, part: 'thumbnail', bytes: Uint8Array.from([1, 2]) } as const;

/** Calls every contract method once, with a representative payload. */
async function callEveryMethod(api: DesktopApi): Promise<void> {
  await api.getAppInfo();
  await api.saveTextFile(saveRequest);
  await api.saveFile(saveFileRequest);
  await api.openTextFile(openRequest);
  await api.openExternalLink('https://example.com/');
  await api.exportPacketPdf(pdfRequest);
  await api.preparePdfExport();
  await api.openFile(openRequest);
  await api.getBackupSettings();
  await api.chooseBackupFolder();
  await api.updateBackupSettings(settingsChange);
  await api.writeBackup(writeRequest);
  await api.listBackups();
  await api.getReminderSettings();
  await api.updateReminderSettings(reminderChange);
  await api.setFollowUps(followUps);
  await api.listGitRepositories();
  await api.addGitRepository();
  await api.removeGitRepository({ id: '0123456789abcdef' });
  await api.readGitLog({ id: '0123456789abcdef', since: '2025-11-18' });
  await api.cancelGitLog();
  await api.setThemeSource('dark');
  await api.getQuickCaptureSettings();
  await api.setQuickCaptureShortcut(shortcutRequest);
  await api.closeQuickCapture();
  await api.beginFileWrite(beginWriteRequest);
  await api.writeFileChunk(chunkRequest);
  await api.finishFileWrite(streamRequest);
  await api.openFileRead(openReadRequest);
  await api.unlockFileRead(unlockRequest);
  await api.readFileChunk(streamRequest);
  await api.closeFileStream(streamRequest);
  await api.getSyncSettings();
  await api.chooseSyncFolder();
  await api.setSyncPassphrase(syncPassphraseRequest);
  await api.renameSyncDevice(syncRenameRequest);
  await api.listSyncFolder();
  await api.readSyncBatch(readSyncBatchRequest);
  await api.writeSyncBatch(writeSyncBatchRequest);
  await api.readSyncFile(readSyncFileRequest);
  await api.writeSyncFile(writeSyncFileRequest);
  await api.leaveSyncFolder();
}

const expectedCalls = [
  { channel: desktopChannels.getAppInfo, payload: undefined },
  { channel: desktopChannels.saveTextFile, payload: saveRequest },
  { channel: desktopChannels.saveFile, payload: saveFileRequest },
  { channel: desktopChannels.openTextFile, payload: openRequest },
  { channel: desktopChannels.openExternalLink, payload: 'https://example.com/' },
  { channel: desktopChannels.exportPacketPdf, payload: pdfRequest },
  { channel: desktopChannels.preparePdfExport, payload: undefined },
  { channel: desktopChannels.openFile, payload: openRequest },
  { channel: desktopChannels.getBackupSettings, payload: undefined },
  { channel: desktopChannels.chooseBackupFolder, payload: undefined },
  { channel: desktopChannels.updateBackupSettings, payload: settingsChange },
  { channel: desktopChannels.writeBackup, payload: writeRequest },
  { channel: desktopChannels.listBackups, payload: undefined },
  { channel: desktopChannels.getReminderSettings, payload: undefined },
  { channel: desktopChannels.updateReminderSettings, payload: reminderChange },
  { channel: desktopChannels.setFollowUps, payload: followUps },
  { channel: desktopChannels.listGitRepositories, payload: undefined },
  { channel: desktopChannels.addGitRepository, payload: undefined },
  { channel: desktopChannels.removeGitRepository, payload: { id: '0123456789abcdef' } },
  { channel: desktopChannels.readGitLog, payload: { id: '0123456789abcdef', since: '2025-11-18' } },
  { channel: desktopChannels.cancelGitLog, payload: undefined },
  { channel: desktopChannels.setThemeSource, payload: 'dark' },
  { channel: desktopChannels.getQuickCaptureSettings, payload: undefined },
  { channel: desktopChannels.setQuickCaptureShortcut, payload: shortcutRequest },
  { channel: desktopChannels.closeQuickCapture, payload: undefined },
  { channel: desktopChannels.beginFileWrite, payload: beginWriteRequest },
  { channel: desktopChannels.writeFileChunk, payload: chunkRequest },
  { channel: desktopChannels.finishFileWrite, payload: streamRequest },
  { channel: desktopChannels.openFileRead, payload: openReadRequest },
  { channel: desktopChannels.unlockFileRead, payload: unlockRequest },
  { channel: desktopChannels.readFileChunk, payload: streamRequest },
  { channel: desktopChannels.closeFileStream, payload: streamRequest },
  { channel: desktopChannels.getSyncSettings, payload: undefined },
  { channel: desktopChannels.chooseSyncFolder, payload: undefined },
  { channel: desktopChannels.setSyncPassphrase, payload: syncPassphraseRequest },
  { channel: desktopChannels.renameSyncDevice, payload: syncRenameRequest },
  { channel: desktopChannels.listSyncFolder, payload: undefined },
  { channel: desktopChannels.readSyncBatch, payload: readSyncBatchRequest },
  { channel: desktopChannels.writeSyncBatch, payload: writeSyncBatchRequest },
  { channel: desktopChannels.readSyncFile, payload: readSyncFileRequest },
  { channel: desktopChannels.writeSyncFile, payload: writeSyncFileRequest },
  { channel: desktopChannels.leaveSyncFolder, payload: undefined },
];

/** Every name on `window.api`: the contract's calls and its events. */
const bridgeNames = [...Object.keys(desktopChannels), 'onBackupRequested', 'onCommand', 'onSyncRequested'].sort();

/** A subscription that records listeners, and delivers what a test emits to them. */
function recordingSubscribe() {
  const listeners = new Map<string, Set<(...args: unknown[]) => void>>();
  const subscribe: DesktopSubscribe = (channel, listener) => {
    const set = listeners.get(channel) ?? new Set();
    set.add(listener);
    listeners.set(channel, set);
    return () => set.delete(listener);
  };
  const emit = (channel: string, ...args: unknown[]) => {
    for (const listener of listeners.get(channel) ?? []) {
      listener(...args);
    }
  };
  return { subscribe, emit, count: (channel: string) => listeners.get(channel)?.size ?? 0 };
}

describe('createDesktopBridgeApi', () => {
  it('maps each contract method to its own channel', async () => {
    const calls: { channel: string; payload: unknown }[] = [];
    const invoke: DesktopInvoke = (channel, payload) => {
      calls.push({ channel, payload });
      return Promise.resolve(undefined);
    };
    const api = createDesktopBridgeApi(desktopChannels, invoke, recordingSubscribe().subscribe);
    expect(Object.keys(api).sort()).toEqual(bridgeNames);
    await callEveryMethod(api);
    expect(calls).toEqual(expectedCalls);
  });

  it('passes rejections through to the page', async () => {
    const api = createDesktopApi(desktopChannels, () => Promise.reject(new Error('Refused')));
    await expect(api.getAppInfo()).rejects.toThrow('Refused');
  });

  it('calls backup listeners with known reasons only, until they unsubscribe', () => {
    const events = recordingSubscribe();
    const api = createDesktopBridgeApi(desktopChannels, () => Promise.resolve(undefined), events.subscribe);
    const reasons: BackupReason[] = [];
    const stop = api.onBackupRequested((reason) => reasons.push(reason));
    events.emit(desktopEventChannels.backupRequested, 'scheduled');
    events.emit(desktopEventChannels.backupRequested, 'whenever');
    events.emit(desktopEventChannels.backupRequested, { reason: 'quit' });
    events.emit(desktopEventChannels.backupRequested, 'toString');
    events.emit(desktopEventChannels.backupRequested, 'quit');
    stop();
    events.emit(desktopEventChannels.backupRequested, 'now');
    expect(reasons).toEqual(['scheduled', 'quit']);
    expect(events.count(desktopEventChannels.backupRequested)).toBe(0);
  });

  it('refuses a listener that is not a function', () => {
    const api = createDesktopBridgeApi(desktopChannels, () => Promise.resolve(undefined), recordingSubscribe().subscribe);
    expect(() => api.onBackupRequested('alert(1)' as unknown as () => void)).toThrow(TypeError);
    expect(() => api.onCommand('alert(1)' as unknown as () => void)).toThrow(TypeError);
  });

  it('calls command listeners with well-formed commands only, as fresh copies, until they unsubscribe', () => {
    const events = recordingSubscribe();
    const api = createDesktopBridgeApi(desktopChannels, () => Promise.resolve(undefined), events.subscribe);
    const commands: AppCommand[] = [];
    const stop = api.onCommand((command) => commands.push(command));
    const navigate = { type: 'navigate', screen: 'packet' };
    for (const value of [
      { type: 'new-entry' },
      navigate,
      { type: 'start-quarterly-review' },
      { type: 'navigate', screen: 'admin' },
      { type: 'navigate' },
      { type: 'navigate', screen: 'journal', extra: true },
      { type: 'import', screen: 'journal' },
      { type: 'toString' },
      { type: 'format-disk' },
      'new-entry',
      null,
      [{ type: 'import' }],
    ]) {
      events.emit(desktopEventChannels.command, value);
    }
    stop();
    events.emit(desktopEventChannels.command, { type: 'import' });
    expect(commands).toEqual([{ type: 'new-entry' }, navigate, { type: 'start-quarterly-review' }]);
    expect(commands[1]).not.toBe(navigate);
    expect(events.count(desktopEventChannels.command)).toBe(0);
  });

  it('calls sync listeners with nothing, whatever the event carries, until they unsubscribe', () => {
    const events = recordingSubscribe();
    const api = createDesktopBridgeApi(desktopChannels, () => Promise.resolve(undefined), events.subscribe);
    const heard: unknown[][] = [];
    const stop = api.onSyncRequested((...args: unknown[]) => heard.push(args));
    events.emit(desktopEventChannels.syncRequested);
    events.emit(desktopEventChannels.syncRequested, { folder: '/etc' });
    stop();
    events.emit(desktopEventChannels.syncRequested);
    expect(heard).toEqual([[], []]);
    expect(events.count(desktopEventChannels.syncRequested)).toBe(0);
    expect(() => api.onSyncRequested('alert(1)' as unknown as () => void)).toThrow(TypeError);
  });
});

/** What the preload put under `window.api`, checked to be a plain object. */
function exposedApi(electron: ReturnType<typeof createFakePreloadElectron>): Record<string, unknown> {
  const exposed = electron.exposed.get(desktopApiGlobalName);
  if (typeof exposed !== 'object' || exposed === null) {
    throw new Error(`the preload exposed no object as window.${desktopApiGlobalName}`);
  }
  return Object.fromEntries(Object.entries(exposed));
}

describe('the built preload', () => {
  it('carries the contract table’s channel names but not its schemas: no zod in the sandbox', () => {
    const bundle = readFileSync(preloadBundle, 'utf8');
    for (const channel of Object.values(desktopChannels)) {
      expect(bundle).toContain(channel);
    }
    expect(bundle).not.toMatch(/_zod|safeParse|ZodError/);
    expect(Buffer.byteLength(bundle)).toBeLessThan(12 * 1024);
  });

  it('exposes exactly the contract’s functions as window.api, and nothing else', () => {
    const electron = createFakePreloadElectron();
    loadWithFakeElectron(preloadBundle, electron);
    expect([...electron.exposed.keys()]).toEqual([desktopApiGlobalName]);
    const entries = Object.entries(exposedApi(electron));
    expect(entries.map(([name]) => name).sort()).toEqual(bridgeNames);
    for (const [name, value] of entries) {
      expect(typeof value, name).toBe('function');
      expect(value).not.toBe(electron.ipcRenderer.invoke);
      expect(value).not.toBe(electron.ipcRenderer.on);
    }
  });

  it('sends each call on its own channel with its payload', async () => {
    const electron = createFakePreloadElectron();
    loadWithFakeElectron(preloadBundle, electron);
    const api = exposedApi(electron);
    for (const [method, channel] of Object.entries(desktopChannels)) {
      const call = api[method];
      if (typeof call !== 'function') {
        throw new Error(`window.api.${method} is not a function`);
      }
      const payload = expectedCalls.find((expected) => expected.channel === channel)?.payload;
      // The page calls `getAppInfo()` with no argument at all.
      const args = payload === undefined ? [] : [payload];
      await expect(Promise.resolve(Reflect.apply(call, undefined, args))).resolves.toBe(`reply from ${channel}`);
    }
    expect(electron.invocations).toEqual(expectedCalls.map(({ channel, payload }) => ({ channel, args: [payload] })));
  });

  it('passes the page only the reason of a backup request, never the IPC event, until it unsubscribes', () => {
    const electron = createFakePreloadElectron();
    loadWithFakeElectron(preloadBundle, electron);
    const subscribe = exposedApi(electron).onBackupRequested;
    if (typeof subscribe !== 'function') {
      throw new Error('window.api.onBackupRequested is not a function');
    }
    const calls: unknown[][] = [];
    const stop: unknown = Reflect.apply(subscribe, undefined, [(...args: unknown[]) => calls.push(args)]);
    const ipcEvent = { sender: electron.ipcRenderer, senderId: 0 };
    electron.events.emit(desktopEventChannels.backupRequested, ipcEvent, 'quit');
    electron.events.emit(desktopEventChannels.backupRequested, ipcEvent, 'format-disk');
    electron.events.emit('another:event', ipcEvent, 'scheduled');
    expect(calls).toEqual([['quit']]);

    expect(typeof stop).toBe('function');
    if (typeof stop === 'function') {
      Reflect.apply(stop, undefined, []);
    }
    electron.events.emit(desktopEventChannels.backupRequested, ipcEvent, 'scheduled');
    expect(calls).toEqual([['quit']]);
    expect(electron.events.listenerCount(desktopEventChannels.backupRequested)).toBe(0);
  });

  it('passes the page only a checked command, never the IPC event', () => {
    const electron = createFakePreloadElectron();
    loadWithFakeElectron(preloadBundle, electron);
    const subscribe = exposedApi(electron).onCommand;
    if (typeof subscribe !== 'function') {
      throw new Error('window.api.onCommand is not a function');
    }
    const calls: unknown[][] = [];
    Reflect.apply(subscribe, undefined, [(...args: unknown[]) => calls.push(args)]);
    const ipcEvent = { sender: electron.ipcRenderer, senderId: 0 };
    electron.events.emit(desktopEventChannels.command, ipcEvent, { type: 'navigate', screen: 'growth' });
    electron.events.emit(desktopEventChannels.command, ipcEvent, { type: 'navigate', screen: '../etc' });
    expect(calls).toEqual([[{ type: 'navigate', screen: 'growth' }]]);
  });

  it('tells the page a sync is asked for, with nothing else, until it unsubscribes', () => {
    const electron = createFakePreloadElectron();
    loadWithFakeElectron(preloadBundle, electron);
    const subscribe = exposedApi(electron).onSyncRequested;
    if (typeof subscribe !== 'function') {
      throw new Error('window.api.onSyncRequested is not a function');
    }
    const calls: unknown[][] = [];
    const stop: unknown = Reflect.apply(subscribe, undefined, [(...args: unknown[]) => calls.push(args)]);
    const ipcEvent = { sender: electron.ipcRenderer, senderId: 0 };
    electron.events.emit(desktopEventChannels.syncRequested, ipcEvent);
    electron.events.emit(desktopEventChannels.syncRequested, ipcEvent, 'unexpected');
    expect(calls).toEqual([[], []]);
    if (typeof stop === 'function') {
      Reflect.apply(stop, undefined, []);
    }
    expect(electron.events.listenerCount(desktopEventChannels.syncRequested)).toBe(0);
  });
});

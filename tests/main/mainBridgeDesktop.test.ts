import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { installMainBridge } from '../e2e/support/mainBridge';
import type { BridgePage } from '../e2e/support/printPages';
import { encryptBackup } from '../../src-main/services/backups/backupCrypto';
import { fastBackupEncryption } from './fakeBackupPorts';
import { desktopChannels } from '../../src-main/shared/contract';
import { installInFakePage, temporary, useFakePages } from './fakeBridgePage';

/* The end-to-end bridge's backups, events and reminders, run without a browser (see fakeBridgePage.ts). */

useFakePages();

type Call = Awaited<ReturnType<typeof installInFakePage>>['call'];

/** Reads a stream the page opened to its end, one `readFileChunk` at a time, as the page's restore does. */
async function readAll(call: Call, streamId: string): Promise<Uint8Array> {
  const pieces: Uint8Array[] = [];
  for (;;) {
    const piece = (await call('readFileChunk', { streamId })) as { bytes: Uint8Array; done: boolean };
    // The bridge gives the page the bytes as a Uint8Array, as Electron's structured clone does.
    expect(piece.bytes).toBeInstanceOf(Uint8Array);
    pieces.push(piece.bytes);
    if (piece.done) break;
  }
  return Buffer.concat(pieces);
}

/** Opens a file to be read in pieces and resolves to its stream's id. */
async function openRead(call: Call, request: unknown): Promise<string> {
  const opened = (await call('openFileRead', request)) as { status: string; streamId?: string };
  if (opened.status !== 'open' || opened.streamId === undefined) throw new Error('not opened');
  return opened.streamId;
}

describe('the bridge’s backups', () => {
  const passphrase = 'correct horse battery';
  const backupText = '{"format":"scope-journal-backup","entries":["déjà vu"]}';

  it('keeps the settings in a temporary user-data folder of its own, removed when the page closes', async () => {
    const backups = join(temporary.folder, 'Backups');
    const { call, bridge, close } = await installInFakePage({ folderDialogPath: () => backups });
    await expect(call('chooseBackupFolder')).resolves.toMatchObject({ folder: backups, cadence: 'daily' });
    expect(bridge.folderDialogs).toEqual([{ title: 'Choose a folder for backups', properties: ['openDirectory', 'createDirectory'] }]);
    expect(JSON.parse(readFileSync(join(bridge.userDataPath, 'backup-settings.json'), 'utf8'))).toMatchObject({
      folder: backups,
    });
    close();
    expect(existsSync(bridge.userDataPath)).toBe(false);
  });

  it('writes, lists and reads backups with the given clock, and records each write', async () => {
    const backups = join(temporary.folder, 'Backups');
    const now = new Date(Date.UTC(2026, 2, 1, 9));
    const { call, bridge } = await installInFakePage({
      folderDialogPath: () => backups,
      userDataPath: join(temporary.folder, 'user-data'),
      now: () => now,
    });
    expect(bridge.userDataPath).toBe(join(temporary.folder, 'user-data'));
    await call('chooseBackupFolder');
    const fileName = 'scope-journal-backup-2026-03-01T09-00-00.json';
    await expect(call('writeBackup', { contents: backupText, reason: 'scheduled' })).resolves.toEqual({
      fileName,
      bytes: Buffer.byteLength(backupText),
      removed: [],
    });
    await expect(call('writeBackup', { contents: '', reason: 'quit' })).rejects.toThrow(/Invalid request/);
    expect(bridge.settledBackups).toEqual(['scheduled']);
    await expect(call('listBackups')).resolves.toEqual([
      { fileName, createdAt: now.toISOString(), bytes: Buffer.byteLength(backupText), encrypted: false },
    ]);
    const streamId = await openRead(call, { source: 'backup-folder', fileName });
    expect(new TextDecoder().decode(await readAll(call, streamId))).toBe(backupText);
    await call('closeFileStream', { streamId });
  });

  it('stores the passphrase through its stand-in key store, which a test can make unavailable', async () => {
    const backups = join(temporary.folder, 'Backups');
    const available = await installInFakePage({ folderDialogPath: () => backups });
    await available.call('chooseBackupFolder');
    await expect(available.call('updateBackupSettings', { encrypt: true, passphrase })).resolves.toMatchObject({
      encrypt: true,
      hasPassphrase: true,
    });
    const settings = readFileSync(join(available.bridge.userDataPath, 'backup-settings.json'), 'utf8');
    expect(settings).not.toContain(passphrase);

    const unavailable = await installInFakePage({ folderDialogPath: () => backups, isSecretStorageAvailable: false });
    await expect(unavailable.call('updateBackupSettings', { encrypt: true, passphrase })).rejects.toThrow(
      /cannot store the passphrase safely/,
    );
  });

  it('gives the page the bytes of an opened file as a Uint8Array', async () => {
    const file = join(temporary.folder, 'journal.zip');
    const bytes = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0xff, 0x80, 0x7f]);
    writeFileSync(file, bytes);
    const { call } = await installInFakePage({ openDialogPath: () => file });
    const result = await call('openFile', { title: 'Import', filters: [] });
    expect(result).toEqual({ status: 'opened', fileName: 'journal.zip', bytes });
    expect((result as { bytes: unknown }).bytes).toBeInstanceOf(Uint8Array);
  });

  it('gives the handler the bytes the page sends as a Uint8Array, and decrypts them read back in pieces', async () => {
    const encrypted = await encryptBackup(new TextEncoder().encode(backupText), passphrase, fastBackupEncryption);
    const file = join(temporary.folder, 'journal-backup.json.enc');
    const { call } = await installInFakePage({ saveDialogPath: () => file, openDialogPath: () => file });

    const opened = (await call('beginFileWrite', {
      target: 'dialog',
      title: 'Save',
      filters: [],
      suggestedName: 'journal-backup.json.enc',
    })) as {
      streamId: string;
    };
    await expect(call('writeFileChunk', { streamId: opened.streamId, bytes: Array.from(encrypted) })).rejects.toThrow(
      new RegExp(`Invalid request for ${desktopChannels.writeFileChunk}: bytes`),
    );
    await expect(call('writeFileChunk', { streamId: opened.streamId, bytes: encrypted })).resolves.toBeUndefined();
    await call('finishFileWrite', { streamId: opened.streamId });
    expect(readFileSync(file).equals(Buffer.from(encrypted))).toBe(true);

    const streamId = await openRead(call, { source: 'dialog', title: 'Restore', filters: [] });
    await call('unlockFileRead', { streamId, passphrase: 'not the passphrase' });
    await expect(readAll(call, streamId)).rejects.toThrow(
      `Error invoking remote method '${desktopChannels.readFileChunk}': Error: The passphrase is wrong`,
    );
    await call('unlockFileRead', { streamId, passphrase });
    expect(new TextDecoder().decode(await readAll(call, streamId))).toBe(backupText);
    await call('closeFileStream', { streamId });
  });

  it('requestBackup calls the page’s listeners with the reason only, until they unsubscribe', async () => {
    const { call, bridge } = await installInFakePage();
    await expect(bridge.requestBackup('scheduled')).resolves.toBe(0);

    const heard: unknown[][] = [];
    const stop = await call('onBackupRequested', (...args: unknown[]) => heard.push(args));
    await call('onBackupRequested', (reason: unknown) => heard.push(['second', reason]));
    await expect(bridge.requestBackup('quit')).resolves.toBe(2);
    expect(heard).toEqual([['quit'], ['second', 'quit']]);

    expect(typeof stop).toBe('function');
    if (typeof stop === 'function') {
      Reflect.apply(stop, undefined, []);
    }
    await expect(bridge.requestBackup('scheduled')).resolves.toBe(1);
    expect(heard.at(-1)).toEqual(['second', 'scheduled']);
    await expect(bridge.requestBackup('whenever' as 'now')).resolves.toBe(0);
    expect(() => call('onBackupRequested', 'not a function')).toThrow(TypeError);
  });

  it('sendCommand calls the page’s command listeners with well-formed commands only', async () => {
    const { call, bridge } = await installInFakePage();
    await expect(bridge.sendCommand({ type: 'new-entry' })).resolves.toBe(0);
    const heard: unknown[][] = [];
    const stop = await call('onCommand', (...args: unknown[]) => heard.push(args));
    await expect(bridge.sendCommand({ type: 'navigate', screen: 'insights' })).resolves.toBe(1);
    await expect(bridge.sendCommand({ type: 'show-follow-ups' })).resolves.toBe(1);
    await expect(bridge.sendCommand({ type: 'navigate', screen: 'admin' } as unknown as { type: 'import' })).resolves.toBe(0);
    await expect(bridge.sendCommand({ type: 'format-disk' } as unknown as { type: 'import' })).resolves.toBe(0);
    await expect(bridge.sendCommand({ type: 'import', extra: 1 } as unknown as { type: 'import' })).resolves.toBe(0);
    expect(heard).toEqual([[{ type: 'navigate', screen: 'insights' }], [{ type: 'show-follow-ups' }]]);
    if (typeof stop === 'function') {
      Reflect.apply(stop, undefined, []);
    }
    await expect(bridge.sendCommand({ type: 'import' })).resolves.toBe(0);
    expect(() => call('onCommand', 'not a function')).toThrow(TypeError);
  });

  it('runs the real reminder handlers, recording follow-ups, notifications and the theme', async () => {
    // Friday 12 June 2026, 17:00 local: after the weekly nudge's hour.
    const now = new Date(2026, 5, 12, 17);
    const { call, bridge } = await installInFakePage({ now: () => now, userDataPath: join(temporary.folder, 'user-data') });
    await expect(call('getReminderSettings')).resolves.toEqual({ weekly: false, quarterlyReview: false, followUps: false });
    const followUps = [
      { entryId: 'e1', title: 'Chose Postgres', followUpOn: '2026-06-01' },
      { entryId: 'e2', title: 'Launched v2', followUpOn: '2026-06-12' },
      { entryId: 'e3', title: 'Later', followUpOn: '2026-07-01' },
    ];
    await expect(call('setFollowUps', followUps)).resolves.toBeUndefined();
    expect(bridge.followUps).toEqual(followUps);
    expect(bridge.notifications).toEqual([]);
    await expect(call('setFollowUps', [{ entryId: 'e1', title: 'x', followUpOn: '2026-02-30' }])).rejects.toThrow(
      new RegExp(`Invalid request for ${desktopChannels.setFollowUps}`),
    );
    expect(bridge.followUps).toEqual(followUps);

    await expect(call('updateReminderSettings', { followUps: true, weekly: true })).resolves.toEqual({
      weekly: true,
      quarterlyReview: false,
      followUps: true,
    });
    // Turned on today, the weekly nudge waits for next Friday; the two follow-ups due come at once.
    expect(bridge.notifications).toEqual([
      expect.objectContaining({ title: '2 decisions are waiting for their outcome', command: { type: 'show-follow-ups' } }),
    ]);
    await bridge.checkReminders();
    expect(bridge.notifications).toHaveLength(1);
    expect(JSON.parse(readFileSync(join(temporary.folder, 'user-data', 'reminders.json'), 'utf8'))).toMatchObject({ followUps: true });

    await expect(call('setThemeSource', 'dark')).resolves.toBeUndefined();
    await expect(call('setThemeSource', 'sepia')).rejects.toThrow(/Invalid request/);
    expect(bridge.themeSources).toEqual(['dark']);
  });

  it('says why no backup can be requested in a page that cannot run scripts', async () => {
    const page: BridgePage = { exposeFunction: () => Promise.resolve(), addInitScript: () => Promise.resolve() };
    const bridge = await installMainBridge(page, { userDataPath: join(temporary.folder, 'user-data'), now: () => new Date() });
    await expect(bridge.requestBackup('quit')).rejects.toThrow(/cannot run scripts/);
    expect(readdirSync(temporary.folder)).toEqual([]);
  });
});

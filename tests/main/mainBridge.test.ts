import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInThisContext } from 'node:vm';
import type { Page } from '@playwright/test';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { installMainBridge, mainBridgeAppInfo, type MainBridgeOptions } from '../e2e/support/mainBridge';
import type { BridgeReply } from '../e2e/support/pagePreload';
import { createPlaywrightPdfExporter, type BridgePage, type PrintPage } from '../e2e/support/printPages';
import { navigateScript, waitForPrintReadyScript } from '../../src-main/services/pdfExport/pageScripts';
import { playwrightPdfOptions } from '../support/playwrightPdf';
import { encryptBackup } from '../../src-main/services/backups/backupCrypto';
import { fastBackupEncryption } from './fakeBackupPorts';
import { desktopApiGlobalName, desktopChannels } from '../../src-main/shared/contract';

/*
 * The end-to-end bridge, run without a browser: a fake page records what the bridge installs,
 * and the page-side script (the built preload, with stand-ins for Electron) runs against a
 * stand-in `window`. (The Playwright suites exercise it in Chromium.) Needs the build.
 */

// Compile-time proof that a real Playwright page fits the bridge.
const acceptsRealPages: (page: Page) => Promise<unknown> = (page) => installMainBridge(page);
void acceptsRealPages;

let folder: string;

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'scope-journal-bridge-'));
});

afterEach(() => {
  vi.unstubAllGlobals();
  rmSync(folder, { recursive: true, force: true });
});

/** What crosses a Playwright binding: JSON, in which a `Uint8Array` would become an object. */
function viaJson(value: unknown): unknown {
  return value === undefined ? undefined : JSON.parse(JSON.stringify(value));
}

/** Installs the bridge into a fake page, runs its init script, and returns the page's `api`. */
async function installInFakePage(options: MainBridgeOptions = {}) {
  let binding: ((channel: unknown, payload: unknown) => Promise<BridgeReply>) | undefined;
  const initScripts: string[] = [];
  const closeListeners: (() => void)[] = [];
  const pageWindow: Record<string, unknown> = {};
  const page: BridgePage = {
    exposeFunction: (name, callback) => {
      expect(name).toBe('__scopeJournalInvoke');
      binding = callback;
      return Promise.resolve();
    },
    addInitScript: (script) => {
      initScripts.push(script.content);
      return Promise.resolve();
    },
    // Runs the one kind of script the bridge sends: a call of a page function with JSON arguments.
    evaluate: (expression) => {
      const match = /^window\.(\w+)\((.*)\)$/.exec(expression);
      const target = match === null ? undefined : pageWindow[match[1] ?? ''];
      if (match === null || typeof target !== 'function') {
        return Promise.reject(new Error(`the fake page cannot evaluate ${expression}`));
      }
      return Promise.resolve(viaJson(Reflect.apply(target, undefined, [JSON.parse(match[2] ?? 'null')])));
    },
    once: (_event, listener) => closeListeners.push(listener),
  };
  // The unit tests' fixed clock (tests/support/fixedClock.ts) stands in for the page's test clock.
  const bridge = await installMainBridge(page, { now: () => new Date(), ...options });
  pageWindow.__scopeJournalInvoke = async (channel: unknown, payload: unknown) => viaJson(await binding?.(channel, viaJson(payload)));
  vi.stubGlobal('window', pageWindow);
  expect(initScripts).toHaveLength(1);
  for (const script of initScripts) {
    // The page runs the init script as a classic script in its own global scope.
    runInThisContext(script);
  }
  const api = pageWindow[desktopApiGlobalName];
  if (typeof api !== 'object' || api === null) {
    throw new Error('the bridge defined no window.api');
  }
  const functions: Record<string, unknown> = Object.fromEntries(Object.entries(api));
  /** Calls `window.api[method]` as page code would. */
  const call = (method: string, ...args: unknown[]): Promise<unknown> => {
    const target = functions[method];
    if (typeof target !== 'function') {
      throw new Error(`window.api.${method} is not a function`);
    }
    return Promise.resolve(Reflect.apply(target, undefined, args));
  };
  const close = () => closeListeners.forEach((listener) => listener());
  pagesToClose.push(close);
  return { bridge, methods: Object.keys(functions), call, close };
}

/** Closes every fake page a test opened, as Playwright does after each test. */
const pagesToClose: (() => void)[] = [];

afterEach(() => {
  pagesToClose.splice(0).forEach((close) => close());
});

describe('installMainBridge', () => {
  it('gives the page one function per contract method', async () => {
    const { methods, call } = await installInFakePage();
    expect(methods.sort()).toEqual([...Object.keys(desktopChannels), 'onBackupRequested', 'onCommand'].sort());
    await expect(call('getAppInfo')).resolves.toEqual(mainBridgeAppInfo);
  });

  it('saves through the real handler to the scripted path, and records the dialog', async () => {
    const target = join(folder, 'export.json');
    const { call, bridge } = await installInFakePage({ saveDialogPath: () => target });
    const request = { title: 'Export', suggestedName: 'journal.json', filters: [], contents: '{"ok":true}' };
    await expect(call('saveTextFile', request)).resolves.toEqual({ status: 'saved', filePath: target, bytes: 11 });
    expect(readFileSync(target, 'utf8')).toBe('{"ok":true}');
    expect(bridge.saveDialogs).toEqual([{ title: 'Export', defaultPath: 'journal.json', filters: [] }]);
  });

  it('cancels when the scripted dialog answers undefined', async () => {
    const { call } = await installInFakePage({ openDialogPath: () => undefined });
    await expect(call('openTextFile', { title: 'Import', filters: [] })).resolves.toEqual({ status: 'cancelled' });
  });

  it('rejects in the page with the handler’s message, worded as Electron words it', async () => {
    const { call, bridge } = await installInFakePage();
    await expect(call('openExternalLink', 'file:///etc/passwd')).rejects.toThrow(
      `Error invoking remote method '${desktopChannels.openExternalLink}': Error: Only web (http, https) and email (mailto) links`,
    );
    await expect(call('openExternalLink', 'https://example.com/')).resolves.toBeUndefined();
    expect(bridge.openedExternalLinks).toEqual(['https://example.com/']);
  });
});

describe('the bridge’s PDF export', () => {
  const pdfRequest = { packetId: 'p1', suggestedName: 'packet.pdf', pageSize: 'A4', title: 'Case for Staff', author: 'Maya Okafor' };

  it('runs the real handler with the given renderer and records what it rendered', async () => {
    const target = join(folder, 'packet.pdf');
    const { call, bridge } = await installInFakePage({
      saveDialogPath: () => target,
      renderPdf: () => Promise.resolve(new TextEncoder().encode('%PDF-1.7 test')),
    });
    await expect(call('exportPacketPdf', pdfRequest)).resolves.toEqual({ status: 'saved', filePath: target, bytes: 13 });
    expect(readFileSync(target, 'utf8')).toBe('%PDF-1.7 test');
    expect(bridge.renderedPdfs).toEqual([{ route: '#/print/packet/p1', pageSize: 'A4' }]);
  });

  it('by default prints a new page of the same context at the route, in print media, then keeps it warm', async () => {
    const calls: unknown[][] = [];
    const printPage: PrintPage = {
      exposeFunction: (name) => (calls.push(['exposeFunction', name]), Promise.resolve()),
      addInitScript: () => (calls.push(['addInitScript']), Promise.resolve()),
      setViewportSize: (size) => (calls.push(['setViewportSize', size]), Promise.resolve()),
      emulateMedia: (options) => (calls.push(['emulateMedia', options]), Promise.resolve()),
      goto: (url) => (calls.push(['goto', url]), Promise.resolve(null)),
      evaluate: (expression) => (calls.push(['evaluate', expression]), Promise.resolve('true')),
      pdf: (options) => (calls.push(['pdf', options]), Promise.resolve(new TextEncoder().encode('%PDF-1.7 x'))),
      close: () => (calls.push(['close']), Promise.resolve()),
    };
    const testPage = {
      url: () => 'http://127.0.0.1:4173/#/packets/p1',
      context: () => ({ newPage: () => Promise.resolve(printPage) }),
    };
    const routes: { how: 'load' | 'navigate'; route: string }[] = [];
    const exporter = createPlaywrightPdfExporter(
      testPage as unknown as BridgePage,
      (page) => page.exposeFunction('__scopeJournalInvoke', () => Promise.resolve({ ok: true, value: undefined })).then(() => undefined),
      routes,
    );
    const first = await exporter.render({ route: '#/print/packet/p1', pageSize: 'Letter' });
    expect(new TextDecoder().decode(first)).toBe('%PDF-1.7 x');
    await exporter.render({ route: '#/print/packet/p2', pageSize: 'A4' });
    await exporter.dispose();
    expect(calls).toEqual([
      ['exposeFunction', '__scopeJournalInvoke'],
      ['setViewportSize', { width: 794, height: 1123 }],
      ['emulateMedia', { media: 'print' }],
      ['goto', 'http://127.0.0.1:4173/#/print/packet/p1'],
      ['evaluate', waitForPrintReadyScript(1_000)],
      ['pdf', playwrightPdfOptions('Letter')],
      // Kept at the idle route, then reused for the next export without a reload.
      ['evaluate', navigateScript('#/print/idle')],
      ['evaluate', navigateScript('#/print/packet/p2')],
      ['evaluate', waitForPrintReadyScript(1_000)],
      ['pdf', playwrightPdfOptions('A4')],
      ['evaluate', navigateScript('#/print/idle')],
      ['close'],
    ]);
    expect(routes).toEqual([
      { how: 'load', route: '#/print/packet/p1' },
      { how: 'navigate', route: '#/print/idle' },
      { how: 'navigate', route: '#/print/packet/p2' },
      { how: 'navigate', route: '#/print/idle' },
    ]);
  });

  it('says what to do when the page cannot open a print page', async () => {
    const { call } = await installInFakePage({ saveDialogPath: () => join(folder, 'packet.pdf') });
    await expect(call('exportPacketPdf', pdfRequest)).rejects.toThrow(/pass `renderPdf` to installMainBridge/);
  });
});

describe('the bridge’s backups', () => {
  const passphrase = 'correct horse battery';
  const backupText = '{"format":"scope-journal-backup","entries":["déjà vu"]}';

  it('keeps the settings in a temporary user-data folder of its own, removed when the page closes', async () => {
    const backups = join(folder, 'Backups');
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
    const backups = join(folder, 'Backups');
    const now = new Date(Date.UTC(2026, 2, 1, 9));
    const { call, bridge } = await installInFakePage({
      folderDialogPath: () => backups,
      userDataPath: join(folder, 'user-data'),
      now: () => now,
    });
    expect(bridge.userDataPath).toBe(join(folder, 'user-data'));
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
    await expect(call('readBackup', { fileName })).resolves.toEqual({ contents: backupText });
  });

  it('stores the passphrase through its stand-in key store, which a test can make unavailable', async () => {
    const backups = join(folder, 'Backups');
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
    const file = join(folder, 'journal.zip');
    const bytes = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0xff, 0x80, 0x7f]);
    writeFileSync(file, bytes);
    const { call } = await installInFakePage({ openDialogPath: () => file });
    const result = await call('openFile', { title: 'Import', filters: [] });
    expect(result).toEqual({ status: 'opened', fileName: 'journal.zip', bytes });
    expect((result as { bytes: unknown }).bytes).toBeInstanceOf(Uint8Array);
  });

  it('gives the handler the bytes the page sends as a Uint8Array', async () => {
    const encrypted = await encryptBackup(new TextEncoder().encode(backupText), passphrase, fastBackupEncryption);
    const { call } = await installInFakePage();
    await expect(call('decryptBackup', { bytes: encrypted, passphrase })).resolves.toEqual({ contents: backupText });
    await expect(call('decryptBackup', { bytes: encrypted, passphrase: 'not the passphrase' })).rejects.toThrow(
      `Error invoking remote method '${desktopChannels.decryptBackup}': Error: The passphrase is wrong`,
    );
    await expect(call('decryptBackup', { bytes: Array.from(encrypted), passphrase })).rejects.toThrow(
      new RegExp(`Invalid request for ${desktopChannels.decryptBackup}: bytes`),
    );
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
    const { call, bridge } = await installInFakePage({ now: () => now, userDataPath: join(folder, 'user-data') });
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
    expect(JSON.parse(readFileSync(join(folder, 'user-data', 'reminders.json'), 'utf8'))).toMatchObject({ followUps: true });

    await expect(call('setThemeSource', 'dark')).resolves.toBeUndefined();
    await expect(call('setThemeSource', 'sepia')).rejects.toThrow(/Invalid request/);
    expect(bridge.themeSources).toEqual(['dark']);
  });

  it('says why no backup can be requested in a page that cannot run scripts', async () => {
    const page: BridgePage = { exposeFunction: () => Promise.resolve(), addInitScript: () => Promise.resolve() };
    const bridge = await installMainBridge(page, { userDataPath: join(folder, 'user-data'), now: () => new Date() });
    await expect(bridge.requestBackup('quit')).rejects.toThrow(/cannot run scripts/);
    expect(readdirSync(folder)).toEqual([]);
  });
});

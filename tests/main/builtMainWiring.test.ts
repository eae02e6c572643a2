import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Script } from 'node:vm';
import { describe, expect, it, vi } from 'vitest';
import { navigateScript, waitForPrintReadyScript } from '../../src-main/services/pdfExport/pageScripts';
import { desktopChannels, desktopEventChannels } from '../../src-main/shared/contract';
import { contentSecurityPolicy, developmentContentSecurityPolicy } from '../../src-main/security/contentSecurityPolicy';
import { createFakeEvent, createFakeMainElectron, type FakeElectronOptions, type FakeMainElectron } from './fakeElectron';
import { loadWithFakeElectron } from './loadWithFakeElectron';
import { builtPaths, invokeAs as invoke, requestApp, startBuiltMain, useBuiltMainSandbox } from './startBuiltMain';

/*
 * Runs the BUILT main bundle (out/main/index.js, as Electron would load it) against a fake
 * `electron` module and checks its wiring: window security options, the preload it names, every
 * channel handled and guarded, navigation and permissions locked down.
 */

const { mainBundle, preloadBundle, rendererPage, appPageUrl } = builtPaths;
const sandbox = useBuiltMainSandbox('scope-journal-main-');

/** Loads the built main bundle with a fresh fake and waits until its window has loaded a page. */
function startMain(options: Partial<FakeElectronOptions> = {}): Promise<FakeMainElectron> {
  return startBuiltMain({ userDataPath: sandbox.userDataPath, ...options });
}

function onlyWindow(electron: FakeMainElectron) {
  expect(electron.BrowserWindow.instances).toHaveLength(1);
  const [window] = electron.BrowserWindow.instances;
  if (window === undefined) {
    throw new Error('no window was created');
  }
  return window;
}

describe('the built main process', () => {
  it('exists (run `npx electron-vite build` first)', () => {
    expect(existsSync(mainBundle), `${mainBundle} is missing: run \`npx electron-vite build\``).toBe(true);
  });

  it('creates one isolated, sandboxed window without Node integration', async () => {
    const electron = await startMain();
    const { webPreferences } = onlyWindow(electron).options;
    expect(webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    });
    expect(electron.app.isSandboxEnabled).toBe(true);
    expect(onlyWindow(electron).options.show).toBe(false);
  });

  it('names a preload that exists on disk as a CommonJS bundle requiring only electron', async () => {
    const electron = await startMain();
    const preload = onlyWindow(electron).options.webPreferences?.preload ?? '';
    expect(resolve(preload)).toBe(preloadBundle);
    expect(existsSync(preload), `${preload} is missing`).toBe(true);
    const source = readFileSync(preload, 'utf8');
    // A sandboxed preload runs as a classic script: ESM syntax would fail to compile here.
    expect(() => new Script(Module.wrap(source), { filename: preload })).not.toThrow();
    const required = [...source.matchAll(/require\(\s*["']([^"']+)["']\s*\)/g)].map((match) => match[1]);
    expect(new Set(required)).toEqual(new Set(['electron']));
  });

  it('loads the built page from app://, never from file://', async () => {
    const window = onlyWindow(await startMain());
    expect(window.loadedUrls).toEqual([appPageUrl]);
    expect(window.loadedFiles).toEqual([]);
  });

  it('registers app:// as privileged before ready, and serves only the built renderer through it', async () => {
    const electron = await startMain();
    // The fake, like Electron, throws for a registration after ready and a handler before it.
    expect(electron.protocol.privilegedSchemes).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    expect([...electron.protocol.handlers.keys()]).toEqual(['app']);

    const page = await requestApp(electron, new Request(`${appPageUrl}#/journal`));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    expect(await page.text()).toBe(readFileSync(rendererPage, 'utf8'));
    const script = /<script type="module" crossorigin src="\.\/([^"]+)"/.exec(readFileSync(rendererPage, 'utf8'))?.[1];
    const asset = await requestApp(electron, new Request(new URL(script ?? 'missing', appPageUrl).href));
    expect(asset.status).toBe(200);
    expect(asset.headers.get('content-type')).toBe('text/javascript; charset=utf-8');

    for (const escape of [
      'app://scope-journal/../main/index.js',
      'app://scope-journal/%2e%2e/main/index.js',
      'app://scope-journal/assets/..%2f..%2fmain%2findex.js',
      'app://scope-journal/..\\main\\index.js',
      `app://scope-journal/${mainBundle}`,
      'app://another-host/index.html',
    ]) {
      expect((await requestApp(electron, escape)).status, escape).toBe(403);
    }
    // What Chromium would send for `../main/index.js` (normalised) names no file of the renderer.
    expect((await requestApp(electron, new Request('app://scope-journal/../main/index.js'))).status).toBe(404);
  });

  it('registers a handler for every channel of the contract, and no other', async () => {
    const electron = await startMain();
    expect([...electron.ipcMain.handlers.keys()].sort()).toEqual(Object.values(desktopChannels).sort());
  });

  it('answers the app page and validates payloads', async () => {
    const electron = await startMain();
    await expect(invoke(electron, desktopChannels.getAppInfo, `${appPageUrl}#/journal`)).resolves.toMatchObject({
      name: 'Scope Journal',
      version: '0.1.0-test',
    });
    await expect(invoke(electron, desktopChannels.saveTextFile, appPageUrl, {})).rejects.toThrow(/Invalid request/);
    await expect(invoke(electron, desktopChannels.openExternalLink, appPageUrl, 'file:///etc/passwd')).rejects.toThrow(/Only web/);
    await expect(invoke(electron, desktopChannels.getAppInfo, appPageUrl, 'extra')).rejects.toThrow(/Invalid request/);
  });

  it('refuses foreign senders on every channel, the built page opened from file:// too', async () => {
    const electron = await startMain();
    const builtPageFileUrl = pathToFileURL(rendererPage).href;
    for (const channel of Object.values(desktopChannels)) {
      await expect(invoke(electron, channel, 'https://evil.example/')).rejects.toThrow(/not the app's own page/);
      await expect(invoke(electron, channel, builtPageFileUrl)).rejects.toThrow(/not the app's own page/);
    }
    const listener = electron.ipcMain.handlers.get(desktopChannels.getAppInfo);
    const subframe = { senderFrame: { url: appPageUrl, parent: { url: appPageUrl } } };
    await expect(Promise.resolve(listener?.(subframe))).rejects.toThrow(/top-level/);
    await expect(Promise.resolve(listener?.({ senderFrame: null }))).rejects.toThrow(/gone/);
  });

  it('keeps the window on the app page and sends web links to the system browser', async () => {
    const electron = await startMain();
    const { webContents } = onlyWindow(electron);

    const external = createFakeEvent('https://example.com/article');
    webContents.emit('will-navigate', external);
    expect(external.defaultPrevented).toBe(true);
    expect(electron.shell.openedUrls).toEqual(['https://example.com/article']);

    const localFile = createFakeEvent('file:///etc/passwd');
    webContents.emit('will-navigate', localFile);
    expect(localFile.defaultPrevented).toBe(true);

    const ownPage = createFakeEvent(`${appPageUrl}#/insights`);
    webContents.emit('will-navigate', ownPage);
    expect(ownPage.defaultPrevented).toBe(false);

    const redirect = createFakeEvent('https://evil.example/');
    webContents.emit('will-redirect', redirect);
    expect(redirect.defaultPrevented).toBe(true);

    const webview = createFakeEvent();
    webContents.emit('will-attach-webview', webview);
    expect(webview.defaultPrevented).toBe(true);

    expect(electron.shell.openedUrls).toEqual(['https://example.com/article']);
  });

  it('denies every new window, opening only allowed links outside', async () => {
    const electron = await startMain();
    const { webContents } = onlyWindow(electron);
    expect(webContents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(webContents.windowOpenHandler?.({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    expect(webContents.windowOpenHandler?.({ url: appPageUrl })).toEqual({ action: 'deny' });
    expect(electron.shell.openedUrls).toEqual(['https://example.com/']);
  });

  it('denies every permission request and check', async () => {
    const electron = await startMain();
    const { defaultSession } = electron.session;
    const answers: boolean[] = [];
    for (const permission of ['media', 'notifications', 'geolocation', 'clipboard-read']) {
      defaultSession.permissionRequestHandler?.({}, permission, (isGranted) => answers.push(isGranted));
    }
    expect(answers).toEqual([false, false, false, false]);
    expect(defaultSession.permissionCheckHandler?.()).toBe(false);
  });

  it('sends the strict content security policy with every app:// response, and by no second mechanism', async () => {
    const electron = await startMain();
    for (const url of [appPageUrl, 'app://scope-journal/missing.js', 'app://scope-journal/../secret']) {
      const response = await requestApp(electron, url);
      expect(response.headers.get('content-security-policy'), url).toBe(contentSecurityPolicy);
    }
    expect(electron.session.defaultSession.headersListener).toBeUndefined();
  });

  it('creates no print window at startup', async () => {
    const electron = await startMain();
    await new Promise((settle) => setTimeout(settle, 20));
    expect(electron.BrowserWindow.instances).toHaveLength(1);
    expect(onlyWindow(electron).options.webPreferences).not.toHaveProperty('backgroundThrottling');
  });

  it('exports a packet as PDF through a hidden, equally locked-down print window, kept warm until the main window closes', async () => {
    const electron = await startMain();
    const mainWindow = onlyWindow(electron);
    const target = join(sandbox.userDataPath, 'packet.pdf');
    electron.dialog.savePath = target;
    const request = { packetId: 'p/1 #x', suggestedName: 'packet.pdf', pageSize: 'Letter', title: 'Packet', author: '' };
    await expect(invoke(electron, desktopChannels.exportPacketPdf, appPageUrl, request)).resolves.toEqual({
      status: 'saved',
      filePath: target,
      bytes: Buffer.byteLength(electron.printState.pdf),
    });
    expect(readFileSync(target, 'utf8')).toBe(electron.printState.pdf);

    expect(electron.BrowserWindow.instances).toHaveLength(2);
    const printWindow = electron.BrowserWindow.instances[1];
    if (printWindow === undefined) {
      throw new Error('no print window was created');
    }
    expect(printWindow.options).toMatchObject({ show: false, width: 794, height: 1123 });
    expect(printWindow.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      preload: mainWindow.options.webPreferences?.preload,
    });
    expect(printWindow.isShown).toBe(false);
    expect(printWindow.loadedUrls).toEqual([`${appPageUrl}#/print/packet/p%2F1%20%23x`]);
    expect(printWindow.loadedFiles).toEqual([]);
    expect(printWindow.webContents.executedScripts).toEqual([waitForPrintReadyScript(1_000), navigateScript('#/print/idle')]);
    expect(printWindow.webContents.printedWith).toEqual([
      expect.objectContaining({
        pageSize: 'Letter',
        printBackground: true,
        displayHeaderFooter: true,
        footerTemplate: expect.stringMatching(/class="pageNumber".*class="totalPages"/) as unknown,
      }),
    ]);
    // The print window was guarded like every other.
    expect(printWindow.webContents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(mainWindow.isDestroyed()).toBe(false);

    // Kept at the idle route for the next export, which only changes the route.
    expect(printWindow.isDestroyedNow).toBe(false);
    await invoke(electron, desktopChannels.exportPacketPdf, appPageUrl, { ...request, packetId: 'p2' });
    expect(electron.BrowserWindow.instances).toHaveLength(2);
    expect(printWindow.loadedUrls).toHaveLength(1);
    expect(printWindow.webContents.executedScripts.slice(2)).toEqual([
      navigateScript('#/print/packet/p2'),
      waitForPrintReadyScript(1_000),
      navigateScript('#/print/idle'),
    ]);

    // Closing the main window closes the print window too, so the app can quit.
    const quits = vi.fn();
    electron.app.on('window-all-closed', quits);
    mainWindow.close();
    await new Promise((settle) => setTimeout(settle, 20));
    expect(printWindow.isDestroyedNow).toBe(true);
    expect(quits).toHaveBeenCalled();
  });

  it('prepares a print window at the idle route when asked, before any export', async () => {
    const electron = await startMain();
    await expect(invoke(electron, desktopChannels.preparePdfExport, appPageUrl)).resolves.toBeUndefined();
    expect(electron.BrowserWindow.instances).toHaveLength(2);
    const printWindow = electron.BrowserWindow.instances[1];
    expect(printWindow?.isShown).toBe(false);
    expect(printWindow?.loadedUrls).toEqual([`${appPageUrl}#/print/idle`]);
    await expect(invoke(electron, desktopChannels.preparePdfExport, appPageUrl, 'extra')).rejects.toThrow(/Invalid request/);
  });

  it('renders nothing when the PDF save dialog is cancelled', async () => {
    const electron = await startMain();
    const request = { packetId: 'p1', suggestedName: 'packet.pdf', pageSize: 'A4', title: 'Packet', author: '' };
    await expect(invoke(electron, desktopChannels.exportPacketPdf, appPageUrl, request)).resolves.toEqual({
      status: 'cancelled',
    });
    expect(electron.BrowserWindow.instances).toHaveLength(1);
  });

  it('saves nothing and destroys the print window when the print view reports an error', async () => {
    const electron = await startMain();
    electron.dialog.savePath = join(sandbox.userDataPath, 'packet.pdf');
    electron.printState.ready = 'error';
    const before = readdirSync(sandbox.userDataPath);
    const request = { packetId: 'p1', suggestedName: 'packet.pdf', pageSize: 'A4', title: 'Packet', author: '' };
    await expect(invoke(electron, desktopChannels.exportPacketPdf, appPageUrl, request)).rejects.toThrow(
      /reported an error.*nothing was saved/,
    );
    expect(electron.BrowserWindow.instances[1]?.isDestroyedNow).toBe(true);
    expect(electron.BrowserWindow.instances[1]?.webContents.printedWith).toEqual([]);
    expect(readdirSync(sandbox.userDataPath)).toEqual(before);
  });

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

describe('automatic backups in the built main process', () => {
  /** Starts the app and, when `folder` is given, chooses it as the backup folder through the handler. */
  async function startWithBackups(folder?: string) {
    const electron = await startMain();
    if (folder !== undefined) {
      electron.dialog.folderPath = folder;
      await expect(invoke(electron, desktopChannels.chooseBackupFolder, appPageUrl)).resolves.toMatchObject({ folder });
    }
    return electron;
  }

  /** The backup requests the main process sent to the page. */
  function backupRequests(electron: FakeMainElectron): unknown[][] {
    return onlyWindow(electron)
      .webContents.sent.filter((message) => message.channel === desktopEventChannels.backupRequested)
      .map((message) => message.args);
  }

  it('chooses the folder with the system folder chooser, then writes, lists and reads backups', async () => {
    const folder = join(sandbox.userDataPath, 'Backups');
    const electron = await startWithBackups(folder);
    expect(electron.dialog.openDialogs.at(-1)).toMatchObject({ properties: ['openDirectory', 'createDirectory'] });
    expect(JSON.parse(readFileSync(join(sandbox.userDataPath, 'backup-settings.json'), 'utf8'))).toMatchObject({ folder });

    const contents = '{"format":"scope-journal-backup"}';
    const written = await invoke(electron, desktopChannels.writeBackup, appPageUrl, { contents, reason: 'now' });
    expect(written).toMatchObject({ fileName: expect.stringMatching(/^scope-journal-backup-.*\.json$/) as unknown });
    const listed = await invoke(electron, desktopChannels.listBackups, appPageUrl);
    expect(listed).toEqual([expect.objectContaining({ encrypted: false, bytes: contents.length })]);
    const [backup] = listed as { fileName: string }[];
    await expect(invoke(electron, desktopChannels.readBackup, appPageUrl, { fileName: backup?.fileName })).resolves.toEqual({ contents });
    await expect(invoke(electron, desktopChannels.getBackupSettings, appPageUrl)).resolves.toMatchObject({
      lastBackupAt: expect.any(String) as unknown,
    });
  });

  it('keeps the passphrase sealed by safeStorage, and refuses encryption when safeStorage protects nothing', async () => {
    const electron = await startWithBackups(join(sandbox.userDataPath, 'Backups'));
    const passphrase = 'correct horse battery';
    await expect(invoke(electron, desktopChannels.updateBackupSettings, appPageUrl, { encrypt: true, passphrase })).resolves.toMatchObject({
      encrypt: true,
      hasPassphrase: true,
    });
    const stored = JSON.parse(readFileSync(join(sandbox.userDataPath, 'backup-settings.json'), 'utf8')) as {
      protectedPassphrase: string;
    };
    expect(electron.safeStorage.decryptString(Buffer.from(stored.protectedPassphrase, 'base64'))).toBe(passphrase);

    if (process.platform === 'linux') {
      electron.safeStorage.backend = 'basic_text';
      await expect(
        invoke(electron, desktopChannels.updateBackupSettings, appPageUrl, { passphrase: 'another passphrase' }),
      ).rejects.toThrow(/cannot store the passphrase safely/);
    }
  });

  it('asks the page for a backup at quit, and quits once it is written', async () => {
    const electron = await startWithBackups(join(sandbox.userDataPath, 'Backups'));
    const quitsBefore = electron.app.quitCount;
    const beforeQuit = createFakeEvent();
    electron.app.emit('before-quit', beforeQuit);
    expect(beforeQuit.defaultPrevented).toBe(true);
    expect(backupRequests(electron)).toEqual([['quit']]);

    // Quitting again meanwhile still waits, without asking again.
    const again = createFakeEvent();
    electron.app.emit('before-quit', again);
    expect(again.defaultPrevented).toBe(true);
    expect(electron.app.quitCount).toBe(quitsBefore);

    await invoke(electron, desktopChannels.writeBackup, appPageUrl, { contents: '{"entries":[]}', reason: 'quit' });
    expect(electron.app.quitCount).toBe(quitsBefore + 1);
    const final = createFakeEvent();
    electron.app.emit('before-quit', final);
    expect(final.defaultPrevented).toBe(false);
    expect(backupRequests(electron)).toEqual([['quit']]);
  });

  it('quits as well when the page’s quit backup fails', async () => {
    // A file where the folder should be: the backup cannot be written.
    const notAFolder = join(sandbox.userDataPath, 'Backups');
    writeFileSync(notAFolder, '');
    const electron = await startWithBackups(notAFolder);
    const quitsBefore = electron.app.quitCount;
    electron.app.emit('before-quit', createFakeEvent());
    await expect(
      invoke(electron, desktopChannels.writeBackup, appPageUrl, { contents: '{"entries":[]}', reason: 'quit' }),
    ).rejects.toThrow();
    expect(electron.app.quitCount).toBe(quitsBefore + 1);
  });

  it('lets the quit go at once, asking nothing, while no backup folder is chosen', async () => {
    const electron = await startWithBackups();
    const beforeQuit = createFakeEvent();
    electron.app.emit('before-quit', beforeQuit);
    expect(beforeQuit.defaultPrevented).toBe(false);
    expect(backupRequests(electron)).toEqual([]);
  });

  it.skipIf(process.platform === 'darwin')('keeps the window open for the backup when closing it quits the app', async () => {
    const electron = await startWithBackups(join(sandbox.userDataPath, 'Backups'));
    const window = onlyWindow(electron);
    window.close();
    expect(window.isDestroyed()).toBe(false);
    expect(backupRequests(electron)).toEqual([['quit']]);
    expect(existsSync(join(sandbox.userDataPath, 'window-state.json'))).toBe(false);

    const quitsBefore = electron.app.quitCount;
    await invoke(electron, desktopChannels.writeBackup, appPageUrl, { contents: '{"entries":[]}', reason: 'quit' });
    expect(electron.app.quitCount).toBe(quitsBefore + 1);
    // As `app.quit()` does: the window closes now, and remembers where it was.
    window.close();
    expect(window.isDestroyed()).toBe(true);
    await vi.waitFor(() => expect(existsSync(join(sandbox.userDataPath, 'window-state.json'))).toBe(true));
  });
});

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

describe('the built main process in development', () => {
  it('loads the dev server page with a development policy when unpackaged', async () => {
    process.env.ELECTRON_RENDERER_URL = 'http://127.0.0.1:5173';
    const electron = await startMain({ isPackaged: false });
    expect(onlyWindow(electron).loadedUrls).toEqual(['http://127.0.0.1:5173']);
    // The dev server's responses get the policy as a header; app:// serves nothing in development.
    let headers: Record<string, string | string[]> | undefined;
    electron.session.defaultSession.headersListener?.(
      { responseHeaders: { 'content-security-policy': ['default-src *'], 'Content-Type': ['text/html'] } },
      (response) => (headers = response.responseHeaders),
    );
    expect(headers).toEqual({
      'Content-Type': ['text/html'],
      'Content-Security-Policy': [developmentContentSecurityPolicy('http://127.0.0.1:5173')],
    });
    expect(electron.protocol.handlers.size).toBe(0);
    await expect(invoke(electron, desktopChannels.getAppInfo, 'http://127.0.0.1:5173/#/journal')).resolves.toBeDefined();
    await expect(invoke(electron, desktopChannels.getAppInfo, 'http://127.0.0.1:5174/')).rejects.toThrow(/own page/);
    await expect(invoke(electron, desktopChannels.getAppInfo, appPageUrl)).rejects.toThrow(/own page/);
  });

  it('loads the print route from the dev server for a PDF export', async () => {
    process.env.ELECTRON_RENDERER_URL = 'http://127.0.0.1:5173';
    const electron = await startMain({ isPackaged: false });
    electron.dialog.savePath = join(sandbox.userDataPath, 'packet.pdf');
    const request = { packetId: 'p1', suggestedName: 'packet.pdf', pageSize: 'A4', title: 'Packet', author: '' };
    await invoke(electron, desktopChannels.exportPacketPdf, 'http://127.0.0.1:5173/#/packets', request);
    const printWindow = electron.BrowserWindow.instances[1];
    expect(printWindow?.loadedUrls).toEqual(['http://127.0.0.1:5173/#/print/packet/p1']);
    expect(printWindow?.loadedFiles).toEqual([]);
    expect(printWindow?.options).toMatchObject({ width: 794, height: 1123 });
  });

  it('ignores ELECTRON_RENDERER_URL in a packaged app', async () => {
    process.env.ELECTRON_RENDERER_URL = 'https://evil.example/';
    const window = onlyWindow(await startMain({ isPackaged: true }));
    expect(window.loadedUrls).toEqual([appPageUrl]);
    expect(window.loadedFiles).toEqual([]);
  });
});

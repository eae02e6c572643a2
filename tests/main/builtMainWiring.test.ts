import { existsSync, readFileSync } from 'node:fs';
import Module from 'node:module';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Script } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { desktopChannels } from '../../src-main/shared/contract';
import { contentSecurityPolicy, developmentContentSecurityPolicy } from '../../src-main/security/contentSecurityPolicy';
import { createFakeEvent } from './fakeEvent';
import { builtPaths, invokeAs as invoke, onlyWindow, requestApp, useBuiltMain } from './startBuiltMain';

/*
 * Runs the BUILT main bundle (out/main/index.js, as Electron would load it) against a fake
 * `electron` module and checks its wiring: window security options, the preload it names, every
 * channel handled and guarded, navigation and permissions locked down. The other builtMain*.test.ts
 * files check the PDF export, the app's lifecycle, automatic backups and the desktop citizen.
 */

const { mainBundle, preloadBundle, rendererPage, appPageUrl } = builtPaths;
const { sandbox, startMain } = useBuiltMain('scope-journal-main-');

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

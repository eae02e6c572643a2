import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createPlaywrightPdfExporter,
  installMainBridge,
  mainBridgeAppInfo,
  type BridgePage,
  type BridgeReply,
  type MainBridgeOptions,
  type PageApiSettings,
  type PrintPage,
} from '../e2e/support/mainBridge';
import { navigateScript, playwrightPdfOptions, waitForPrintReadyScript } from '../../src-main/services/pdfExport';
import { desktopApiGlobalName, desktopChannels } from '../../src-main/shared/contract';

/*
 * The end-to-end bridge, run without a browser: a fake page records what the bridge installs,
 * and the page-side script runs against a stand-in `window`. (The Playwright suites exercise it in
 * Chromium.)
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

/** Installs the bridge into a fake page, runs its init script, and returns the page's `api`. */
async function installInFakePage(options: MainBridgeOptions = {}) {
  let binding: ((channel: unknown, payload: unknown) => Promise<BridgeReply>) | undefined;
  const initScripts: { script: (settings: PageApiSettings) => void; settings: PageApiSettings }[] = [];
  const page: BridgePage = {
    exposeFunction: (name, callback) => {
      expect(name).toBe('__scopeJournalInvoke');
      binding = callback;
      return Promise.resolve();
    },
    addInitScript: (script, settings) => {
      initScripts.push({ script, settings });
      return Promise.resolve();
    },
  };
  const bridge = await installMainBridge(page, options);
  const pageWindow: Record<string, unknown> = { __scopeJournalInvoke: binding };
  vi.stubGlobal('window', pageWindow);
  expect(initScripts).toHaveLength(1);
  for (const { script, settings } of initScripts) {
    // Playwright sends the settings to the page as a copy; so does this.
    script(structuredClone(settings));
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
  return { bridge, methods: Object.keys(functions), call };
}

describe('installMainBridge', () => {
  it('gives the page one function per contract method', async () => {
    const { methods, call } = await installInFakePage();
    expect(methods.sort()).toEqual(Object.keys(desktopChannels).sort());
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
      "Error invoking remote method 'journal:shell:open-external': Error: Only web (http, https) and email (mailto) links",
    );
    await expect(call('openExternalLink', 'https://example.com/')).resolves.toBeUndefined();
    expect(bridge.openedExternalLinks).toEqual(['https://example.com/']);
  });
});

describe('the bridge’s PDF export', () => {
  const pdfRequest = { packetId: 'p1', suggestedName: 'packet.pdf', pageSize: 'A4' };

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

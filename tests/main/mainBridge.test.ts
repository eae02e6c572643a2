import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  installMainBridge,
  mainBridgeAppInfo,
  type BridgePage,
  type BridgeReply,
  type MainBridgeOptions,
  type PageApiSettings,
} from '../e2e/support/mainBridge';
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

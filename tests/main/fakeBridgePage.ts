import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInThisContext } from 'node:vm';
import type { Page } from '@playwright/test';
import { afterEach, beforeEach, expect, vi } from 'vitest';
import { installMainBridge, type MainBridgeOptions } from '../e2e/support/mainBridge';
import type { BridgeReply } from '../e2e/support/pagePreload';
import type { BridgePage } from '../e2e/support/printPages';
import { desktopApiGlobalName } from '../../src-main/shared/contract';

/*
 * The harness of the end-to-end bridge's own tests, run without a browser: a fake page records what the bridge installs,
 * and the page-side script (the built preload, with stand-ins for Electron) runs against a
 * stand-in `window`. (The Playwright suites exercise it in Chromium.) Needs the build.
 */

// Compile-time proof that a real Playwright page fits the bridge.
const acceptsRealPages: (page: Page) => Promise<unknown> = (page) => installMainBridge(page);
void acceptsRealPages;

/** This test's temporary folder. */
export const temporary = { folder: '' };

/** Gives each test of the calling file a temporary folder, and closes its fake pages after it. */
export function useFakePages(): void {
  beforeEach(() => {
    temporary.folder = mkdtempSync(join(tmpdir(), 'scope-journal-bridge-'));
  });
  afterEach(() => {
    pagesToClose.splice(0).forEach((close) => close());
    vi.unstubAllGlobals();
    rmSync(temporary.folder, { recursive: true, force: true });
  });
}

/** What crosses a Playwright binding: JSON, in which a `Uint8Array` would become an object. */
function viaJson(value: unknown): unknown {
  return value === undefined ? undefined : JSON.parse(JSON.stringify(value));
}

/** Installs the bridge into a fake page, runs its init script, and returns the page's `api`. */
export async function installInFakePage(options: MainBridgeOptions = {}) {
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

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../../src-main/security/contentSecurityPolicy';
import { createFakeEvent } from '../fakeEvent';
import { builtPaths, requestApp, startBuiltMain } from '../startBuiltMain';
import { mainContents, root, useChecklistApp } from './checklistApp';

/*
 * Electron's security checklist (https://www.electronjs.org/docs/latest/tutorial/security), one
 * `describe` per item, checked against the BUILT main bundle run with the fake `electron`, against
 * the pure security modules, or (fuses) against the packaging configuration. Items that do not
 * apply say why. Several of these are also
 * tested where the code lives (security.test.ts, builtMainWiring.test.ts, registerHandlers.test.ts);
 * this folder is the one place a reviewer can read the whole list: items 1 to 12 (what the windows
 * load and may do) here, items 13 to 20 in boundaries.test.ts.
 */

const { appPageUrl, rendererPage } = builtPaths;
const { sandbox, startWithEveryWindow, everyWindowsPreferences } = useChecklistApp();

/** The policy in the built page's `<meta http-equiv="Content-Security-Policy">`. */
function builtPageMetaPolicy(): string | undefined {
  const html = readFileSync(rendererPage, 'utf8');
  const match = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/i.exec(html);
  return match?.[1]?.replaceAll('&#39;', "'").replaceAll('&quot;', '"').replaceAll('&amp;', '&');
}

/** Every source file of the renderer, for the few checks that are about what the code never does. */
function rendererSources(folder = join(root, 'src-renderer/src')): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? rendererSources(path) : [path];
  });
}

describe('1. only secure content is loaded', () => {
  it('loads the built page from app://, never from file:// or the network, in every window', async () => {
    const electron = await startWithEveryWindow();
    for (const window of electron.BrowserWindow.instances) {
      expect(window.loadedUrls).toEqual([expect.stringMatching(/^app:\/\/scope-journal\/index\.html(#|$)/) as unknown]);
      expect(window.loadedFiles).toEqual([]);
    }
  });

  it('names no network origin in the policy or the built page', () => {
    expect(contentSecurityPolicy).not.toMatch(/\b(https?|wss?|ftp):/);
    expect(readFileSync(rendererPage, 'utf8')).not.toMatch(/\b(src|href)="(https?:)?\/\//);
  });
});

describe('2. no Node.js integration for remote content (none is loaded; none anywhere)', () => {
  it('turns Node off in every window, its workers and its frames', async () => {
    for (const preferences of await everyWindowsPreferences()) {
      expect(preferences.nodeIntegration).toBe(false);
      expect(preferences.nodeIntegrationInWorker).not.toBe(true);
      expect(preferences.nodeIntegrationInSubFrames).not.toBe(true);
    }
  });
});

describe('3. context isolation', () => {
  it('isolates every window', async () => {
    for (const preferences of await everyWindowsPreferences()) {
      expect(preferences.contextIsolation).toBe(true);
    }
  });
});

describe('4. process sandboxing', () => {
  it('sandboxes every window, and every renderer app-wide', async () => {
    for (const preferences of await everyWindowsPreferences()) {
      expect(preferences.sandbox).toBe(true);
    }
    const electron = await startBuiltMain({ userDataPath: sandbox.userDataPath });
    expect(electron.app.isSandboxEnabled).toBe(true);
  });
});

describe('5. session permission requests', () => {
  it('refuses every permission request and check', async () => {
    const { session } = await startBuiltMain({ userDataPath: sandbox.userDataPath });
    const answers: boolean[] = [];
    for (const permission of ['media', 'notifications', 'geolocation', 'clipboard-read', 'openExternal']) {
      session.defaultSession.permissionRequestHandler?.({}, permission, (isGranted) => answers.push(isGranted));
    }
    expect(answers).toEqual([false, false, false, false, false]);
    expect(session.defaultSession.permissionCheckHandler?.()).toBe(false);
  });
});

describe('6. webSecurity is not disabled', () => {
  it('keeps webSecurity on in every window', async () => {
    for (const preferences of await everyWindowsPreferences()) {
      expect(preferences.webSecurity).toBe(true);
    }
  });
});

describe('7. a restrictive Content-Security-Policy', () => {
  it('allows no eval, no inline script and no origin but the app’s own', () => {
    expect(contentSecurityPolicy).toContain("default-src 'none'");
    expect(contentSecurityPolicy).toContain("script-src 'self'");
    expect(contentSecurityPolicy).toContain("object-src 'none'");
    expect(contentSecurityPolicy).not.toMatch(/'unsafe-(eval|inline)'|'wasm-unsafe-eval'|\*/);
  });

  it('is sent as a header with every app:// response', async () => {
    const electron = await startBuiltMain({ userDataPath: sandbox.userDataPath, isPackaged: true });
    for (const url of [appPageUrl, 'app://scope-journal/missing.js', 'app://scope-journal/../secret']) {
      expect((await requestApp(electron, url)).headers.get('content-security-policy'), url).toBe(contentSecurityPolicy);
    }
  });

  it('is in the built page’s meta tag too (for the browser build, which vite preview serves)', () => {
    expect(builtPageMetaPolicy()).toBe(contentSecurityPolicy);
  });
});

describe('8. allowRunningInsecureContent is not enabled', () => {
  it('leaves it off in every window', async () => {
    for (const preferences of await everyWindowsPreferences()) {
      expect(preferences.allowRunningInsecureContent).not.toBe(true);
    }
  });
});

describe('9. no experimental features', () => {
  it('leaves experimentalFeatures off in every window', async () => {
    for (const preferences of await everyWindowsPreferences()) {
      expect(preferences.experimentalFeatures).not.toBe(true);
    }
  });
});

describe('10. no enableBlinkFeatures', () => {
  it('enables no Blink feature in any window', async () => {
    for (const preferences of await everyWindowsPreferences()) {
      expect(preferences).not.toHaveProperty('enableBlinkFeatures');
    }
  });
});

describe('11 and 12. <webview>: no allowpopups, options verified (no webview is used)', () => {
  it('never enables the webview tag, and refuses to attach one', async () => {
    for (const preferences of await everyWindowsPreferences()) {
      expect(preferences.webviewTag).not.toBe(true);
    }
    const electron = await startBuiltMain({ userDataPath: sandbox.userDataPath });
    const attach = createFakeEvent();
    mainContents(electron).emit('will-attach-webview', attach);
    expect(attach.defaultPrevented).toBe(true);
  });

  it('has no webview in the renderer’s code', () => {
    const withWebview = rendererSources().filter((file) => /<webview|\bwebview\b/i.test(readFileSync(file, 'utf8')));
    expect(withWebview).toEqual([]);
  });
});

import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { createAppPageMatcher, resolveAppPageLocation } from '../../src-main/security/appPage';
import { contentSecurityPolicy, developmentContentSecurityPolicy } from '../../src-main/security/contentSecurityPolicy';
import { isAllowedExternalUrl } from '../../src-main/shared/externalUrl';
import { installPermissionGuards } from '../../src-main/security/permissionGuards';
import { installWindowGuards } from '../../src-main/security/windowGuards';
import { createFakeEvent } from './fakeEvent';

describe('isAllowedExternalUrl', () => {
  it.each(['https://staffeng.com/guides', 'http://localhost:3000/', 'mailto:me@example.com'])('allows %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(true);
  });

  it.each([
    'file:///C:/Windows/System32/calc.exe',
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    'smb://attacker/share',
    'ms-msdt:/id PCWDiagnostic',
    'https://admin@example.com',
    'mailto:',
    '',
    'example.com',
    `https://example.com/${'x'.repeat(2048)}`,
  ])('refuses %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(false);
  });
});

describe('app page', () => {
  const appPageUrl = 'app://scope-journal/index.html';

  it('is app://scope-journal/index.html, or the dev server only in an unpackaged app', () => {
    expect(resolveAppPageLocation({ devServerUrl: 'http://localhost:5173', isPackaged: false })).toEqual({
      kind: 'dev-server',
      url: 'http://localhost:5173',
    });
    expect(resolveAppPageLocation({ devServerUrl: 'http://localhost:5173', isPackaged: true })).toEqual({
      kind: 'app-protocol',
      url: appPageUrl,
    });
    expect(resolveAppPageLocation({ devServerUrl: 'file:///tmp/evil.html', isPackaged: false })).toEqual({
      kind: 'app-protocol',
      url: appPageUrl,
    });
    expect(resolveAppPageLocation({ devServerUrl: undefined, isPackaged: false }).kind).toBe('app-protocol');
  });

  it('matches the app:// page with any route or query, and nothing else', () => {
    const isAppPage = createAppPageMatcher(resolveAppPageLocation({ devServerUrl: undefined, isPackaged: true }));
    expect(isAppPage(appPageUrl)).toBe(true);
    expect(isAppPage(`${appPageUrl}#/packet?id=3`)).toBe(true);
    expect(isAppPage(`${appPageUrl}?from=menu#/journal`)).toBe(true);
    for (const url of [
      'app://scope-journal/other.html',
      'app://scope-journal/assets/index.html',
      'app://scope-journal/index.html/',
      'app://scope-journal/',
      'app://another-host/index.html',
      'app://scope-journal.evil.example/index.html',
      'app://user@scope-journal/index.html',
      'app://scope-journal:8080/index.html',
      'https://scope-journal/index.html',
      // The built page opened from disk is not the app's page any more.
      'file:///opt/Scope%20Journal/resources/app.asar/out/renderer/index.html',
      'file:///index.html',
      'not a url',
    ]) {
      expect(isAppPage(url), url).toBe(false);
    }
  });

  it('matches the dev server by origin', () => {
    const isAppPage = createAppPageMatcher({ kind: 'dev-server', url: 'http://localhost:5173/' });
    expect(isAppPage('http://localhost:5173/#/journal')).toBe(true);
    expect(isAppPage('http://localhost:5174/')).toBe(false);
    expect(isAppPage('http://localhost.evil.example:5173/')).toBe(false);
    expect(isAppPage(appPageUrl)).toBe(false);
  });
});

describe('installWindowGuards', () => {
  function guardedContents() {
    const contents = Object.assign(new EventEmitter(), {
      windowOpenHandler: undefined as ((details: { url: string }) => { action: 'deny' }) | undefined,
      setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }) {
        contents.windowOpenHandler = handler;
      },
    });
    const opened: string[] = [];
    installWindowGuards(contents, {
      isAppPage: createAppPageMatcher(resolveAppPageLocation({ devServerUrl: undefined, isPackaged: true })),
      openExternal: (url) => {
        opened.push(url);
        return Promise.resolve();
      },
    });
    return { contents, opened };
  }

  it('lets the app page navigate within itself', () => {
    const { contents, opened } = guardedContents();
    const event = createFakeEvent('app://scope-journal/index.html#/insights');
    contents.emit('will-navigate', event);
    expect(event.defaultPrevented).toBe(false);
    expect(opened).toEqual([]);
  });

  it('cancels navigation away, opening only allowed links outside', () => {
    const { contents, opened } = guardedContents();
    for (const url of [
      'https://example.com/',
      'file:///etc/passwd',
      'javascript:void 0',
      'app://scope-journal/other.html',
      'app://another-host/index.html',
    ]) {
      const event = createFakeEvent(url);
      contents.emit('will-navigate', event);
      expect(event.defaultPrevented).toBe(true);
    }
    expect(opened).toEqual(['https://example.com/']);
  });

  it('cancels redirects away without opening them', () => {
    const { contents, opened } = guardedContents();
    const event = createFakeEvent('https://example.com/');
    contents.emit('will-redirect', event);
    expect(event.defaultPrevented).toBe(true);
    expect(opened).toEqual([]);
  });

  it('denies new windows and webviews', () => {
    const { contents, opened } = guardedContents();
    expect(contents.windowOpenHandler?.({ url: 'mailto:me@example.com' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'app://scope-journal/index.html' })).toEqual({ action: 'deny' });
    const webview = createFakeEvent();
    contents.emit('will-attach-webview', webview);
    expect(webview.defaultPrevented).toBe(true);
    expect(opened).toEqual(['mailto:me@example.com']);
  });
});

describe('installPermissionGuards', () => {
  it('denies every request and check', () => {
    const granted: boolean[] = [];
    let check: (() => boolean) | undefined;
    installPermissionGuards({
      setPermissionRequestHandler: (handler) => handler(undefined, 'media', (isGranted) => granted.push(isGranted)),
      setPermissionCheckHandler: (handler) => (check = handler),
      webRequest: { onHeadersReceived: () => undefined },
    });
    expect(granted).toEqual([false]);
    expect(check?.()).toBe(false);
  });
});

describe('content security policy', () => {
  it('allows no network origin in the app', () => {
    expect(contentSecurityPolicy).toContain("connect-src 'none'");
    expect(contentSecurityPolicy).not.toMatch(/https?:|ws:/);
  });

  it('opens only what Vite’s hot reload needs in development', () => {
    const policy = developmentContentSecurityPolicy('http://127.0.0.1:5173');
    expect(policy).toContain("connect-src 'self' ws://127.0.0.1:5173");
    expect(policy).toContain("script-src 'self' 'unsafe-inline'");
    expect(policy).toContain("object-src 'none'");
    expect(policy.split('; ')).toHaveLength(contentSecurityPolicy.split('; ').length);
  });
});

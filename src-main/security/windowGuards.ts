import { isAllowedExternalUrl } from '../shared/externalUrl';

/** An event whose default action a guard can cancel. */
interface PreventableEvent {
  preventDefault(): void;
}

/** A navigation about to happen (Electron passes its target on the event itself). */
interface NavigationEvent extends PreventableEvent {
  url: string;
}

/** The parts of Electron's `WebContents` the guards attach to. */
interface GuardedWebContents {
  on(event: 'will-navigate' | 'will-redirect', listener: (event: NavigationEvent) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

/** What the guards need to know and do. */
interface WindowGuardOptions {
  /** Whether a URL is the app's own page (see `createAppPageMatcher`). */
  isAppPage: (url: string) => boolean;
  /** Opens an allowed link in the system browser or mail client. */
  openExternal: (url: string) => Promise<void>;
}

/**
 * Keeps a web contents on the app's own page. The renderer is treated as untrusted: navigating
 * away is cancelled (allowed web and mail links go to the system instead), new windows are always
 * denied (same rule for their links), and `<webview>` tags are never attached.
 */
export function installWindowGuards(webContents: GuardedWebContents, options: WindowGuardOptions): void {
  const { isAppPage } = options;
  const openOutside = (url: string): void => {
    if (isAllowedExternalUrl(url)) {
      options.openExternal(url).catch((error: unknown) => {
        console.error(`Could not open ${url} outside the app:`, error);
      });
    }
  };

  webContents.on('will-navigate', (event) => {
    if (!isAppPage(event.url)) {
      event.preventDefault();
      openOutside(event.url);
    }
  });
  // A redirect is never followed to a link the user chose, so it is only ever cancelled.
  webContents.on('will-redirect', (event) => {
    if (!isAppPage(event.url)) {
      event.preventDefault();
    }
  });
  webContents.setWindowOpenHandler(({ url }) => {
    openOutside(url);
    return { action: 'deny' };
  });
  webContents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
}

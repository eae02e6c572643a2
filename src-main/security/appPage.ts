import { appPageUrl } from './appProtocol';

/**
 * Where the app's own page lives: the built `index.html` served at `app://scope-journal/index.html`
 * (see appProtocol.ts), or — only in development — the Vite dev server that electron-vite starts.
 */
type AppPageLocation = { kind: 'app-protocol'; url: string } | { kind: 'dev-server'; url: string };

/**
 * Chooses where to load the app's page from. The dev server URL is honoured only in an unpackaged
 * build: a packaged app must never load whatever page an environment variable names.
 */
export function resolveAppPageLocation(options: { devServerUrl: string | undefined; isPackaged: boolean }): AppPageLocation {
  const { devServerUrl, isPackaged } = options;
  if (!isPackaged && devServerUrl !== undefined && /^https?:\/\//.test(devServerUrl)) {
    return { kind: 'dev-server', url: devServerUrl };
  }
  return { kind: 'app-protocol', url: appPageUrl };
}

/**
 * Builds the test for "is this URL the app's own page?", used both to accept IPC senders and to
 * allow navigations. Any hash or query on the page is fine (the renderer routes with them); any
 * other file, scheme, host or port is not — `file://` pages included, whatever file they show.
 */
export function createAppPageMatcher(location: AppPageLocation): (url: string) => boolean {
  if (location.kind === 'dev-server') {
    const origin = new URL(location.url).origin;
    return (url) => parseUrl(url)?.origin === origin;
  }
  const pageUrl = location.url;
  return (url) => {
    const parsed = parseUrl(url);
    if (parsed === undefined) {
      return false;
    }
    parsed.hash = '';
    parsed.search = '';
    return parsed.href === pageUrl;
  };
}

function parseUrl(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

import { pathToFileURL } from 'node:url';

/**
 * Where the app's own page lives: the built `index.html` on disk, or — only in development — the
 * Vite dev server that electron-vite starts.
 */
type AppPageLocation =
  | { kind: 'file'; filePath: string }
  | { kind: 'dev-server'; url: string };

/**
 * Chooses where to load the app's page from. The dev server URL is honoured only in an unpackaged
 * build: a packaged app must never load whatever page an environment variable names.
 */
export function resolveAppPageLocation(options: {
  rendererFilePath: string;
  devServerUrl: string | undefined;
  isPackaged: boolean;
}): AppPageLocation {
  const { rendererFilePath, devServerUrl, isPackaged } = options;
  if (!isPackaged && devServerUrl !== undefined && /^https?:\/\//.test(devServerUrl)) {
    return { kind: 'dev-server', url: devServerUrl };
  }
  return { kind: 'file', filePath: rendererFilePath };
}

/**
 * Builds the test for "is this URL the app's own page?", used both to accept IPC senders and to
 * allow navigations. Any hash or query on the page is fine (the renderer routes with them); any
 * other file, host or port is not.
 */
export function createAppPageMatcher(location: AppPageLocation): (url: string) => boolean {
  if (location.kind === 'dev-server') {
    const origin = new URL(location.url).origin;
    return (url) => parseUrl(url)?.origin === origin;
  }
  const pageUrl = pathToFileURL(location.filePath).href;
  return (url) => {
    const parsed = parseUrl(url);
    if (parsed?.protocol !== 'file:') {
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

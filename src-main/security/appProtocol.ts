import { isAbsolute, join, relative, sep } from 'node:path';

/*
 * The `app://` scheme the built page is served from, instead of `file://`. A `file://` page may
 * read any file its URL can name and shares one opaque origin with every other local file; an
 * `app://scope-journal` page is a secure, standard origin of its own, and the handler below answers
 * only for files inside the built renderer folder.
 */

/** The scheme of the app's page. */
export const appScheme = 'app';

/**
 * The one host `app://` answers for. Fixed, because it is part of the page's origin, and the
 * origin owns the page's IndexedDB: another host would be another, empty, journal.
 */
export const appHost = 'scope-journal';

/** The origin of the app's page (what the CSP's `'self'` means there). */
export const appOrigin = `${appScheme}://${appHost}`;

/** The URL of the app's page; routes follow in its hash. */
export const appPageUrl = `${appOrigin}/index.html`;

/**
 * The privileges `app://` is registered with. `standard` gives it a real origin, relative URLs and
 * storage (IndexedDB and localStorage are off for non-standard schemes); `secure` makes it a secure
 * context, as `https:` is, which `crypto.subtle` (backup checksums) and `crypto.randomUUID` (ids)
 * require; `supportFetchAPI` lets Chromium fetch the page's module scripts from it. Deliberately
 * absent: `bypassCSP` (the policy must apply), `corsEnabled` (it would let other origins read the
 * app's files), `allowServiceWorkers` and `stream` (unused).
 */
export const appSchemePrivileges = { standard: true, secure: true, supportFetchAPI: true } as const;

/** The part of Electron's `protocol` that registers privileged schemes. */
interface SchemeRegistry {
  registerSchemesAsPrivileged(
    schemes: { scheme: string; privileges: { standard: boolean; secure: boolean; supportFetchAPI: boolean } }[],
  ): void;
}

/**
 * Registers `app://` as a privileged scheme. Electron allows this once, and only before the app is
 * ready: Chromium reads its list of schemes when it starts.
 */
export function registerAppScheme(protocol: SchemeRegistry): void {
  protocol.registerSchemesAsPrivileged([{ scheme: appScheme, privileges: { ...appSchemePrivileges } }]);
}

/** Where a request for an `app://` URL leads: a file inside the renderer folder, or nowhere. */
export type AppRequestTarget = { kind: 'file'; filePath: string } | { kind: 'refused'; status: 403 | 404; reason: string };

// Scheme and host exactly as Chromium writes them (lower case), no user, no port; the path up to
// a query or hash. Anything else — another host, `app:///…`, `app://user@scope-journal/` — is not
// the app's origin.
const appUrlPattern = new RegExp(`^${appScheme}://${appHost}(/[^?#]*)(?:[?#][\\s\\S]*)?$`);
const controlCharacters = /\p{Cc}/u;
// An escape that decodes to a dot, a slash, a backslash, a percent sign (double encoding) or a
// control character only ever serves to smuggle a path past a check: the app's files need none.
const dangerousEscape = /%(?:2e|2f|5c|25|[01][0-9a-f]|7f)/i;
const malformedEscape = /%(?![0-9a-f]{2})/i;

/**
 * Maps an `app://` request URL to the file it names inside `rendererRoot`, or refuses it. Pure: it
 * reads nothing, so every refusal is decided before the disk is touched. Refused (403): another
 * origin, `.` and `..` segments (plain or percent-encoded), encoded slashes and backslashes,
 * double encoding, backslashes, empty segments (`//etc/passwd`), drive letters and NTFS streams
 * (`:`), NUL and other control characters, and undecodable escapes. The caller must still resolve
 * symbolic links (see `createAppProtocolHandler`): the lexical path may be inside while the real
 * one is not.
 */
export function resolveAppRequest(requestUrl: string, rendererRoot: string): AppRequestTarget {
  const rawPath = appUrlPattern.exec(requestUrl)?.[1];
  if (rawPath === undefined) {
    return refuse(403, 'not the app origin');
  }
  if (rawPath.includes('\\') || controlCharacters.test(rawPath)) {
    return refuse(403, 'a backslash or control character in the path');
  }
  if (malformedEscape.test(rawPath) || dangerousEscape.test(rawPath)) {
    return refuse(403, 'an encoded dot, separator, percent sign or control character');
  }
  let decodedPath: string;
  try {
    decodedPath = decodeURIComponent(rawPath);
  } catch {
    return refuse(403, 'an undecodable escape');
  }
  const segments = decodedPath.slice(1).split('/');
  for (const segment of segments) {
    if (segment === '' || segment === '.' || segment === '..') {
      return refuse(403, 'an empty, `.` or `..` segment');
    }
    if (segment.includes(':') || controlCharacters.test(segment)) {
      return refuse(403, 'a drive letter, stream name or control character');
    }
  }
  const filePath = join(rendererRoot, ...segments);
  // Belt and braces: whatever slipped through the rules above must still land inside the root.
  if (!isInsideFolder(rendererRoot, filePath)) {
    return refuse(403, 'outside the renderer folder');
  }
  return { kind: 'file', filePath };
}

/** Whether `path` is strictly inside `folder` (both absolute, already resolved the same way). */
export function isInsideFolder(folder: string, path: string): boolean {
  const fromFolder = relative(folder, path);
  return fromFolder !== '' && fromFolder !== '..' && !fromFolder.startsWith(`..${sep}`) && !isAbsolute(fromFolder);
}

function refuse(status: 403 | 404, reason: string): AppRequestTarget {
  return { kind: 'refused', status, reason };
}

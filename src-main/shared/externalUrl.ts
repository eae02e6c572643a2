/** Longest link the app hands to the system browser or mail client. */
export const maximumExternalUrlLength = 2048;

const allowedExternalProtocols = new Set(['http:', 'https:', 'mailto:']);

/**
 * Whether `url` may be opened outside the app: only web pages (`http:`/`https:` with a host) and
 * `mailto:` addresses. Everything else — `file:`, `javascript:`, custom protocols that launch other
 * programs, links with embedded credentials, unparsable text — is refused.
 */
export function isAllowedExternalUrl(url: string): boolean {
  if (url.length === 0 || url.length > maximumExternalUrlLength) {
    return false;
  }
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (!allowedExternalProtocols.has(parsed.protocol)) {
    return false;
  }
  if (parsed.protocol === 'mailto:') {
    return parsed.pathname.length > 0 || parsed.search.length > 0;
  }
  // `https://user:pass@host` is a classic way to disguise where a link really goes.
  return parsed.hostname.length > 0 && parsed.username === '' && parsed.password === '';
}

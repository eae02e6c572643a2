/**
 * The Content-Security-Policy of every page Scope Journal shows.
 *
 * No network origin appears anywhere: scripts, styles, images and fonts come from the app's own
 * bundle (or `data:`/`blob:` URLs it makes itself), and `connect-src` allows nothing, so even a
 * script that slipped through sanitizing could not send a byte anywhere.
 */
export const contentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'none'",
  "media-src 'none'",
  "object-src 'none'",
  "frame-src 'none'",
  "worker-src 'self' blob:",
  "manifest-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * The policy for pages served by the Vite dev server during `npm run dev`. Vite's hot reload needs
 * an inline module script (React Refresh's preamble), injected `<style>` tags and a websocket back
 * to the dev server, so exactly those are added — still no origin other than the dev server's own.
 * Never used in a packaged app.
 */
export function developmentContentSecurityPolicy(devServerUrl: string): string {
  const server = new URL(devServerUrl);
  const websocket = `${server.protocol === 'https:' ? 'wss:' : 'ws:'}//${server.host}`;
  const relaxed: Record<string, string> = {
    'script-src': "script-src 'self' 'unsafe-inline'",
    'style-src': "style-src 'self' 'unsafe-inline'",
    'connect-src': `connect-src 'self' ${websocket}`,
  };
  return contentSecurityPolicy
    .split('; ')
    .map((directive) => relaxed[directive.split(' ')[0] ?? ''] ?? directive)
    .join('; ');
}

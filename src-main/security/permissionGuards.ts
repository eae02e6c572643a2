/** The parts of Electron's `Session` the guards configure. */
interface GuardedSession {
  setPermissionRequestHandler(handler: (webContents: unknown, permission: string, callback: (isGranted: boolean) => void) => void): void;
  setPermissionCheckHandler(handler: () => boolean): void;
  webRequest: {
    onHeadersReceived(
      listener: (
        details: { responseHeaders?: Record<string, string[]> },
        callback: (response: { responseHeaders: Record<string, string | string[]> }) => void,
      ) => void,
    ): void;
  };
}

/**
 * Denies every permission a page can ask for (camera, microphone, notifications, geolocation,
 * clipboard reading, devices…): a private journal needs none, so none is ever granted, and
 * permission checks answer "no" without asking.
 */
export function installPermissionGuards(session: GuardedSession): void {
  session.setPermissionRequestHandler((_webContents, _permission, callback) => {
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
}

/**
 * Adds `policy` as a Content-Security-Policy response header to everything the session loads,
 * replacing any the server sent. Only for the dev server, whose page has no meta tag: `app://`
 * responses carry the policy themselves (appProtocolHandler.ts), since `webRequest` header events
 * are not promised for custom protocols, and one mechanism per page is easier to reason about.
 */
export function installContentSecurityPolicyHeader(session: GuardedSession, policy: string): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    const responseHeaders: Record<string, string | string[]> = {};
    for (const [name, value] of Object.entries(details.responseHeaders ?? {})) {
      if (name.toLowerCase() !== 'content-security-policy') {
        responseHeaders[name] = value;
      }
    }
    responseHeaders['Content-Security-Policy'] = [policy];
    callback({ responseHeaders });
  });
}

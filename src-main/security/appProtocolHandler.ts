import { readFile, realpath, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { appScheme, isInsideFolder, resolveAppRequest } from './appProtocol';

/** The file-system capabilities the handler needs; Node's `fs/promises` in the app. */
export interface AppFileSystem {
  realpath(path: string): Promise<string>;
  stat(path: string): Promise<{ isFile(): boolean }>;
  readFile(path: string): Promise<Uint8Array<ArrayBuffer>>;
}

/** The part of a protocol request the handler reads (Electron passes a whole `Request`). */
export interface AppRequest {
  url: string;
  method: string;
}

/** What the handler needs to know. */
export interface AppProtocolHandlerOptions {
  /** The built renderer folder (`out/renderer`); nothing outside it is ever served. */
  rendererRoot: string;
  fileSystem: AppFileSystem;
  /** Sent as a header with every response: app:// responses are the page's only source. */
  contentSecurityPolicy: string;
}

const plainText = 'text/plain; charset=utf-8';

/** What the built renderer contains, and the few types it could come to contain. */
const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': plainText,
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

/**
 * The Content-Type for a served file, from its extension. Chromium runs a module script only with
 * a JavaScript type; anything unknown is sent as opaque bytes, and `nosniff` keeps it so.
 */
export function contentTypeFor(filePath: string): string {
  return contentTypes[extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Builds the `app://` protocol handler: it answers a GET for a file inside `rendererRoot` with its
 * bytes, its Content-Type and the Content-Security-Policy header. `resolveAppRequest` refuses
 * every lexical escape before anything is read; then the real path (symbolic links resolved) must
 * still be inside the real root, so a link inside the folder that points out is refused too, and
 * only then is the file read. Refusals: 403 (not allowed), 404 (no such file), 405 (not a GET).
 */
export function createAppProtocolHandler(options: AppProtocolHandlerOptions): (request: AppRequest) => Promise<Response> {
  const { rendererRoot, fileSystem, contentSecurityPolicy } = options;
  const respond = (status: number, body: Uint8Array<ArrayBuffer> | string, contentType: string): Response =>
    new Response(body, {
      status,
      headers: {
        'Content-Type': contentType,
        'Content-Security-Policy': contentSecurityPolicy,
        'X-Content-Type-Options': 'nosniff',
      },
    });
  const refuse = (status: number, reason: string): Response => respond(status, `${status}: ${reason}`, plainText);

  return async (request) => {
    if (request.method !== 'GET') {
      return refuse(405, 'only GET is served');
    }
    const target = resolveAppRequest(request.url, rendererRoot);
    if (target.kind === 'refused') {
      return refuse(target.status, target.reason);
    }
    let realRoot: string;
    let realFile: string;
    try {
      realRoot = await fileSystem.realpath(rendererRoot);
      realFile = await fileSystem.realpath(target.filePath);
    } catch {
      return refuse(404, 'no such file');
    }
    if (!isInsideFolder(realRoot, realFile)) {
      return refuse(403, 'a link out of the renderer folder');
    }
    try {
      // Read through the real path: the one that was checked, not the link that led to it.
      if (!(await fileSystem.stat(realFile)).isFile()) {
        return refuse(404, 'not a file');
      }
      return respond(200, await fileSystem.readFile(realFile), contentTypeFor(realFile));
    } catch {
      return refuse(404, 'no such file');
    }
  };
}

/** The part of Electron's `protocol` that installs a scheme's handler. */
interface ProtocolHandlerRegistry {
  handle(scheme: string, handler: (request: AppRequest) => Promise<Response>): void;
}

/**
 * Serves `app://` from the built renderer folder on the default session, reading with Node's file
 * system (which Electron teaches to read inside the app's asar archive). After app ready.
 */
export function installAppProtocolHandler(protocol: ProtocolHandlerRegistry, options: Omit<AppProtocolHandlerOptions, 'fileSystem'>): void {
  protocol.handle(appScheme, createAppProtocolHandler({ ...options, fileSystem: { realpath, stat, readFile } }));
}

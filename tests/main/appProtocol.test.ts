import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { readFile, realpath, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isInsideFolder, resolveAppRequest } from '../../src-main/security/appProtocol';
import { contentTypeFor, createAppProtocolHandler, type AppFileSystem } from '../../src-main/security/appProtocolHandler';

/*
 * The app:// handler against a real folder on disk: a renderer root with files, a secret file and
 * a secret folder beside it, and symbolic links inside the root that point out of it and within
 * it. Every refusal must be answered before anything is read.
 */

const policy = "default-src 'none'";
let folder = '';
let root = '';

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'scope-journal-app-protocol-'));
  root = join(folder, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  const files: Record<string, string> = {
    'index.html': '<!doctype html><title>Scope Journal</title>',
    'assets/index-abc123.js': 'export const answer = 42;',
    'assets/index-abc123.css': 'body { margin: 0 }',
    'assets/logo.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
    'assets/icon.png': 'png bytes',
    'assets/font.woff2': 'woff2 bytes',
    'assets/data.json': '{"a":1}',
    'favicon.ico': 'ico bytes',
    'assets/blob.bin': 'opaque bytes',
    'assets/with space.js': 'export {};',
  };
  for (const [name, contents] of Object.entries(files)) {
    writeFileSync(join(root, name), contents);
  }
  writeFileSync(join(folder, 'secret.txt'), 'the secret');
  // A sibling whose name starts with the root's: a containment check by string prefix would pass it.
  mkdirSync(join(folder, 'renderer-secrets'));
  writeFileSync(join(folder, 'renderer-secrets/key.txt'), 'the key');
  symlinkSync(join(folder, 'secret.txt'), join(root, 'link-out.txt'));
  symlinkSync('../../renderer-secrets/key.txt', join(root, 'assets/link-to-sibling.txt'));
  symlinkSync(join(folder, 'renderer-secrets'), join(root, 'linked-folder'), 'dir');
  symlinkSync('assets/index-abc123.js', join(root, 'link-in.js'));
  // The root itself reached through a link, as macOS's temporary folder (/var → /private/var) is.
  symlinkSync(root, join(folder, 'root-link'), 'dir');
});

afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});

/** Node's file system, recording every call, so a test can see that nothing was read. */
function recordingFileSystem(): { fileSystem: AppFileSystem; calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    fileSystem: {
      realpath: (path) => {
        calls.push(`realpath ${path}`);
        return realpath(path);
      },
      stat: (path) => {
        calls.push(`stat ${path}`);
        return stat(path);
      },
      readFile: (path) => {
        calls.push(`readFile ${path}`);
        return readFile(path);
      },
    },
  };
}

/** Sends `url` as it is (no `Request`, which would normalise `..` away) to a fresh handler. */
async function request(url: string, options: { method?: string; rendererRoot?: string } = {}) {
  const { fileSystem, calls } = recordingFileSystem();
  const handler = createAppProtocolHandler({
    rendererRoot: options.rendererRoot ?? root,
    fileSystem,
    contentSecurityPolicy: policy,
  });
  const response = await handler({ url, method: options.method ?? 'GET' });
  return { response, calls, reads: calls.filter((call) => call.startsWith('readFile')) };
}

const refusedBeforeReading: [string, string][] = [
  ['a `..` segment', 'app://scope-journal/../secret.txt'],
  ['`..` after a folder', 'app://scope-journal/assets/../../secret.txt'],
  ['a `.` segment', 'app://scope-journal/./index.html'],
  ['`..` at the end', 'app://scope-journal/assets/..'],
  ['encoded `..`', 'app://scope-journal/%2e%2e/secret.txt'],
  ['encoded `..` in capitals', 'app://scope-journal/%2E%2E/secret.txt'],
  ['half-encoded `..`', 'app://scope-journal/.%2e/secret.txt'],
  ['an encoded slash', 'app://scope-journal/assets%2f..%2f..%2fsecret.txt'],
  ['`..` and an encoded slash', 'app://scope-journal/..%2fsecret.txt'],
  ['an encoded backslash', 'app://scope-journal/..%5csecret.txt'],
  ['a double-encoded `..`', 'app://scope-journal/%252e%252e/secret.txt'],
  ['a double-encoded slash', 'app://scope-journal/..%252fsecret.txt'],
  ['a backslash', 'app://scope-journal/..\\secret.txt'],
  ['backslashes after a folder', 'app://scope-journal/assets\\..\\..\\secret.txt'],
  ['an absolute path', 'app://scope-journal//etc/passwd'],
  ['an encoded absolute path', 'app://scope-journal/%2Fetc%2Fpasswd'],
  ['a Windows drive', 'app://scope-journal/C:/Windows/win.ini'],
  ['a Windows drive with an encoded backslash', 'app://scope-journal/C:%5CWindows%5Cwin.ini'],
  ['an NTFS stream', 'app://scope-journal/index.html::$DATA'],
  ['an encoded NUL', 'app://scope-journal/index.html%00.png'],
  ['a NUL', 'app://scope-journal/index.html\u0000.png'],
  ['an encoded control character', 'app://scope-journal/index%0a.html'],
  ['a malformed escape', 'app://scope-journal/index%zz.html'],
  ['an escape that is not UTF-8', 'app://scope-journal/%ff.html'],
  ['an empty path', 'app://scope-journal/'],
  ['another host', 'app://another-host/index.html'],
  ['a host that only starts like ours', 'app://scope-journal.evil.example/index.html'],
  ['no host', 'app:///index.html'],
  ['a user name', 'app://user@scope-journal/index.html'],
  ['a port', 'app://scope-journal:8080/index.html'],
  ['capitals Chromium never sends', 'APP://SCOPE-JOURNAL/index.html'],
  ['another scheme', 'https://scope-journal/index.html'],
  ['file://', `file://${join(root, 'index.html')}`],
];

describe('resolveAppRequest', () => {
  it('maps a path to the file inside the root, ignoring query and hash', () => {
    expect(resolveAppRequest('app://scope-journal/index.html', root)).toEqual({
      kind: 'file',
      filePath: join(root, 'index.html'),
    });
    expect(resolveAppRequest('app://scope-journal/assets/index-abc123.js?v=1#x', root)).toEqual({
      kind: 'file',
      filePath: join(root, 'assets/index-abc123.js'),
    });
    expect(resolveAppRequest('app://scope-journal/assets/with%20space.js', root)).toEqual({
      kind: 'file',
      filePath: join(root, 'assets/with space.js'),
    });
  });

  it.each(refusedBeforeReading)('refuses %s with 403', (_name, url) => {
    expect(resolveAppRequest(url, root)).toMatchObject({ kind: 'refused', status: 403 });
  });
});

describe('the app:// handler', () => {
  it.each(refusedBeforeReading)('refuses %s with 403, touching nothing on disk', async (_name, url) => {
    const { response, calls } = await request(url);
    expect(response.status).toBe(403);
    expect(calls).toEqual([]);
    expect(await response.text()).not.toContain('secret');
  });

  it('refuses the secret file by its absolute path, plain or encoded', async () => {
    const secret = join(folder, 'secret.txt');
    for (const url of [`app://scope-journal/${secret}`, `app://scope-journal/${encodeURIComponent(secret)}`]) {
      const { response, calls } = await request(url);
      expect(response.status, url).toBe(403);
      expect(calls).toEqual([]);
    }
  });

  it('serves index.html with its type, the policy header and nosniff', async () => {
    const { response } = await request('app://scope-journal/index.html#/journal');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(policy);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toBe(readFileSync(join(root, 'index.html'), 'utf8'));
  });

  it.each([
    ['assets/index-abc123.js', 'text/javascript; charset=utf-8'],
    ['assets/index-abc123.css', 'text/css; charset=utf-8'],
    ['assets/logo.svg', 'image/svg+xml'],
    ['assets/icon.png', 'image/png'],
    ['assets/font.woff2', 'font/woff2'],
    ['assets/data.json', 'application/json; charset=utf-8'],
    ['favicon.ico', 'image/x-icon'],
    ['assets/blob.bin', 'application/octet-stream'],
    ['assets/with%20space.js', 'text/javascript; charset=utf-8'],
    ['%69ndex.html', 'text/html; charset=utf-8'],
  ])('serves %s as %s', async (path, contentType) => {
    const { response } = await request(`app://scope-journal/${path}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(contentType);
    expect(response.headers.get('content-security-policy')).toBe(policy);
    expect(Buffer.from(await response.arrayBuffer())).toEqual(readFileSync(join(root, decodeURIComponent(path))));
  });

  it.each([
    ['a missing file', 'app://scope-journal/missing.js'],
    ['a folder', 'app://scope-journal/assets'],
    ['a path through a file', 'app://scope-journal/index.html/more'],
  ])('answers %s with 404, reading nothing', async (_name, url) => {
    const { response, reads } = await request(url);
    expect(response.status).toBe(404);
    expect(reads).toEqual([]);
  });

  it.each([
    ['a link to a file outside', 'app://scope-journal/link-out.txt'],
    ['a relative link to a sibling sharing the root’s prefix', 'app://scope-journal/assets/link-to-sibling.txt'],
    ['a file in a linked folder outside', 'app://scope-journal/linked-folder/key.txt'],
  ])('refuses %s with 403 once the real path is known, without reading it', async (_name, url) => {
    const { response, calls, reads } = await request(url);
    expect(response.status).toBe(403);
    expect(calls.some((call) => call.startsWith('realpath'))).toBe(true);
    expect(reads).toEqual([]);
    expect(await response.text()).not.toMatch(/secret|key/);
  });

  it('serves a link that stays inside the root, as the file it leads to', async () => {
    const { response, reads } = await request('app://scope-journal/link-in.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await response.text()).toBe('export const answer = 42;');
    expect(reads).toEqual([`readFile ${join(await realpath(root), 'assets/index-abc123.js')}`]);
  });

  it('serves a root that is itself reached through a link', async () => {
    const { response } = await request('app://scope-journal/index.html', { rendererRoot: join(folder, 'root-link') });
    expect(response.status).toBe(200);
    const outside = await request('app://scope-journal/link-out.txt', { rendererRoot: join(folder, 'root-link') });
    expect(outside.response.status).toBe(403);
  });

  it('answers anything but GET with 405, touching nothing', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'HEAD']) {
      const { response, calls } = await request('app://scope-journal/index.html', { method });
      expect(response.status, method).toBe(405);
      expect(calls).toEqual([]);
    }
  });

  it('sends the policy with refusals too', async () => {
    for (const url of ['app://scope-journal/../secret.txt', 'app://scope-journal/missing.js']) {
      expect((await request(url)).response.headers.get('content-security-policy')).toBe(policy);
    }
  });
});

describe('contentTypeFor and isInsideFolder', () => {
  it('knows extensions whatever their case', () => {
    expect(contentTypeFor('/x/INDEX.HTML')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('/x/module.mjs')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('/x/no-extension')).toBe('application/octet-stream');
  });

  it('accepts only paths strictly inside the folder', () => {
    expect(isInsideFolder('/app/renderer', '/app/renderer/index.html')).toBe(true);
    expect(isInsideFolder('/app/renderer', '/app/renderer/..data/x.js')).toBe(true);
    expect(isInsideFolder('/app/renderer', '/app/renderer')).toBe(false);
    expect(isInsideFolder('/app/renderer', '/app/renderer-secrets/key.txt')).toBe(false);
    expect(isInsideFolder('/app/renderer', '/app/secret.txt')).toBe(false);
    expect(isInsideFolder('/app/renderer', '/etc/passwd')).toBe(false);
  });
});

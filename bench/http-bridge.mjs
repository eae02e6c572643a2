// @ts-check
/**
 * A bridge from a bench page to handlers in Node, over loopback HTTP: one POST per call, the
 * payload and the reply as JSON text, bytes as base64 under `bytesKey`.
 *
 * It stands where the desktop app has Electron's IPC. A Playwright binding (what the end-to-end
 * harness uses) carries a reply over the DevTools protocol: Playwright serializes it value by value
 * into a protocol message and the page evaluates it. That costs about 0.3 s per megabyte of text
 * (4.8 s for the 17 MB a first sync of 10,000 entries reads: the raw baseline of "Sync: first sync
 * of 10,000 entries", which only reads the batches and adds the entries, took 10.2 s through it).
 * IPC hands the same text over as one structured clone. Over loopback HTTP a call costs what the
 * two sides' JSON costs plus a socket copy: still more than a structured clone, never less, so the
 * figures it gives are an upper bound of the app's.
 */
import http from 'node:http';

/** The key of an object that stands for bytes on the wire: `{ [bytesKey]: base64 }`. */
export const bytesKey = '__benchBridgeBytes';

/** `value` with every Uint8Array as `{ [bytesKey]: base64 }`. @param {unknown} value @returns {unknown} */
function encode(value) {
  if (value instanceof Uint8Array) return { [bytesKey]: Buffer.from(value).toString('base64') };
  if (Array.isArray(value)) return value.map(encode);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, encode(item)]));
  }
  return value;
}

/** The inverse of `encode`. @param {unknown} value @returns {unknown} */
function decode(value) {
  if (Array.isArray(value)) return value.map(decode);
  if (value !== null && typeof value === 'object') {
    const record = /** @type {Record<string, unknown>} */ (value);
    const encoded = record[bytesKey];
    if (typeof encoded === 'string' && Object.keys(record).length === 1) return new Uint8Array(Buffer.from(encoded, 'base64'));
    return Object.fromEntries(Object.entries(record).map(([key, item]) => [key, decode(item)]));
  }
  return value;
}

/**
 * Serves `handle(method, payload)` on 127.0.0.1, a POST to `${url}${method}` calling it, and
 * `html` as the answer to every GET: the page that calls the bridge is opened from the bridge
 * itself, so its calls are same-origin (Chromium refuses a page's requests to another loopback
 * port). A handler's error reaches the page as a rejection with its message.
 * @param {(method: string, payload: unknown) => Promise<unknown>} handle
 * @param {{ html: string }} page
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function startHttpBridge(handle, { html }) {
  const server = http.createServer((request, response) => {
    if (request.method === 'GET') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(html);
      return;
    }
    /** @type {Buffer[]} */
    const chunks = [];
    request.on('data', (chunk) => chunks.push(chunk));
    request.on('end', async () => {
      const method = decodeURIComponent((request.url ?? '/').slice(1));
      /** @type {unknown} */
      let reply;
      try {
        const text = Buffer.concat(chunks).toString('utf8');
        const payload = text === '' ? undefined : decode(JSON.parse(text));
        reply = { ok: true, value: encode(await handle(method, payload)) };
      } catch (error) {
        reply = { ok: false, message: error instanceof Error ? error.message : String(error) };
      }
      response.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
      response.end(JSON.stringify(reply));
    });
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(undefined));
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the bridge has no port');
  return {
    url: `http://127.0.0.1:${address.port}/`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * In the page: a function per method in `methods` that calls the bridge at `url`, as
 * `window[name][method](request)`. Runs in the page, so it carries its own encoding.
 * @param {{ url: string, methods: readonly string[], name: string, key: string }} args
 */
export function installHttpBridge({ url, methods, name, key }) {
  /** @param {Uint8Array} bytes */
  const toBase64 = (bytes) => {
    let binary = '';
    for (let start = 0; start < bytes.length; start += 0x8000) {
      binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
    }
    return btoa(binary);
  };
  /** @param {unknown} value @returns {unknown} */
  const encode = (value) => {
    if (value instanceof Uint8Array) return { [key]: toBase64(value) };
    if (Array.isArray(value)) return value.map(encode);
    if (value !== null && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([field, item]) => [field, encode(item)]));
    }
    return value;
  };
  /** @param {unknown} value @returns {unknown} */
  const decode = (value) => {
    if (Array.isArray(value)) return value.map(decode);
    if (value !== null && typeof value === 'object') {
      const record = /** @type {Record<string, unknown>} */ (value);
      const encoded = record[key];
      if (typeof encoded === 'string' && Object.keys(record).length === 1) {
        return Uint8Array.from(atob(encoded), (character) => character.charCodeAt(0));
      }
      return Object.fromEntries(Object.entries(record).map(([field, item]) => [field, decode(item)]));
    }
    return value;
  };
  /** @type {Record<string, (request?: unknown) => Promise<unknown>>} */
  const calls = {};
  for (const method of methods) {
    calls[method] = async (request) => {
      const response = await fetch(`${url}${encodeURIComponent(method)}`, {
        method: 'POST',
        body: request === undefined ? '' : JSON.stringify(encode(request)),
      });
      const reply = await response.json();
      if (!reply.ok) throw new Error(`Error invoking remote method '${method}': ${reply.message}`);
      return decode(reply.value);
    };
  }
  /** @type {any} */ (window)[name] = calls;
}

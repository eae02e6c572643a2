import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/*
 * The built preload, run in a plain Chromium page. The desktop app's windows run
 * `out/preload/index.js` with Electron's `contextBridge` and `ipcRenderer`; here the same bundle
 * runs before the page's own scripts with stand-ins for those two, whose `invoke` crosses to the
 * test process through a Playwright binding. So the page gets exactly the preload's `window.api`,
 * and the harness cannot drift from it.
 */

/** The built preload bundle (`npm test` builds before the end-to-end tests run). */
const preloadBundlePath = resolve(__dirname, '../../../out/preload/index.js');

/** Name of the page binding that carries calls to the test process. */
export const invokeBindingName = '__scopeJournalInvoke';

/** Name of the page function that sends the preload an IPC event, as the main process does. */
export const emitEventName = '__scopeJournalEmit';

/**
 * The key of the object that carries bytes as base64 through the binding, in both directions:
 * Playwright passes a binding's arguments and results as JSON, which has no `Uint8Array`.
 */
const bytesKey = '__scopeJournalBytes';

/** A handler's outcome, as it crosses back into the page. */
export type BridgeReply = { ok: true; value: unknown } | { ok: false; message: string };

/** What the page-side stand-ins need to know. */
interface PageIpcSettings {
  bindingName: string;
  emitName: string;
  bytesKey: string;
}

/** An IPC event as the page's `__scopeJournalEmit` takes it: one JSON argument. */
export interface EmittedEvent {
  channel: string;
  args: unknown[];
}

/** The init script that runs the built preload in a page (see the top of this file). */
export function pagePreloadScript(): string {
  const preload = readFileSync(preloadBundlePath, 'utf8');
  const settings: PageIpcSettings = { bindingName: invokeBindingName, emitName: emitEventName, bytesKey };
  return `(${installPagePreload.toString()})(${JSON.stringify(settings)}, function (require, module, exports) {\n${preload}\n});`;
}

/**
 * Runs inside the page, before the page's own scripts: gives the preload stand-ins for
 * `contextBridge` and `ipcRenderer`, then runs it. Serialized, so it may use nothing from this
 * module's scope.
 */
function installPagePreload(
  { bindingName, emitName, bytesKey }: PageIpcSettings,
  runPreload: (require: (id: string) => unknown, module: { exports: unknown }, exports: unknown) => void,
): void {
  type Invoke = (channel: string, payload: unknown) => Promise<BridgeReply>;
  type Listener = (event: unknown, ...args: unknown[]) => void;
  const isRecord = (value: unknown): value is Record<string, unknown> =>
    typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;

  // Bytes cross the binding as base64 (see `bytesKey`), in chunks so no call gets too many arguments.
  const toBase64 = (bytes: Uint8Array): string => {
    let binary = '';
    for (let offset = 0; offset < bytes.length; offset += 0x8000) {
      binary += String.fromCharCode(...bytes.subarray(offset, offset + 0x8000));
    }
    return btoa(binary);
  };
  const fromBase64 = (text: string): Uint8Array => Uint8Array.from(atob(text), (character) => character.charCodeAt(0));
  const encode = (value: unknown): unknown => {
    if (value instanceof Uint8Array) return { [bytesKey]: toBase64(value) };
    if (Array.isArray(value)) return value.map(encode);
    return isRecord(value) ? Object.fromEntries(Object.entries(value).map(([key, item]) => [key, encode(item)])) : value;
  };
  const decode = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(decode);
    if (!isRecord(value)) return value;
    const encoded = value[bytesKey];
    if (typeof encoded === 'string' && Object.keys(value).length === 1) return fromBase64(encoded);
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, decode(item)]));
  };

  const listeners = new Map<string, Set<Listener>>();
  const ipcRenderer = {
    invoke: async (channel: string, payload: unknown): Promise<unknown> => {
      const invoke = Reflect.get(window, bindingName) as Invoke | undefined;
      if (typeof invoke !== 'function') {
        throw new Error('The main-process bridge is not installed in this page.');
      }
      const reply = await invoke(channel, encode(payload));
      if (!reply.ok) throw new Error(reply.message);
      return decode(reply.value);
    },
    on: (channel: string, listener: Listener): void => {
      listeners.set(channel, (listeners.get(channel) ?? new Set()).add(listener));
    },
    removeListener: (channel: string, listener: Listener): void => {
      listeners.get(channel)?.delete(listener);
    },
  };
  const contextBridge = {
    exposeInMainWorld: (name: string, api: object): void => {
      Object.defineProperty(window, name, { value: Object.freeze({ ...api }), enumerable: true });
    },
  };
  // Calls every listener of the channel as Electron would (an event first, then the arguments);
  // returns how many there were.
  Object.defineProperty(window, emitName, {
    value: ({ channel, args }: EmittedEvent): number => {
      const called = [...(listeners.get(channel) ?? [])];
      for (const listener of called) {
        try {
          listener({ sender: null }, ...args);
        } catch (error) {
          // Reported as an uncaught page error, as a throwing IPC listener would be.
          setTimeout(() => {
            throw error;
          });
        }
      }
      return called.length;
    },
  });
  const module = { exports: {} };
  runPreload(
    (id) => {
      if (id !== 'electron') throw new Error(`The preload may require only electron, not ${id}.`);
      return { contextBridge, ipcRenderer };
    },
    module,
    module.exports,
  );
}

/** `value` with every `Uint8Array` in it replaced by `{ [bytesKey]: base64 }`, for the page. */
export function encodeBytes(value: unknown): unknown {
  if (value instanceof Uint8Array) {
    return { [bytesKey]: Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('base64') };
  }
  if (Array.isArray(value)) {
    return value.map(encodeBytes);
  }
  if (isPlainObject(value)) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, encodeBytes(item)]));
  }
  return value;
}

/** `value` from the page with every `{ [bytesKey]: base64 }` turned back into a `Uint8Array`. */
export function decodeBytes(value: unknown): unknown {
  if (Array.isArray(value)) {
    return value.map(decodeBytes);
  }
  if (!isPlainObject(value)) {
    return value;
  }
  const encoded = value[bytesKey];
  if (typeof encoded === 'string' && Object.keys(value).length === 1) {
    const bytes = Buffer.from(encoded, 'base64');
    // A plain Uint8Array, as Electron's IPC delivers one.
    return new Uint8Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  }
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, decodeBytes(item)]));
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) {
    return false;
  }
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

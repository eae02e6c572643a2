import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDesktopApi, type DesktopInvoke } from '../../src-main/preload/createDesktopApi';
import { desktopApiGlobalName, desktopChannels, type DesktopApi } from '../../src-main/shared/contract';
import { createFakePreloadElectron } from './fakeElectron';
import { loadWithFakeElectron } from './loadWithFakeElectron';

const preloadBundle = resolve(import.meta.dirname, '../../out/preload/index.js');

const saveRequest = { title: 'Export', suggestedName: 'a.json', filters: [], contents: '{}' };
const openRequest = { title: 'Import', filters: [] };
const pdfRequest = { packetId: 'packet-1', suggestedName: 'packet.pdf', pageSize: 'A4' } as const;

/** Calls every contract method once, with a representative payload. */
async function callEveryMethod(api: DesktopApi): Promise<void> {
  await api.getAppInfo();
  await api.saveTextFile(saveRequest);
  await api.openTextFile(openRequest);
  await api.openExternalLink('https://example.com/');
  await api.exportPacketPdf(pdfRequest);
  await api.preparePdfExport();
}

const expectedCalls = [
  { channel: desktopChannels.getAppInfo, payload: undefined },
  { channel: desktopChannels.saveTextFile, payload: saveRequest },
  { channel: desktopChannels.openTextFile, payload: openRequest },
  { channel: desktopChannels.openExternalLink, payload: 'https://example.com/' },
  { channel: desktopChannels.exportPacketPdf, payload: pdfRequest },
  { channel: desktopChannels.preparePdfExport, payload: undefined },
];

describe('createDesktopApi', () => {
  it('maps each contract method to its own channel', async () => {
    const calls: { channel: string; payload: unknown }[] = [];
    const invoke: DesktopInvoke = (channel, payload) => {
      calls.push({ channel, payload });
      return Promise.resolve(undefined);
    };
    const api = createDesktopApi(invoke);
    expect(Object.keys(api).sort()).toEqual(Object.keys(desktopChannels).sort());
    await callEveryMethod(api);
    expect(calls).toEqual(expectedCalls);
  });

  it('passes rejections through to the page', async () => {
    const api = createDesktopApi(() => Promise.reject(new Error('Refused')));
    await expect(api.getAppInfo()).rejects.toThrow('Refused');
  });
});

/** What the preload put under `window.api`, checked to be a plain object. */
function exposedApi(electron: ReturnType<typeof createFakePreloadElectron>): Record<string, unknown> {
  const exposed = electron.exposed.get(desktopApiGlobalName);
  if (typeof exposed !== 'object' || exposed === null) {
    throw new Error(`the preload exposed no object as window.${desktopApiGlobalName}`);
  }
  return Object.fromEntries(Object.entries(exposed));
}

describe('the built preload', () => {
  it('exposes exactly the contract’s functions as window.api, and nothing else', () => {
    const electron = createFakePreloadElectron();
    loadWithFakeElectron(preloadBundle, electron);
    expect([...electron.exposed.keys()]).toEqual([desktopApiGlobalName]);
    const entries = Object.entries(exposedApi(electron));
    expect(entries.map(([name]) => name).sort()).toEqual(Object.keys(desktopChannels).sort());
    for (const [name, value] of entries) {
      expect(typeof value, name).toBe('function');
      expect(value).not.toBe(electron.ipcRenderer.invoke);
    }
  });

  it('sends each call on its own channel with its payload', async () => {
    const electron = createFakePreloadElectron();
    loadWithFakeElectron(preloadBundle, electron);
    const api = exposedApi(electron);
    for (const [method, channel] of Object.entries(desktopChannels)) {
      const call = api[method];
      if (typeof call !== 'function') {
        throw new Error(`window.api.${method} is not a function`);
      }
      const payload = expectedCalls.find((expected) => expected.channel === channel)?.payload;
      // The page calls `getAppInfo()` with no argument at all.
      const args = payload === undefined ? [] : [payload];
      await expect(Promise.resolve(Reflect.apply(call, undefined, args))).resolves.toBe(`reply from ${channel}`);
    }
    expect(electron.invocations).toEqual(expectedCalls.map(({ channel, payload }) => ({ channel, args: [payload] })));
  });
});

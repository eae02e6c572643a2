import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mainBridgeAppInfo } from '../e2e/support/mainBridge';
import { createPlaywrightPdfExporter, type BridgePage, type PrintPage } from '../e2e/support/printPages';
import { navigateScript, waitForPrintReadyScript } from '../../src-main/services/pdfExport/pageScripts';
import { playwrightPdfOptions } from '../support/playwrightPdf';
import { desktopChannels } from '../../src-main/shared/contract';
import { installInFakePage, temporary, useFakePages } from './fakeBridgePage';

/* The end-to-end bridge's calls and PDF export, run without a browser (see fakeBridgePage.ts). */

useFakePages();

describe('installMainBridge', () => {
  it('gives the page one function per contract method', async () => {
    const { methods, call } = await installInFakePage();
    expect(methods.sort()).toEqual([...Object.keys(desktopChannels), 'onBackupRequested', 'onCommand', 'onSyncRequested'].sort());
    await expect(call('getAppInfo')).resolves.toEqual(mainBridgeAppInfo);
  });

  it('saves through the real handler to the scripted path, and records the dialog', async () => {
    const target = join(temporary.folder, 'export.json');
    const { call, bridge } = await installInFakePage({ saveDialogPath: () => target });
    const request = { title: 'Export', suggestedName: 'journal.json', filters: [], contents: '{"ok":true}' };
    await expect(call('saveTextFile', request)).resolves.toEqual({ status: 'saved', filePath: target, bytes: 11 });
    expect(readFileSync(target, 'utf8')).toBe('{"ok":true}');
    expect(bridge.saveDialogs).toEqual([{ title: 'Export', defaultPath: 'journal.json', filters: [] }]);
  });

  it('cancels when the scripted dialog answers undefined', async () => {
    const { call } = await installInFakePage({ openDialogPath: () => undefined });
    await expect(call('openTextFile', { title: 'Import', filters: [] })).resolves.toEqual({ status: 'cancelled' });
  });

  it('rejects in the page with the handler’s message, worded as Electron words it', async () => {
    const { call, bridge } = await installInFakePage();
    await expect(call('openExternalLink', 'file:///etc/passwd')).rejects.toThrow(
      `Error invoking remote method '${desktopChannels.openExternalLink}': Error: Only web (http, https) and email (mailto) links`,
    );
    await expect(call('openExternalLink', 'https://example.com/')).resolves.toBeUndefined();
    expect(bridge.openedExternalLinks).toEqual(['https://example.com/']);
  });
});

describe('the bridge’s PDF export', () => {
  const pdfRequest = { packetId: 'p1', suggestedName: 'packet.pdf', pageSize: 'A4', title: 'Case for Staff', author: 'Maya Okafor' };

  it('runs the real handler with the given renderer and records what it rendered', async () => {
    const target = join(temporary.folder, 'packet.pdf');
    const { call, bridge } = await installInFakePage({
      saveDialogPath: () => target,
      renderPdf: () => Promise.resolve(new TextEncoder().encode('%PDF-1.7 test')),
    });
    await expect(call('exportPacketPdf', pdfRequest)).resolves.toEqual({ status: 'saved', filePath: target, bytes: 13 });
    expect(readFileSync(target, 'utf8')).toBe('%PDF-1.7 test');
    expect(bridge.renderedPdfs).toEqual([{ route: '#/print/packet/p1', pageSize: 'A4' }]);
  });

  it('by default prints a new page of the same context at the route, in print media, then keeps it warm', async () => {
    const calls: unknown[][] = [];
    const printPage: PrintPage = {
      exposeFunction: (name) => (calls.push(['exposeFunction', name]), Promise.resolve()),
      addInitScript: () => (calls.push(['addInitScript']), Promise.resolve()),
      setViewportSize: (size) => (calls.push(['setViewportSize', size]), Promise.resolve()),
      emulateMedia: (options) => (calls.push(['emulateMedia', options]), Promise.resolve()),
      goto: (url) => (calls.push(['goto', url]), Promise.resolve(null)),
      evaluate: (expression) => (calls.push(['evaluate', expression]), Promise.resolve('true')),
      pdf: (options) => (calls.push(['pdf', options]), Promise.resolve(new TextEncoder().encode('%PDF-1.7 x'))),
      close: () => (calls.push(['close']), Promise.resolve()),
    };
    const testPage = {
      url: () => 'http://127.0.0.1:4173/#/packets/p1',
      context: () => ({ newPage: () => Promise.resolve(printPage) }),
    };
    const routes: { how: 'load' | 'navigate'; route: string }[] = [];
    const exporter = createPlaywrightPdfExporter(
      testPage as unknown as BridgePage,
      (page) => page.exposeFunction('__scopeJournalInvoke', () => Promise.resolve({ ok: true, value: undefined })).then(() => undefined),
      routes,
    );
    const first = await exporter.render({ route: '#/print/packet/p1', pageSize: 'Letter' });
    expect(new TextDecoder().decode(first)).toBe('%PDF-1.7 x');
    await exporter.render({ route: '#/print/packet/p2', pageSize: 'A4' });
    await exporter.dispose();
    expect(calls).toEqual([
      ['exposeFunction', '__scopeJournalInvoke'],
      ['setViewportSize', { width: 794, height: 1123 }],
      ['emulateMedia', { media: 'print' }],
      ['goto', 'http://127.0.0.1:4173/#/print/packet/p1'],
      ['evaluate', waitForPrintReadyScript(1_000)],
      ['pdf', playwrightPdfOptions('Letter')],
      // Kept at the idle route, then reused for the next export without a reload.
      ['evaluate', navigateScript('#/print/idle')],
      ['evaluate', navigateScript('#/print/packet/p2')],
      ['evaluate', waitForPrintReadyScript(1_000)],
      ['pdf', playwrightPdfOptions('A4')],
      ['evaluate', navigateScript('#/print/idle')],
      ['close'],
    ]);
    expect(routes).toEqual([
      { how: 'load', route: '#/print/packet/p1' },
      { how: 'navigate', route: '#/print/idle' },
      { how: 'navigate', route: '#/print/packet/p2' },
      { how: 'navigate', route: '#/print/idle' },
    ]);
  });

  it('says what to do when the page cannot open a print page', async () => {
    const { call } = await installInFakePage({ saveDialogPath: () => join(temporary.folder, 'packet.pdf') });
    await expect(call('exportPacketPdf', pdfRequest)).rejects.toThrow(/pass `renderPdf` to installMainBridge/);
  });
});

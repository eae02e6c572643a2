import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { navigateScript, waitForPrintReadyScript } from '../../src-main/services/pdfExport/pageScripts';
import { desktopChannels } from '../../src-main/shared/contract';
import { builtPaths, invokeAs as invoke, onlyWindow, useBuiltMain } from './startBuiltMain';

/*
 * The PDF export of the BUILT main bundle, run against the fake `electron`: the hidden print
 * window, as locked down as the main window, kept warm between exports and closed with it.
 */

const { appPageUrl } = builtPaths;
const { sandbox, startMain } = useBuiltMain('scope-journal-main-');

describe('the built main process', () => {
  it('creates no print window at startup', async () => {
    const electron = await startMain();
    await new Promise((settle) => setTimeout(settle, 20));
    expect(electron.BrowserWindow.instances).toHaveLength(1);
    expect(onlyWindow(electron).options.webPreferences).not.toHaveProperty('backgroundThrottling');
  });

  it('exports a packet as PDF through a hidden, equally locked-down print window, kept warm until the main window closes', async () => {
    const electron = await startMain();
    const mainWindow = onlyWindow(electron);
    const target = join(sandbox.userDataPath, 'packet.pdf');
    electron.dialog.savePath = target;
    const request = { packetId: 'p/1 #x', suggestedName: 'packet.pdf', pageSize: 'Letter', title: 'Packet', author: '' };
    await expect(invoke(electron, desktopChannels.exportPacketPdf, appPageUrl, request)).resolves.toEqual({
      status: 'saved',
      filePath: target,
      bytes: Buffer.byteLength(electron.printState.pdf),
    });
    expect(readFileSync(target, 'utf8')).toBe(electron.printState.pdf);

    expect(electron.BrowserWindow.instances).toHaveLength(2);
    const printWindow = electron.BrowserWindow.instances[1];
    if (printWindow === undefined) {
      throw new Error('no print window was created');
    }
    expect(printWindow.options).toMatchObject({ show: false, width: 794, height: 1123 });
    expect(printWindow.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      preload: mainWindow.options.webPreferences?.preload,
    });
    expect(printWindow.isShown).toBe(false);
    expect(printWindow.loadedUrls).toEqual([`${appPageUrl}#/print/packet/p%2F1%20%23x`]);
    expect(printWindow.loadedFiles).toEqual([]);
    expect(printWindow.webContents.executedScripts).toEqual([waitForPrintReadyScript(1_000), navigateScript('#/print/idle')]);
    expect(printWindow.webContents.printedWith).toEqual([
      expect.objectContaining({
        pageSize: 'Letter',
        printBackground: true,
        displayHeaderFooter: true,
        generateDocumentOutline: true,
        generateTaggedPDF: true,
        footerTemplate: expect.stringMatching(/class="pageNumber".*class="totalPages"/) as unknown,
      }),
    ]);
    // The print window was guarded like every other.
    expect(printWindow.webContents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(mainWindow.isDestroyed()).toBe(false);

    // Kept at the idle route for the next export, which only changes the route.
    expect(printWindow.isDestroyedNow).toBe(false);
    await invoke(electron, desktopChannels.exportPacketPdf, appPageUrl, { ...request, packetId: 'p2' });
    expect(electron.BrowserWindow.instances).toHaveLength(2);
    expect(printWindow.loadedUrls).toHaveLength(1);
    expect(printWindow.webContents.executedScripts.slice(2)).toEqual([
      navigateScript('#/print/packet/p2'),
      waitForPrintReadyScript(1_000),
      navigateScript('#/print/idle'),
    ]);

    // Closing the main window closes the print window too, so the app can quit.
    const quits = vi.fn();
    electron.app.on('window-all-closed', quits);
    mainWindow.close();
    await new Promise((settle) => setTimeout(settle, 20));
    expect(printWindow.isDestroyedNow).toBe(true);
    expect(quits).toHaveBeenCalled();
  });

  it('prepares a print window at the idle route when asked, before any export', async () => {
    const electron = await startMain();
    await expect(invoke(electron, desktopChannels.preparePdfExport, appPageUrl)).resolves.toBeUndefined();
    expect(electron.BrowserWindow.instances).toHaveLength(2);
    const printWindow = electron.BrowserWindow.instances[1];
    expect(printWindow?.isShown).toBe(false);
    expect(printWindow?.loadedUrls).toEqual([`${appPageUrl}#/print/idle`]);
    await expect(invoke(electron, desktopChannels.preparePdfExport, appPageUrl, 'extra')).rejects.toThrow(/Invalid request/);
  });

  it('renders nothing when the PDF save dialog is cancelled', async () => {
    const electron = await startMain();
    const request = { packetId: 'p1', suggestedName: 'packet.pdf', pageSize: 'A4', title: 'Packet', author: '' };
    await expect(invoke(electron, desktopChannels.exportPacketPdf, appPageUrl, request)).resolves.toEqual({
      status: 'cancelled',
    });
    expect(electron.BrowserWindow.instances).toHaveLength(1);
  });

  it('saves nothing and destroys the print window when the print view reports an error', async () => {
    const electron = await startMain();
    electron.dialog.savePath = join(sandbox.userDataPath, 'packet.pdf');
    electron.printState.ready = 'error';
    const before = readdirSync(sandbox.userDataPath);
    const request = { packetId: 'p1', suggestedName: 'packet.pdf', pageSize: 'A4', title: 'Packet', author: '' };
    await expect(invoke(electron, desktopChannels.exportPacketPdf, appPageUrl, request)).rejects.toThrow(
      /reported an error.*nothing was saved/,
    );
    expect(electron.BrowserWindow.instances[1]?.isDestroyedNow).toBe(true);
    expect(electron.BrowserWindow.instances[1]?.webContents.printedWith).toEqual([]);
    expect(readdirSync(sandbox.userDataPath)).toEqual(before);
  });
});

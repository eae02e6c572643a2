import { BrowserWindow } from 'electron';
import { navigateScript, waitForPrintReadyScript } from '../services/pdfExport/pageScripts';
import { electronPrintToPdfOptions, printViewportSizes } from '../services/pdfExport/printOptions';
import type { PrintWindow } from '../services/pdfExport/printWindow';
import { secureWebPreferences } from './secureWebPreferences';

/**
 * A hidden window showing the app's page (at `appPageUrl`) at print routes, created when an
 * export or the Packet screen asks for one and destroyed when it has not been used for a while (so
 * none exists at startup). Sized to A4 paper; never throttled, so it draws although nobody sees
 * it. The exporter that keeps it is services/pdfExport.
 */
export function openPrintWindow(appPageUrl: string): PrintWindow {
  const window = new BrowserWindow({
    ...printViewportSizes.A4,
    show: false,
    title: 'Scope Journal — print',
    webPreferences: { ...secureWebPreferences(), spellcheck: false, backgroundThrottling: false },
  });
  const { webContents } = window;
  return {
    load: (route) => window.loadURL(new URL(route, appPageUrl).href),
    navigate: async (route) => {
      await webContents.executeJavaScript(navigateScript(route));
    },
    waitForPrintReady: (waitMs) => webContents.executeJavaScript(waitForPrintReadyScript(waitMs)) as Promise<unknown>,
    print: (size) => webContents.printToPDF(electronPrintToPdfOptions(size)),
    close: () => {
      if (!window.isDestroyed()) {
        window.destroy();
      }
    },
  };
}

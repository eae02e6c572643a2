import { join } from 'node:path';

/** The renderer's security settings, shared by every window that shows the app's page. */
export function secureWebPreferences() {
  return {
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    webSecurity: true,
    // The main process is one bundle (out/main/index.js): the preload is built beside it.
    preload: join(__dirname, '../preload/index.js'),
  };
}

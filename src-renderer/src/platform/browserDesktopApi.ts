import { isAllowedExternalUrl } from '../../../src-main/shared/externalUrl';
import type {
  DesktopApi,
  DesktopEvents,
  DesktopRequest,
  ExportPacketPdfResult,
  OpenFileResult,
  OpenTextFileResult,
  SaveFileResult,
  SaveTextFileResult,
} from '../../../src-main/shared/contract';
import { maximumOpenBinaryFileBytes, maximumOpenFileBytes, packetPrintRoute, printReadyAttribute } from '../../../src-main/shared/contract';

/** Downloads `blob` as `fileName`: the browser decides where the file goes. */
function download(blob: Blob, fileName: string): Promise<SaveFileResult> {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: Chromium reads the blob asynchronously after the click.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return Promise.resolve({ status: 'saved', filePath: fileName, bytes: blob.size });
}

/** Saves text by downloading it. */
function saveTextFile(request: DesktopRequest<'saveTextFile'>): Promise<SaveTextFileResult> {
  return download(new Blob([request.contents], { type: 'text/plain;charset=utf-8' }), request.suggestedName);
}

/** Saves bytes by downloading them. */
function saveFile(request: DesktopRequest<'saveFile'>): Promise<SaveFileResult> {
  // A copy into a plain ArrayBuffer: a Blob takes no view of a shared buffer.
  return download(new Blob([request.bytes.slice()], { type: 'application/octet-stream' }), request.suggestedName);
}

/** Asks for one file with a file chooser; resolves to null when it closes without one. */
function chooseFile(filters: DesktopRequest<'openFile'>['filters'], maximumBytes: number): Promise<File | null> {
  return new Promise((resolve, reject) => {
    const input = document.createElement('input');
    input.type = 'file';
    const extensions = filters.flatMap((filter) => filter.extensions);
    // "*" stands for any file: then the chooser offers everything.
    if (!extensions.includes('*')) input.accept = extensions.map((extension) => `.${extension}`).join(',');
    input.addEventListener('cancel', () => resolve(null));
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      if (!file) {
        resolve(null);
        return;
      }
      if (file.size > maximumBytes) {
        // The desktop's words (src-main/services/atomicWrite.ts), so a caller can name its own limit.
        reject(new Error(`“${file.name}” is too large to open: files can be at most ${formatMegabytes(maximumBytes)}.`));
        return;
      }
      resolve(file);
    });
    input.click();
  });
}

/** Opens a text file through a file chooser; resolves as cancelled if the chooser closes without a file. */
async function openTextFile(request: DesktopRequest<'openTextFile'>): Promise<OpenTextFileResult> {
  const file = await chooseFile(request.filters, maximumOpenFileBytes);
  if (!file) return { status: 'cancelled' };
  const contents = await file.text().catch(() => Promise.reject(new Error(`${file.name} could not be read.`)));
  return { status: 'opened', fileName: file.name, contents, bytes: file.size };
}

/** Opens any file through a file chooser, as bytes. */
async function openFile(request: DesktopRequest<'openFile'>): Promise<OpenFileResult> {
  const file = await chooseFile(request.filters, maximumOpenBinaryFileBytes);
  if (!file) return { status: 'cancelled' };
  const buffer = await file.arrayBuffer().catch(() => Promise.reject(new Error(`${file.name} could not be read.`)));
  return { status: 'opened', fileName: file.name, bytes: new Uint8Array(buffer) };
}

/** What only the desktop app can do: a folder on disk, a keychain for the passphrase. */
const desktopOnly = (): Promise<never> =>
  Promise.reject(new Error('Automatic backups to a folder, and encrypted backups, need the desktop app.'));

/** A browser never asks for backups of its own accord. */
export const browserDesktopEvents: DesktopEvents = {
  onBackupRequested: () => () => undefined,
  // No application menu and no notifications: the page's own buttons and keys do it all.
  onCommand: () => () => undefined,
};

/** Reminders are desktop notifications: a browser tab cannot show them when it is closed. */
const remindersNeedTheDesktop = (): Promise<never> => Promise.reject(new Error('Reminders are shown by the desktop app.'));

/** How long the print view may take to draw before the browser gives up on it. */
const printViewTimeoutMs = 30_000;

/**
 * Opens the packet's print view in a new tab and, once it has drawn, the browser's print dialog,
 * where "Save as PDF" is one choice. The browser, not the app, decides where the file goes.
 */
function exportPacketPdf(request: DesktopRequest<'exportPacketPdf'>): Promise<ExportPacketPdfResult> {
  const view = window.open(`${window.location.pathname}${packetPrintRoute(request.packetId)}`, '_blank');
  if (!view)
    return Promise.reject(new Error('The browser blocked the print view from opening. Allow pop-ups for this page and try again.'));
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const poll = window.setInterval(() => {
      const state = view.closed ? 'closed' : view.document.documentElement.getAttribute(printReadyAttribute);
      if (state === 'true') {
        window.clearInterval(poll);
        view.focus();
        view.print();
        resolve({ status: 'sent-to-print-dialog' });
      } else if (state === 'error' || state === 'closed' || Date.now() - started > printViewTimeoutMs) {
        window.clearInterval(poll);
        reject(
          new Error(
            state === 'closed' ? 'The print view was closed before it finished.' : 'The packet could not be prepared for printing.',
          ),
        );
      }
    }, 100);
  });
}

function formatMegabytes(bytes: number): string {
  return `${Math.floor(bytes / 1024 / 1024)} MB`;
}

/** A browser has no tray and cannot take a key combination from other apps. */
function quickCaptureNeedsTheDesktop(): Promise<never> {
  return Promise.reject(
    new Error('Quick capture is a desktop feature: the tray icon and the shortcut that works in every app need the desktop app.'),
  );
}

/**
 * Closes the capture page's window the only way a browser allows: a window a script opened closes,
 * and a tab the user opened stays (the page then stays ready for the next capture).
 */
function closeQuickCapture(): Promise<void> {
  window.close();
  return Promise.resolve();
}

function gitNeedsTheDesktop(): Promise<never> {
  return Promise.reject(
    new Error('Scanning a repository needs the desktop app. Run the command shown in the Inbox and import its output.'),
  );
}

/** The contract as a plain browser can fulfil it: downloads, a file chooser, new tabs. */
export const browserDesktopApi = {
  getAppInfo: () =>
    Promise.resolve({
      name: 'Scope Journal',
      version: import.meta.env.PACKAGE_VERSION ?? '0.0.0',
      platform: 'web' as const,
      versions: { electron: '', chrome: '', node: '' },
    }),
  saveTextFile,
  saveFile,
  openTextFile,
  exportPacketPdf,
  // A browser prints in a tab it opens on demand: there is nothing to prepare.
  preparePdfExport: () => Promise.resolve(),
  openFile,
  getBackupSettings: desktopOnly,
  chooseBackupFolder: desktopOnly,
  updateBackupSettings: desktopOnly,
  writeBackup: desktopOnly,
  listBackups: desktopOnly,
  readBackup: desktopOnly,
  decryptBackup: desktopOnly,
  // A browser cannot run git: the Inbox shows the command to run by hand instead.
  listGitRepositories: () => Promise.resolve([]),
  addGitRepository: gitNeedsTheDesktop,
  removeGitRepository: gitNeedsTheDesktop,
  readGitLog: gitNeedsTheDesktop,
  cancelGitLog: () => Promise.resolve(),
  getReminderSettings: remindersNeedTheDesktop,
  updateReminderSettings: remindersNeedTheDesktop,
  // Nothing to tell: a browser has no reminders to schedule and no native parts to theme.
  setFollowUps: () => Promise.resolve(),
  setThemeSource: () => Promise.resolve(),
  getQuickCaptureSettings: quickCaptureNeedsTheDesktop,
  setQuickCaptureShortcut: quickCaptureNeedsTheDesktop,
  closeQuickCapture,
  openExternalLink: (url: string) => {
    // The desktop's policy, applied here too: web pages and e-mail addresses only.
    if (!isAllowedExternalUrl(url)) {
      return Promise.reject(new Error('Only web and e-mail links can be opened.'));
    }
    window.open(new URL(url).href, '_blank', 'noopener,noreferrer');
    return Promise.resolve();
  },
} satisfies DesktopApi;

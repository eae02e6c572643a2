import { isAllowedExternalUrl } from '../../../src-main/shared/externalUrl';
import type {
  BeginFileWriteResult,
  DesktopApi,
  FileChunk,
  FinishFileWriteResult,
  OpenFileReadResult,
  DesktopEvents,
  DesktopRequest,
  ExportPacketPdfResult,
  OpenFileResult,
  OpenTextFileResult,
  SaveFileResult,
  SaveTextFileResult,
} from '../../../src-main/shared/contract';
import {
  encryptedBackupSignature,
  maximumOpenBinaryFileBytes,
  maximumOpenFileBytes,
  packetPrintRoute,
  printReadyAttribute,
} from '../../../src-main/shared/contract';
import { maximumBackupArchiveBytes } from '../../../src-main/shared/values';

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

/*
 * Files in pieces, as a browser can: a write gathers its pieces into a Blob (which the browser may
 * keep on disk) and downloads it when finished; a read slices the chosen File, one piece at a time.
 */
const streamPieceBytes = 4 * 1024 * 1024;
const browserStreams = new Map<string, { kind: 'write'; name: string; parts: Blob[] } | { kind: 'read'; file: File; position: number }>();

function browserStream(streamId: string) {
  const stream = browserStreams.get(streamId);
  if (!stream) throw new Error('This file is no longer open; start again.');
  return stream;
}

const fileStreams = {
  beginFileWrite: (request: DesktopRequest<'beginFileWrite'>): Promise<BeginFileWriteResult> => {
    if (request.target === 'backup-folder') return desktopOnly();
    const streamId = crypto.randomUUID();
    browserStreams.set(streamId, { kind: 'write', name: request.suggestedName, parts: [] });
    return Promise.resolve({ status: 'open', streamId });
  },
  writeFileChunk: ({ streamId, bytes }: DesktopRequest<'writeFileChunk'>): Promise<void> => {
    const stream = browserStream(streamId);
    if (stream.kind !== 'write') return Promise.reject(new Error('This file is open for reading.'));
    stream.parts.push(new Blob([bytes.slice()]));
    return Promise.resolve();
  },
  finishFileWrite: async ({ streamId }: DesktopRequest<'finishFileWrite'>): Promise<FinishFileWriteResult> => {
    const stream = browserStream(streamId);
    browserStreams.delete(streamId);
    if (stream.kind !== 'write') throw new Error('This file is open for reading.');
    const saved = await download(new Blob(stream.parts, { type: 'application/octet-stream' }), stream.name);
    return { filePath: stream.name, fileName: stream.name, bytes: saved.status === 'saved' ? saved.bytes : 0, removed: [] };
  },
  openFileRead: async (request: DesktopRequest<'openFileRead'>): Promise<OpenFileReadResult> => {
    if (request.source === 'backup-folder') return desktopOnly();
    const file = await chooseFile(request.filters, maximumBackupArchiveBytes);
    if (!file) return { status: 'cancelled' };
    const start = new Uint8Array(await file.slice(0, 4).arrayBuffer());
    const encrypted = [...encryptedBackupSignature].every((character, index) => start[index] === character.charCodeAt(0));
    const streamId = crypto.randomUUID();
    browserStreams.set(streamId, { kind: 'read', file, position: 0 });
    return { status: 'open', streamId, fileName: file.name, bytes: file.size, encrypted };
  },
  // Decryption needs the desktop app: the browser build never holds a passphrase.
  unlockFileRead: desktopOnly,
  readFileChunk: async ({ streamId }: DesktopRequest<'readFileChunk'>): Promise<FileChunk> => {
    const stream = browserStream(streamId);
    if (stream.kind !== 'read') throw new Error('This file is open for writing.');
    const end = Math.min(stream.file.size, stream.position + streamPieceBytes);
    const bytes = new Uint8Array(await stream.file.slice(stream.position, end).arrayBuffer());
    stream.position = end;
    return { bytes, done: end >= stream.file.size };
  },
  closeFileStream: ({ streamId }: DesktopRequest<'closeFileStream'>): Promise<void> => {
    browserStreams.delete(streamId);
    return Promise.resolve();
  },
};

/** A browser never asks for backups of its own accord. */
export const browserDesktopEvents: DesktopEvents = {
  onBackupRequested: () => () => undefined,
  // No application menu and no notifications: the page's own buttons and keys do it all.
  onCommand: () => () => undefined,
  // No sync folder, so nothing to read on waking.
  onSyncRequested: () => () => undefined,
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

/** A browser has no folder on disk to share with other computers. */
function syncNeedsTheDesktop(): Promise<never> {
  return Promise.reject(new Error('Sync between computers needs the desktop app.'));
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
  // Every sync method refuses, `getSyncSettings` too: the page learns once that sync is desktop-only.
  getSyncSettings: syncNeedsTheDesktop,
  chooseSyncFolder: syncNeedsTheDesktop,
  setSyncPassphrase: syncNeedsTheDesktop,
  renameSyncDevice: syncNeedsTheDesktop,
  listSyncFolder: syncNeedsTheDesktop,
  readSyncBatch: syncNeedsTheDesktop,
  writeSyncBatch: syncNeedsTheDesktop,
  readSyncFile: syncNeedsTheDesktop,
  writeSyncFile: syncNeedsTheDesktop,
  leaveSyncFolder: syncNeedsTheDesktop,
  ...fileStreams,
  openExternalLink: (url: string) => {
    // The desktop's policy, applied here too: web pages and e-mail addresses only.
    if (!isAllowedExternalUrl(url)) {
      return Promise.reject(new Error('Only web and e-mail links can be opened.'));
    }
    window.open(new URL(url).href, '_blank', 'noopener,noreferrer');
    return Promise.resolve();
  },
} satisfies DesktopApi;

import type {
  DesktopApi,
  OpenTextFileRequest,
  OpenTextFileResult,
  SaveTextFileRequest,
  SaveTextFileResult,
} from '../../../src-main/shared/contract';
import { maximumOpenFileBytes } from '../../../src-main/shared/contract';

/** Saves by downloading: the browser decides where the file goes. */
function saveTextFile(request: SaveTextFileRequest): Promise<SaveTextFileResult> {
  const blob = new Blob([request.contents], { type: 'text/plain;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = request.suggestedName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: Chromium reads the blob asynchronously after the click.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return Promise.resolve({ status: 'saved', filePath: request.suggestedName, bytes: blob.size });
}

/** Opens through a file chooser; resolves as cancelled if the chooser closes without a file. */
function openTextFile(request: OpenTextFileRequest): Promise<OpenTextFileResult> {
  return new Promise((resolve, reject) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = request.filters.flatMap((filter) => filter.extensions.map((extension) => `.${extension}`)).join(',');
    input.addEventListener('cancel', () => resolve({ status: 'cancelled' }));
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      if (!file) {
        resolve({ status: 'cancelled' });
        return;
      }
      if (file.size > maximumOpenFileBytes) {
        reject(new Error(`${file.name} is ${formatMegabytes(file.size)}; files over ${formatMegabytes(maximumOpenFileBytes)} cannot be opened.`));
        return;
      }
      file.text().then(
        (contents) => resolve({ status: 'opened', fileName: file.name, contents, bytes: file.size }),
        () => reject(new Error(`${file.name} could not be read.`)),
      );
    });
    input.click();
  });
}

function formatMegabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
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
  openTextFile,
  openExternalLink: (url: string) => {
    const parsed = new URL(url);
    if (!['http:', 'https:', 'mailto:'].includes(parsed.protocol)) {
      return Promise.reject(new Error('Only web and e-mail links can be opened.'));
    }
    window.open(parsed.href, '_blank', 'noopener,noreferrer');
    return Promise.resolve();
  },
} satisfies DesktopApi;

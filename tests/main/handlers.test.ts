import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDesktopHandlers, type DesktopPorts, type OpenDialogOptions, type SaveDialogOptions } from '../../src-main/ipc/handlers';
import { createChannelHandlers } from '../../src-main/ipc/registerHandlers';
import { desktopChannels, maximumOpenBinaryFileBytes, maximumOpenFileBytes, type AppInfo } from '../../src-main/shared/contract';
import { fakeBackupPorts } from './fakeBackupPorts';
import { createFakeQuickCapturePorts } from './fakeQuickCapturePorts';

const appInfo: AppInfo = {
  name: 'Scope Journal',
  version: '1.2.3',
  platform: 'linux',
  versions: { electron: '45.4.1', chrome: '140', node: '22' },
};

let folder: string;

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'scope-journal-handlers-'));
});

afterEach(() => {
  rmSync(folder, { recursive: true, force: true });
});

/** Handlers with scripted dialogs (undefined = the user cancels) and a recorded `openExternal`. */
function createTestHandlers(dialogs: { savePath?: string; openPath?: string } = {}) {
  const saveDialogs: SaveDialogOptions[] = [];
  const openDialogs: OpenDialogOptions[] = [];
  const openedUrls: string[] = [];
  const ports: DesktopPorts = {
    appInfo: () => appInfo,
    showSaveDialog: (options) => {
      saveDialogs.push(options);
      return Promise.resolve(
        dialogs.savePath === undefined ? { canceled: true, filePath: '' } : { canceled: false, filePath: dialogs.savePath },
      );
    },
    showOpenDialog: (options) => {
      openDialogs.push(options);
      return Promise.resolve(
        dialogs.openPath === undefined ? { canceled: true, filePaths: [] } : { canceled: false, filePaths: [dialogs.openPath] },
      );
    },
    openExternal: (url) => {
      openedUrls.push(url);
      return Promise.resolve();
    },
    // The PDF export has its own tests (pdfExport.test.ts); here it must never be reached.
    renderPdf: () => Promise.reject(new Error('renderPdf is not used in these tests')),
    preparePdf: () => Promise.resolve(),
    // The backup handlers have their own tests (backupHandlers.test.ts).
    showFolderDialog: () => Promise.reject(new Error('showFolderDialog is not used in these tests')),
    // The reminder handlers have their own tests (reminderHandlers.test.ts).
    notify: () => undefined,
    // The git handlers have their own tests (gitHandlers.test.ts).
    execFile: () => {
      throw new Error('execFile is not used in these tests');
    },
    setThemeSource: () => Promise.resolve(),
    // Quick capture has its own tests (quickCapture.test.ts).
    ...createFakeQuickCapturePorts(),
    ...fakeBackupPorts(join(folder, 'user-data')),
  };
  return { handlers: createChannelHandlers(createDesktopHandlers(ports)), saveDialogs, openDialogs, openedUrls };
}

const saveRequest = {
  title: 'Export journal',
  suggestedName: 'journal.json',
  filters: [{ name: 'JSON', extensions: ['json'] }],
  contents: '{"entries":["déjà vu"]}',
};

describe('getAppInfo', () => {
  it('answers from the app port', async () => {
    const { handlers } = createTestHandlers();
    await expect(handlers[desktopChannels.getAppInfo](undefined)).resolves.toEqual(appInfo);
  });

  it('takes no payload', async () => {
    const { handlers } = createTestHandlers();
    await expect(handlers[desktopChannels.getAppInfo]({})).rejects.toThrow(new RegExp(`Invalid request for ${desktopChannels.getAppInfo}`));
  });
});

describe('saveTextFile', () => {
  it('asks where to save with the suggested name, then writes the file', async () => {
    const target = join(folder, 'chosen.json');
    const { handlers, saveDialogs } = createTestHandlers({ savePath: target });
    await expect(handlers[desktopChannels.saveTextFile](saveRequest)).resolves.toEqual({
      status: 'saved',
      filePath: target,
      bytes: Buffer.byteLength(saveRequest.contents),
    });
    expect(readFileSync(target, 'utf8')).toBe(saveRequest.contents);
    expect(saveDialogs).toEqual([{ title: 'Export journal', defaultPath: 'journal.json', filters: saveRequest.filters }]);
  });

  it('replaces an existing file and leaves nothing else behind', async () => {
    const target = join(folder, 'journal.json');
    writeFileSync(target, 'previous export');
    const { handlers } = createTestHandlers({ savePath: target });
    await handlers[desktopChannels.saveTextFile](saveRequest);
    expect(readFileSync(target, 'utf8')).toBe(saveRequest.contents);
    expect(readdirSync(folder)).toEqual(['journal.json']);
  });

  it('writes nothing when the user cancels', async () => {
    const { handlers } = createTestHandlers();
    await expect(handlers[desktopChannels.saveTextFile](saveRequest)).resolves.toEqual({ status: 'cancelled' });
    expect(readdirSync(folder)).toEqual([]);
  });

  it.each([
    ['no payload', undefined],
    ['a string', 'journal.json'],
    ['a missing field', { title: 'Export', suggestedName: 'a.json', filters: [] }],
    ['an unknown field', { ...saveRequest, overwrite: true }],
    ['a folder in the suggested name', { ...saveRequest, suggestedName: '../../.bashrc' }],
    ['an absolute suggested name', { ...saveRequest, suggestedName: '/etc/passwd' }],
    ['a Windows folder in the suggested name', { ...saveRequest, suggestedName: 'C:\\Users\\me\\a.json' }],
    ['an empty suggested name', { ...saveRequest, suggestedName: '' }],
    ['contents that are not text', { ...saveRequest, contents: 42 }],
    ['an overlong title', { ...saveRequest, title: 'x'.repeat(201) }],
    ['too many filters', { ...saveRequest, filters: Array.from({ length: 21 }, () => saveRequest.filters[0]) }],
    ['an extension with a dot', { ...saveRequest, filters: [{ name: 'JSON', extensions: ['.json'] }] }],
    ['a filter without extensions', { ...saveRequest, filters: [{ name: 'JSON', extensions: [] }] }],
  ])('rejects %s before showing a dialog', async (_case, payload) => {
    const { handlers, saveDialogs } = createTestHandlers({ savePath: join(folder, 'never.json') });
    await expect(handlers[desktopChannels.saveTextFile](payload)).rejects.toThrow(
      new RegExp(`^Invalid request for ${desktopChannels.saveTextFile}: `),
    );
    expect(saveDialogs).toEqual([]);
    expect(readdirSync(folder)).toEqual([]);
  });

  it('names the invalid field without echoing its value', async () => {
    const { handlers } = createTestHandlers();
    const secret = 'private journal text';
    const promise = handlers[desktopChannels.saveTextFile]({ ...saveRequest, suggestedName: `a/${secret}` });
    await expect(promise).rejects.toThrow(/suggestedName: must be a file name without a folder/);
    await expect(promise).rejects.not.toThrow(new RegExp(secret));
  });

  it('leaves the previous file intact when the write fails', async () => {
    const missingFolder = join(folder, 'gone', 'journal.json');
    const { handlers } = createTestHandlers({ savePath: missingFolder });
    await expect(handlers[desktopChannels.saveTextFile](saveRequest)).rejects.toThrow(/ENOENT/);
    expect(readdirSync(folder)).toEqual([]);
  });
});

describe('saveFile', () => {
  // The first bytes of a zip (a DOCX is one), then bytes no text encoding would keep as they are.
  const bytes = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0xff, 0xfe, 0x80]);
  const saveFileRequest = {
    title: 'Export DOCX',
    suggestedName: 'packet.docx',
    filters: [{ name: 'Word document', extensions: ['docx'] }],
    bytes,
  };

  it('asks where to save with the suggested name, then writes the bytes exactly', async () => {
    const target = join(folder, 'chosen.docx');
    const { handlers, saveDialogs } = createTestHandlers({ savePath: target });
    await expect(handlers[desktopChannels.saveFile](saveFileRequest)).resolves.toEqual({
      status: 'saved',
      filePath: target,
      bytes: bytes.byteLength,
    });
    expect(new Uint8Array(readFileSync(target))).toEqual(bytes);
    expect(saveDialogs).toEqual([{ title: 'Export DOCX', defaultPath: 'packet.docx', filters: saveFileRequest.filters }]);
  });

  it('replaces an existing file atomically and leaves nothing else behind', async () => {
    const target = join(folder, 'packet.docx');
    writeFileSync(target, 'previous export');
    const { handlers } = createTestHandlers({ savePath: target });
    await handlers[desktopChannels.saveFile](saveFileRequest);
    expect(new Uint8Array(readFileSync(target))).toEqual(bytes);
    expect(readdirSync(folder)).toEqual(['packet.docx']);
  });

  it('writes nothing when the user cancels', async () => {
    const { handlers } = createTestHandlers();
    await expect(handlers[desktopChannels.saveFile](saveFileRequest)).resolves.toEqual({ status: 'cancelled' });
    expect(readdirSync(folder)).toEqual([]);
  });

  it.each([
    ['no payload', undefined],
    ['text instead of bytes', { ...saveFileRequest, bytes: 'PK' }],
    ['an array of numbers instead of bytes', { ...saveFileRequest, bytes: [0x50, 0x4b] }],
    ['no bytes at all', { ...saveFileRequest, bytes: new Uint8Array(0) }],
    ['an unknown field', { ...saveFileRequest, contents: 'x' }],
    ['a folder in the suggested name', { ...saveFileRequest, suggestedName: '../packet.docx' }],
    ['a filter without extensions', { ...saveFileRequest, filters: [{ name: 'Word document', extensions: [] }] }],
  ])('rejects %s before showing a dialog', async (_case, payload) => {
    const { handlers, saveDialogs } = createTestHandlers({ savePath: join(folder, 'never.docx') });
    await expect(handlers[desktopChannels.saveFile](payload)).rejects.toThrow(
      new RegExp(`^Invalid request for ${desktopChannels.saveFile}: `),
    );
    expect(saveDialogs).toEqual([]);
    expect(readdirSync(folder)).toEqual([]);
  });

  it('refuses more than 256 MB before showing a dialog, and says so', async () => {
    const { handlers, saveDialogs } = createTestHandlers({ savePath: join(folder, 'never.docx') });
    // One byte over the limit (256 MB of zeros, allocated once).
    const huge = new Uint8Array(256 * 1024 * 1024 + 1);
    await expect(handlers[desktopChannels.saveFile]({ ...saveFileRequest, bytes: huge })).rejects.toThrow(/bytes: must be at most 256 MB/);
    expect(saveDialogs).toEqual([]);
  });

  it('leaves no partial file when the write fails', async () => {
    const { handlers } = createTestHandlers({ savePath: join(folder, 'gone', 'packet.docx') });
    await expect(handlers[desktopChannels.saveFile](saveFileRequest)).rejects.toThrow(/ENOENT/);
    expect(readdirSync(folder)).toEqual([]);
  });
});

describe('openTextFile', () => {
  const openRequest = { title: 'Import', filters: [{ name: 'Journals', extensions: ['json', 'md', 'txt'] }] };

  it('returns the chosen file’s name, text and size', async () => {
    const file = join(folder, 'brag-document.md');
    writeFileSync(file, '# Wins\n- Led the migration');
    const { handlers, openDialogs } = createTestHandlers({ openPath: file });
    await expect(handlers[desktopChannels.openTextFile](openRequest)).resolves.toEqual({
      status: 'opened',
      fileName: 'brag-document.md',
      contents: '# Wins\n- Led the migration',
      bytes: 26,
    });
    expect(openDialogs).toEqual([{ ...openRequest, properties: ['openFile'] }]);
  });

  it('reports a cancelled dialog', async () => {
    const { handlers } = createTestHandlers();
    await expect(handlers[desktopChannels.openTextFile](openRequest)).resolves.toEqual({ status: 'cancelled' });
  });

  it('rejects a file over the size limit', async () => {
    const file = join(folder, 'huge.json');
    // A sparse file: one byte over the limit, without writing 64 MB to the disk.
    writeFileSync(file, '');
    truncateSync(file, maximumOpenFileBytes + 1);
    const { handlers } = createTestHandlers({ openPath: file });
    await expect(handlers[desktopChannels.openTextFile](openRequest)).rejects.toThrow(
      /“huge\.json” is too large to open: files can be at most 64 MB\./,
    );
  });

  it('rejects an invalid payload before showing a dialog', async () => {
    const { handlers, openDialogs } = createTestHandlers();
    await expect(handlers[desktopChannels.openTextFile]({ title: 'Import' })).rejects.toThrow(
      new RegExp(`^Invalid request for ${desktopChannels.openTextFile}: filters`),
    );
    expect(openDialogs).toEqual([]);
  });
});

describe('openFile', () => {
  const openRequest = { title: 'Import', filters: [{ name: 'Backups', extensions: ['json', 'enc', 'zip'] }] };

  it('returns the chosen file’s name and exact bytes, in memory of their own', async () => {
    const file = join(folder, 'journal.zip');
    const contents = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0xff, 0xfe]);
    writeFileSync(file, contents);
    const { handlers, openDialogs } = createTestHandlers({ openPath: file });
    const result = await handlers[desktopChannels.openFile](openRequest);
    expect(result).toEqual({ status: 'opened', fileName: 'journal.zip', bytes: contents });
    if (result.status !== 'opened') {
      throw new Error('the file was not opened');
    }
    expect(result.bytes).toBeInstanceOf(Uint8Array);
    // Sent to the renderer as a whole buffer: nothing else may share it (Node's buffer pool).
    expect(result.bytes.buffer.byteLength).toBe(contents.byteLength);
    expect(openDialogs).toEqual([{ ...openRequest, properties: ['openFile'] }]);
  });

  it('reads an empty file as no bytes', async () => {
    const file = join(folder, 'empty.json');
    writeFileSync(file, '');
    const { handlers } = createTestHandlers({ openPath: file });
    await expect(handlers[desktopChannels.openFile](openRequest)).resolves.toEqual({
      status: 'opened',
      fileName: 'empty.json',
      bytes: new Uint8Array(0),
    });
  });

  it('reports a cancelled dialog', async () => {
    const { handlers } = createTestHandlers();
    await expect(handlers[desktopChannels.openFile](openRequest)).resolves.toEqual({ status: 'cancelled' });
  });

  it('rejects a file over the size limit', async () => {
    const file = join(folder, 'huge.json.enc');
    writeFileSync(file, '');
    truncateSync(file, maximumOpenBinaryFileBytes + 1);
    const { handlers } = createTestHandlers({ openPath: file });
    await expect(handlers[desktopChannels.openFile](openRequest)).rejects.toThrow(
      /“huge\.json\.enc” is too large to open: files can be at most 256 MB\./,
    );
  });

  it('refuses what is not a regular file', async () => {
    const notAFile = join(folder, 'backups.json');
    mkdirSync(notAFile);
    const { handlers } = createTestHandlers({ openPath: notAFile });
    await expect(handlers[desktopChannels.openFile](openRequest)).rejects.toThrow('“backups.json” is not a file.');
  });

  it.each([
    ['no payload', undefined],
    ['a missing title', { filters: [] }],
    ['an unknown field', { ...openRequest, path: '/etc/passwd' }],
  ])('rejects %s before showing a dialog', async (_case, payload) => {
    const { handlers, openDialogs } = createTestHandlers();
    await expect(handlers[desktopChannels.openFile](payload)).rejects.toThrow(
      new RegExp(`^Invalid request for ${desktopChannels.openFile}: `),
    );
    expect(openDialogs).toEqual([]);
  });
});

describe('openExternalLink', () => {
  it.each(['https://martinfowler.com/articles/', 'http://example.com', 'mailto:manager@example.com?subject=1%3A1'])(
    'opens %s',
    async (url) => {
      const { handlers, openedUrls } = createTestHandlers();
      await handlers[desktopChannels.openExternalLink](url);
      expect(openedUrls).toEqual([url]);
    },
  );

  it.each([
    'file:///etc/passwd',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'ms-settings:privacy',
    'vscode://file/etc/passwd',
    'https://user:password@example.com/',
    'not a url',
    'https://',
  ])('refuses %s', async (url) => {
    const { handlers, openedUrls } = createTestHandlers();
    await expect(handlers[desktopChannels.openExternalLink](url)).rejects.toThrow(/Only web .* and email/);
    expect(openedUrls).toEqual([]);
  });

  it.each([undefined, 42, { url: 'https://example.com' }, `https://example.com/${'a'.repeat(2048)}`])(
    'rejects the payload %#',
    async (payload) => {
      const { handlers, openedUrls } = createTestHandlers();
      await expect(handlers[desktopChannels.openExternalLink](payload)).rejects.toThrow(/^Invalid request/);
      expect(openedUrls).toEqual([]);
    },
  );
});

import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDesktopHandlers, type DesktopPorts, type SaveDialogOptions } from '../../../src-main/ipc/handlers';
import { createChannelHandlers } from '../../../src-main/ipc/registerHandlers';
import { createPdfRenderer, type PdfRenderer, type PdfRenderRequest } from '../../../src-main/services/pdfExport';
import { desktopChannels } from '../../../src-main/shared/contract';
import { fakeBackupPorts } from '../fakeBackupPorts';
import { createFakeQuickCapturePorts } from '../fakeQuickCapturePorts';
import { chromiumLikePdf } from '../samplePdf';
import { createFakeWindow, FakeClock, pdfBytes, pdfText } from './fakePrintWindow';

function hexUtf16(text: string): string {
  return [...text].map((character) => character.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()).join('');
}

describe('exportPacketPdf', () => {
  let folder: string;

  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'scope-journal-pdf-'));
  });

  afterEach(() => {
    rmSync(folder, { recursive: true, force: true });
  });

  const request = {
    packetId: 'packet 7/b',
    suggestedName: 'promotion-packet-2026-11-21.pdf',
    pageSize: 'A4',
    title: 'Case for Staff',
    author: 'Maya Okafor',
  };

  /** Handlers with a scripted save dialog (undefined = cancel) and the given PDF renderer. */
  function createPdfHandlers(savePath: string | undefined, renderPdf: PdfRenderer) {
    const events: string[] = [];
    const saveDialogs: SaveDialogOptions[] = [];
    const renders: PdfRenderRequest[] = [];
    const ports: DesktopPorts = {
      appInfo: () => {
        throw new Error('not used');
      },
      showSaveDialog: (options) => {
        events.push('dialog');
        saveDialogs.push(options);
        return Promise.resolve(savePath === undefined ? { canceled: true, filePath: '' } : { canceled: false, filePath: savePath });
      },
      showOpenDialog: () => Promise.reject(new Error('not used')),
      openExternal: () => Promise.reject(new Error('not used')),
      renderPdf: (renderRequest) => {
        events.push('render');
        renders.push(renderRequest);
        return renderPdf(renderRequest);
      },
      preparePdf: () => Promise.reject(new Error('not used')),
      showFolderDialog: () => Promise.reject(new Error('not used')),
      execFile: () => {
        throw new Error('not used');
      },
      notify: () => undefined,
      setThemeSource: () => Promise.reject(new Error('not used')),
      ...createFakeQuickCapturePorts(),
      ...fakeBackupPorts(folder),
    };
    const handler = createChannelHandlers(createDesktopHandlers(ports))[desktopChannels.exportPacketPdf];
    return { handler, events, saveDialogs, renders };
  }

  it('asks where to save, renders the packet’s print route, and writes the PDF', async () => {
    const target = join(folder, 'chosen.pdf');
    const { handler, events, saveDialogs, renders } = createPdfHandlers(target, () => Promise.resolve(pdfBytes()));
    await expect(handler(request)).resolves.toEqual({ status: 'saved', filePath: target, bytes: pdfBytes().byteLength });
    expect(readFileSync(target, 'utf8')).toBe(pdfText);
    expect(readdirSync(folder)).toEqual(['chosen.pdf']);
    expect(events).toEqual(['dialog', 'render']);
    expect(saveDialogs).toEqual([
      {
        title: 'Export packet as PDF',
        defaultPath: 'promotion-packet-2026-11-21.pdf',
        filters: [{ name: 'PDF document', extensions: ['pdf'] }],
      },
    ]);
    expect(renders).toEqual([{ route: '#/print/packet/packet%207%2Fb', pageSize: 'A4' }]);
  });

  it('titles the saved PDF with the packet and signs it with its author, keeping what was printed', async () => {
    const target = join(folder, 'titled.pdf');
    const printed = chromiumLikePdf();
    const { handler } = createPdfHandlers(target, () => Promise.resolve(printed));
    await handler(request);
    const saved = readFileSync(target);
    expect(saved.subarray(0, printed.length)).toEqual(Buffer.from(printed));
    const update = saved.subarray(printed.length).toString('latin1');
    expect(update).toContain(`/Title <FEFF${hexUtf16('Case for Staff')}>`);
    expect(update).toContain(`/Author <FEFF${hexUtf16('Maya Okafor')}>`);
  });

  it('renders nothing and writes nothing when the user cancels', async () => {
    const { handler, events } = createPdfHandlers(undefined, () => Promise.resolve(pdfBytes()));
    await expect(handler({ ...request, pageSize: 'Letter' })).resolves.toEqual({ status: 'cancelled' });
    expect(events).toEqual(['dialog']);
    expect(readdirSync(folder)).toEqual([]);
  });

  it('leaves no file, and an earlier file intact, when rendering fails', async () => {
    const target = join(folder, 'packet.pdf');
    writeFileSync(target, 'last month’s packet');
    const { handler } = createPdfHandlers(target, () =>
      Promise.reject(new Error('The packet did not finish rendering within 30 seconds; nothing was saved.')),
    );
    await expect(handler(request)).rejects.toThrow('The packet did not finish rendering within 30 seconds; nothing was saved.');
    expect(readdirSync(folder)).toEqual(['packet.pdf']);
    expect(readFileSync(target, 'utf8')).toBe('last month’s packet');
  });

  it('leaves no file when the print view times out (real renderer, fake clock)', async () => {
    const target = join(folder, 'packet.pdf');
    const clock = new FakeClock();
    const fake = createFakeWindow([null], clock);
    const { handler } = createPdfHandlers(target, createPdfRenderer(() => fake.window, { clock }).render);
    const outcome = handler(request).then(
      () => undefined,
      (error: unknown) => error as Error,
    );
    await clock.advance(30_000);
    expect((await outcome)?.message).toBe('The packet did not finish rendering within 30 seconds; nothing was saved.');
    expect(fake.calls).toEqual(['load #/print/packet/packet%207%2Fb', 'close']);
    expect(readdirSync(folder)).toEqual([]);
  });

  it('refuses to save something that is not a PDF', async () => {
    const target = join(folder, 'packet.pdf');
    const { handler } = createPdfHandlers(target, () => Promise.resolve(new TextEncoder().encode('<html>')));
    await expect(handler(request)).rejects.toThrow(/not a PDF\); nothing was saved/);
    await expect(createPdfHandlers(target, () => Promise.resolve(new Uint8Array())).handler(request)).rejects.toThrow(/not a PDF/);
    expect(readdirSync(folder)).toEqual([]);
  });

  it('reports a failed write clearly and leaves nothing behind', async () => {
    const target = join(folder, 'gone', 'packet.pdf');
    const { handler } = createPdfHandlers(target, () => Promise.resolve(pdfBytes()));
    await expect(handler(request)).rejects.toThrow(/^The PDF could not be saved as “packet\.pdf” \(ENOENT/);
    expect(readdirSync(folder)).toEqual([]);
  });

  it.each([
    ['no payload', undefined],
    ['a string', 'packet.pdf'],
    ['an unknown field', { ...request, landscape: true }],
    ['a missing page size', { packetId: 'p1', suggestedName: 'a.pdf' }],
    ['an unknown page size', { ...request, pageSize: 'A3' }],
    ['an empty packet id', { ...request, packetId: '' }],
    ['an overlong packet id', { ...request, packetId: 'p'.repeat(101) }],
    ['a packet id with control characters', { ...request, packetId: 'p1\n' }],
    ['a packet id that is not text', { ...request, packetId: 7 }],
    ['a name without .pdf', { ...request, suggestedName: 'packet.txt' }],
    ['a name that is only .pdf', { ...request, suggestedName: '.pdf' }],
    ['a folder in the name', { ...request, suggestedName: '../packet.pdf' }],
    ['a Windows folder in the name', { ...request, suggestedName: 'C:\\Users\\me\\packet.pdf' }],
    ['an overlong name', { ...request, suggestedName: `${'a'.repeat(197)}.pdf` }],
    ['no title', { ...request, title: undefined }],
    ['a title with a line break', { ...request, title: 'Case\nfor Staff' }],
    ['an overlong author', { ...request, author: 'a'.repeat(501) }],
  ])('rejects %s before showing a dialog or rendering', async (_case, payload) => {
    const { handler, events } = createPdfHandlers(join(folder, 'never.pdf'), () => Promise.resolve(pdfBytes()));
    await expect(handler(payload)).rejects.toThrow(new RegExp(`^Invalid request for ${desktopChannels.exportPacketPdf}: `));
    expect(events).toEqual([]);
    expect(readdirSync(folder)).toEqual([]);
  });

  it('accepts the longest allowed id, name, title and author', async () => {
    const target = join(folder, 'packet.pdf');
    const { handler } = createPdfHandlers(target, () => Promise.resolve(pdfBytes()));
    const longest = {
      packetId: 'p'.repeat(100),
      suggestedName: `${'a'.repeat(196)}.PDF`,
      pageSize: 'Letter',
      title: 't'.repeat(500),
      author: 'a'.repeat(500),
    };
    await expect(handler(longest)).resolves.toMatchObject({ status: 'saved' });
  });
});

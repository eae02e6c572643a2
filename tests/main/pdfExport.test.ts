import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDesktopHandlers, type DesktopPorts, type SaveDialogOptions } from '../../src-main/ipc/handlers';
import { createChannelHandlers } from '../../src-main/ipc/registerHandlers';
import {
  createPdfRenderer,
  electronPrintToPdfOptions,
  pdfFooterTemplate,
  pdfHeaderTemplate,
  playwrightPdfOptions,
  navigateScript,
  systemClock,
  waitForPrintReadyScript,
  type PdfRenderer,
  type PdfRenderRequest,
  type PrintClock,
  type PrintWindow,
} from '../../src-main/services/pdfExport';
import { desktopChannels } from '../../src-main/shared/contract';
import { fakeBackupPorts } from './fakeBackupPorts';
import { chromiumLikePdf } from './samplePdf';

function hexUtf16(text: string): string {
  return [...text].map((character) => character.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()).join('');
}

/** Lets every pending promise callback and immediate run. */
const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** A clock that moves only when told to, firing due timers in order. */
class FakeClock implements PrintClock {
  time = 0;
  private timers: { at: number; resolve: () => void }[] = [];

  now(): number {
    return this.time;
  }

  sleep(milliseconds: number, signal?: AbortSignal): Promise<void> {
    return new Promise((resolve) => {
      if (signal?.aborted === true) {
        resolve();
        return;
      }
      const timer = { at: this.time + milliseconds, resolve };
      this.timers.push(timer);
      signal?.addEventListener(
        'abort',
        () => {
          this.remove(timer);
          resolve();
        },
        { once: true },
      );
    });
  }

  /** Moves time forward by `milliseconds`, letting the work each due timer wakes run. */
  async advance(milliseconds: number): Promise<void> {
    const end = this.time + milliseconds;
    await settle();
    for (;;) {
      const next = this.timers.filter((timer) => timer.at <= end).sort((a, b) => a.at - b.at)[0];
      if (next === undefined) {
        break;
      }
      this.remove(next);
      this.time = next.at;
      next.resolve();
      await settle();
    }
    this.time = end;
  }

  get pendingTimers(): number {
    return this.timers.length;
  }

  private remove(timer: { at: number; resolve: () => void }): void {
    this.timers = this.timers.filter((candidate) => candidate !== timer);
  }
}

const pdfText = '%PDF-1.7\n% fake packet\n%%EOF\n';
const pdfBytes = (): Uint8Array => new TextEncoder().encode(pdfText);

/**
 * A print window whose page answers each wait with `states` in turn (the last one repeats): a
 * `null` answer comes after the wait's full length on `clock`, any other at once. Records calls.
 */
function createFakeWindow(states: unknown[], clock: FakeClock, overrides: Partial<PrintWindow> = {}) {
  const calls: string[] = [];
  const waits: number[] = [];
  const window: PrintWindow = {
    load: (route) => {
      calls.push(`load ${route}`);
      return Promise.resolve();
    },
    navigate: (route) => {
      calls.push(`navigate ${route}`);
      return Promise.resolve();
    },
    waitForPrintReady: async (waitMs) => {
      const state = states[Math.min(waits.length, states.length - 1)];
      waits.push(waitMs);
      if (state === null) await clock.sleep(waitMs);
      return state;
    },
    print: (pageSize) => {
      calls.push(`print ${pageSize}`);
      return Promise.resolve(pdfBytes());
    },
    close: () => {
      calls.push('close');
    },
    ...overrides,
  };
  return { window, calls, waits };
}

const renderRequest: PdfRenderRequest = { route: '#/print/packet/p1', pageSize: 'A4' };

/** Starts a render; its outcome is captured so that a rejection is never left unhandled. */
function startRender(renderer: PdfRenderer, request: PdfRenderRequest = renderRequest) {
  const outcome: { value?: Uint8Array; error?: Error; done: boolean } = { done: false };
  const promise = renderer(request).then(
    (value) => Object.assign(outcome, { value, done: true }),
    (error: unknown) => Object.assign(outcome, { error: error as Error, done: true }),
  );
  return { outcome, promise };
}

describe('createPdfRenderer', () => {
  it('loads the route, waits in the page until it is print-ready, prints, then keeps the window at the idle route', async () => {
    const clock = new FakeClock();
    const fake = createFakeWindow([null, null, 'true'], clock);
    let opened = 0;
    const exporter = createPdfRenderer(
      () => {
        opened += 1;
        return fake.window;
      },
      { clock },
    );
    const { outcome } = startRender(exporter.render, { route: '#/print/packet/p1', pageSize: 'Letter' });

    await clock.advance(1_999);
    expect(outcome.done).toBe(false);
    await clock.advance(1);
    expect(outcome.error).toBeUndefined();
    expect(new TextDecoder().decode(outcome.value)).toBe(pdfText);
    expect(fake.waits).toEqual([1_000, 1_000, 1_000]);
    expect(fake.calls).toEqual(['load #/print/packet/p1', 'print Letter', 'navigate #/print/idle']);
    expect(opened).toBe(1);
    // Kept for five minutes after its last use, then closed.
    await clock.advance(5 * 60_000 - 1);
    expect(fake.calls.at(-1)).toBe('navigate #/print/idle');
    await clock.advance(1);
    expect(fake.calls.at(-1)).toBe('close');
    expect(clock.pendingTimers).toBe(0);
  });

  it('reuses the kept window for the next export without reloading the app', async () => {
    const clock = new FakeClock();
    const fake = createFakeWindow(['true'], clock);
    let opened = 0;
    const exporter = createPdfRenderer(() => ((opened += 1), fake.window), { clock });
    await exporter.render(renderRequest);
    await exporter.render({ route: '#/print/packet/p2', pageSize: 'A4' });
    expect(opened).toBe(1);
    expect(fake.calls).toEqual([
      'load #/print/packet/p1',
      'print A4',
      'navigate #/print/idle',
      'navigate #/print/packet/p2',
      'print A4',
      'navigate #/print/idle',
    ]);
    await exporter.dispose();
    expect(fake.calls.at(-1)).toBe('close');
    expect(clock.pendingTimers).toBe(0);
  });

  it('prepares a window at the idle route ahead of the export, which then only navigates', async () => {
    const clock = new FakeClock();
    const fake = createFakeWindow(['true'], clock);
    let opened = 0;
    const exporter = createPdfRenderer(() => ((opened += 1), fake.window), { clock });
    await exporter.prepare();
    await exporter.prepare();
    expect(fake.calls).toEqual(['load #/print/idle']);
    await exporter.render(renderRequest);
    expect(opened).toBe(1);
    expect(fake.calls).toEqual(['load #/print/idle', 'navigate #/print/packet/p1', 'print A4', 'navigate #/print/idle']);
    await exporter.dispose();
  });

  it('opens a fresh window when the prepared one failed to load', async () => {
    const clock = new FakeClock();
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const broken = createFakeWindow(['true'], clock, { load: () => Promise.reject(new Error('ERR_FAILED')) });
    const good = createFakeWindow(['true'], clock);
    const windows = [broken.window, good.window];
    const exporter = createPdfRenderer(() => windows.shift() ?? good.window, { clock });
    await exporter.prepare();
    expect(broken.calls).toEqual(['close']);
    await exporter.render(renderRequest);
    expect(good.calls).toEqual(['load #/print/packet/p1', 'print A4', 'navigate #/print/idle']);
    expect(errors).toHaveBeenCalledWith('Could not prepare a print window:', expect.any(Error));
    errors.mockRestore();
    await exporter.dispose();
  });

  it('gives two exports at once a window each, and keeps only one afterwards', async () => {
    const clock = new FakeClock();
    const first = createFakeWindow(['true'], clock);
    const second = createFakeWindow(['true'], clock);
    const windows = [first.window, second.window];
    const exporter = createPdfRenderer(() => windows.shift() ?? first.window, { clock });
    await Promise.all([exporter.render(renderRequest), exporter.render({ route: '#/print/packet/p2', pageSize: 'A4' })]);
    expect(first.calls).toEqual(['load #/print/packet/p1', 'print A4', 'navigate #/print/idle']);
    expect(second.calls).toEqual(['load #/print/packet/p2', 'print A4', 'close']);
    await exporter.dispose();
    expect(first.calls.at(-1)).toBe('close');
  });

  it('closes, after its export, a window that was in use when the exporter was disposed', async () => {
    const clock = new FakeClock();
    const fake = createFakeWindow([null, 'true'], clock);
    const exporter = createPdfRenderer(() => fake.window, { clock });
    const { outcome } = startRender(exporter.render);
    await clock.advance(0);
    await exporter.dispose();
    await clock.advance(1_000);
    expect(outcome.value).toBeDefined();
    expect(fake.calls).toEqual(['load #/print/packet/p1', 'print A4', 'close']);
    await exporter.prepare();
    expect(fake.calls.at(-1)).toBe('close');
  });

  it('gives up after 30 seconds with a clear message, prints nothing and closes the window', async () => {
    const clock = new FakeClock();
    const fake = createFakeWindow([null], clock);
    const { outcome } = startRender(createPdfRenderer(() => fake.window, { clock }).render);

    await clock.advance(29_999);
    expect(outcome.done).toBe(false);
    await clock.advance(1);
    expect(outcome.error?.message).toBe('The packet did not finish rendering within 30 seconds; nothing was saved.');
    expect(fake.calls).toEqual(['load #/print/packet/p1', 'close']);
    expect(fake.waits.length).toBe(30);
    expect(clock.pendingTimers).toBe(0);
  });

  it('honours a custom timeout and wait slice', async () => {
    const clock = new FakeClock();
    const fake = createFakeWindow([null], clock);
    const { outcome } = startRender(createPdfRenderer(() => fake.window, { clock, timeoutMs: 2_500, waitSliceMs: 1_000 }).render);
    await clock.advance(2_499);
    // Waited 1000 ms from 0, 1000 ms from 1000, and the remaining 500 ms from 2000.
    expect(fake.waits).toEqual([1_000, 1_000, 500]);
    expect(outcome.done).toBe(false);
    await clock.advance(1);
    expect(outcome.error?.message).toBe('The packet did not finish rendering within 2.5 seconds; nothing was saved.');
  });

  it('times out a page that never finishes loading, and still closes it', async () => {
    const clock = new FakeClock();
    const fake = createFakeWindow(['true'], clock, { load: () => new Promise<void>(() => undefined) });
    const { outcome } = startRender(createPdfRenderer(() => fake.window, { clock }).render);
    await clock.advance(30_000);
    expect(outcome.error?.message).toMatch(/did not finish rendering within 30 seconds; nothing was saved\.$/);
    expect(fake.waits).toEqual([]);
    expect(fake.calls).toEqual(['close']);
  });

  it('times out a page whose script never answers', async () => {
    const clock = new FakeClock();
    const fake = createFakeWindow([], clock, { waitForPrintReady: () => new Promise(() => undefined) });
    const { outcome } = startRender(createPdfRenderer(() => fake.window, { clock }).render);
    await clock.advance(30_000);
    expect(outcome.error?.message).toMatch(/within 30 seconds/);
    expect(fake.calls).toEqual(['load #/print/packet/p1', 'close']);
  });

  it('fails at once when the print view reports an error, and does not keep the window', async () => {
    const clock = new FakeClock();
    const fake = createFakeWindow([null, 'error'], clock);
    const { outcome } = startRender(createPdfRenderer(() => fake.window, { clock }).render);
    await clock.advance(1_000);
    expect(outcome.error?.message).toBe("The packet's print view reported an error while drawing; nothing was saved.");
    expect(fake.calls).toEqual(['load #/print/packet/p1', 'close']);
    expect(clock.pendingTimers).toBe(0);
  });

  it.each([
    ['loading', { load: () => Promise.reject(new Error('ERR_FILE_NOT_FOUND')) }, /could not be opened \(ERR_FILE_NOT_FOUND\)/],
    ['waiting', { waitForPrintReady: () => Promise.reject(new Error('Render frame was disposed')) }, /stopped responding/],
    ['printing', { print: () => Promise.reject(new Error('Printing failed')) }, /could not be printed to PDF \(Printing failed\)/],
  ])('reports a failure while %s and closes the window', async (_step, overrides, message) => {
    const clock = new FakeClock();
    const fake = createFakeWindow(['true'], clock, overrides);
    const { outcome } = startRender(createPdfRenderer(() => fake.window, { clock }).render);
    await clock.advance(0);
    expect(outcome.error?.message).toMatch(message);
    expect(outcome.error?.message).toMatch(/nothing was saved\.$/);
    expect(fake.calls.at(-1)).toBe('close');
  });

  it('reports a window that cannot be opened', async () => {
    const exporter = createPdfRenderer(() => Promise.reject(new Error('out of memory')), { clock: new FakeClock() });
    await expect(exporter.render(renderRequest)).rejects.toThrow(
      "The packet's print view could not be opened (out of memory); nothing was saved.",
    );
  });

  it('logs, and does not fail, when closing a window fails', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const clock = new FakeClock();
    const fake = createFakeWindow(['true'], clock, {
      close: () => {
        throw new Error('already destroyed');
      },
    });
    const exporter = createPdfRenderer(() => fake.window, { clock });
    const pdf = await exporter.render(renderRequest);
    expect(new TextDecoder().decode(pdf)).toBe(pdfText);
    await exporter.dispose();
    expect(errors).toHaveBeenCalledOnce();
    errors.mockRestore();
  });
});

describe('the page scripts', () => {
  /** Runs a page script against a minimal `document` and `window.location`. */
  function runInFakePage(script: string, attribute: string | null) {
    let value = attribute;
    let notify: () => void = () => undefined;
    const root = {
      getAttribute: (name: string) => (name === 'data-print-ready' ? value : null),
      removeAttribute: (name: string) => {
        if (name === 'data-print-ready') value = null;
      },
    };
    const location = { hash: '#/print/idle' };
    class FakeMutationObserver {
      constructor(callback: () => void) {
        notify = callback;
      }
      observe(): void {}
      disconnect(): void {
        notify = () => undefined;
      }
    }
    const result: unknown = runInNewContext(script, {
      document: { documentElement: root },
      window: { location },
      MutationObserver: FakeMutationObserver,
      setTimeout,
      clearTimeout,
    });
    const set = (next: string) => {
      value = next;
      notify();
    };
    return { result, set, location, read: () => value };
  }

  it('waits for the print-ready attribute and answers as soon as it is set', async () => {
    const page = runInFakePage(waitForPrintReadyScript(60_000), null);
    page.set('true');
    expect(await page.result).toBe('true');
  });

  it('answers at once when the page is already marked, and with null after the wait', async () => {
    expect(await runInFakePage(waitForPrintReadyScript(60_000), 'error').result).toBe('error');
    expect(await runInFakePage(waitForPrintReadyScript(5), null).result).toBeNull();
  });

  it('changes the route without a reload, clearing the mark of the view it leaves', () => {
    const page = runInFakePage(navigateScript('#/print/packet/a%22b'), 'true');
    expect(page.read()).toBeNull();
    expect(page.location.hash).toBe('#/print/packet/a%22b');
  });
});

describe('the print settings', () => {
  it('puts "Page N of M" in a small footer and no header', () => {
    expect(pdfHeaderTemplate).toBe('<span></span>');
    expect(pdfFooterTemplate).toMatch(/font-size:8px/);
    expect(pdfFooterTemplate.replace(/<div[^>]*>|<\/div>/g, '')).toBe(
      'Page <span class="pageNumber"></span> of <span class="totalPages"></span>',
    );
  });

  it('gives Electron and Playwright the same paper, templates and margins', () => {
    const electron = electronPrintToPdfOptions('A4');
    const playwright = playwrightPdfOptions('A4');
    expect(electron).toMatchObject({ pageSize: 'A4', printBackground: true, displayHeaderFooter: true });
    expect(playwright).toMatchObject({ format: 'A4', printBackground: true, displayHeaderFooter: true });
    expect(electron.headerTemplate).toBe(playwright.headerTemplate);
    expect(electron.footerTemplate).toBe(playwright.footerTemplate);
    for (const side of ['top', 'right', 'bottom', 'left'] as const) {
      expect(electron.margins[side] * 25.4).toBeCloseTo(Number.parseFloat(playwright.margin[side]), 1);
    }
    expect(electronPrintToPdfOptions('Letter').pageSize).toBe('Letter');
  });
});

describe('systemClock', () => {
  it('sleeps, and wakes early when aborted', async () => {
    const start = Date.now();
    await systemClock.sleep(20);
    expect(Date.now() - start).toBeGreaterThanOrEqual(15);
    const stop = new AbortController();
    const long = systemClock.sleep(60_000, stop.signal);
    stop.abort();
    await long;
    await systemClock.sleep(60_000, stop.signal);
  });
});

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
      notify: () => undefined,
      setThemeSource: () => Promise.reject(new Error('not used')),
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

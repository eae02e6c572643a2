import { describe, expect, it, vi } from 'vitest';
import { createPdfRenderer, type PdfRenderer, type PdfRenderRequest } from '../../../src-main/services/pdfExport';
import { createFakeWindow, FakeClock, pdfText } from './fakePrintWindow';

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

import type { PrintClock } from '../../../src-main/services/pdfExport/printClock';
import type { PrintWindow } from '../../../src-main/services/pdfExport/printWindow';

/*
 * Stand-ins for the PDF exporter's capabilities: a clock that moves only when told to, and print
 * windows whose page answers as scripted. Shared by the exporter's tests and the handler's.
 */

/** Lets every pending promise callback and immediate run. */
const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** A clock that moves only when told to, firing due timers in order. */
export class FakeClock implements PrintClock {
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

/** The bytes every fake print window prints, as text. */
export const pdfText = '%PDF-1.7\n% fake packet\n%%EOF\n';
export const pdfBytes = (): Uint8Array => new TextEncoder().encode(pdfText);

/**
 * A print window whose page answers each wait with `states` in turn (the last one repeats): a
 * `null` answer comes after the wait's full length on `clock`, any other at once. Records calls.
 */
export function createFakeWindow(states: unknown[], clock: FakeClock, overrides: Partial<PrintWindow> = {}) {
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

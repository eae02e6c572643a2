import { exportFailure } from './exportFailure';
import type { PrintClock } from './printClock';
import type { PrintWindow } from './printWindow';

/*
 * Waiting for a print view to be drawn. The page marks `<html>` print-ready once its charts are
 * in; the wait asks the page in slices, so that the deadline is checked between two answers, and
 * a watchdog ends the wait at the deadline whatever the page is doing.
 */

class PrintTimeout extends Error {}

/** Shows `route` and waits until it is print-ready, all within `timeoutMs`. */
export async function waitUntilPrintReady(
  window: PrintWindow,
  route: string,
  show: (route: string) => Promise<void>,
  { timeoutMs, waitSliceMs, clock }: { timeoutMs: number; waitSliceMs: number; clock: PrintClock },
): Promise<void> {
  const seconds = Math.round(timeoutMs / 100) / 10;
  const timeoutError = (): Error => new PrintTimeout(`The packet did not finish rendering within ${seconds} seconds; nothing was saved.`);
  const deadline = clock.now() + timeoutMs;
  const stop = new AbortController();

  // A page that hangs while loading, or a script that never answers, must not hold the export
  // forever: the watchdog ends the wait at the deadline whatever the page is doing.
  const watchdog = clock.sleep(timeoutMs, stop.signal).then(() => {
    if (!stop.signal.aborted) {
      throw timeoutError();
    }
  });
  // Once the race below is settled, the watchdog's outcome no longer matters.
  watchdog.catch(() => undefined);

  const waitForPage = async (): Promise<void> => {
    try {
      await show(route);
    } catch (error) {
      throw exportFailure("The packet's print view could not be opened", error);
    }
    while (!stop.signal.aborted) {
      const remaining = deadline - clock.now();
      if (remaining <= 0) {
        throw timeoutError();
      }
      let state: unknown;
      try {
        state = await window.waitForPrintReady(Math.min(waitSliceMs, remaining));
      } catch (error) {
        throw exportFailure("The packet's print view stopped responding", error);
      }
      if (state === 'true') {
        return;
      }
      if (state === 'error') {
        throw exportFailure("The packet's print view reported an error while drawing");
      }
    }
  };

  const waiting = waitForPage();
  // If the watchdog wins, the wait may still fail later (its window is closed meanwhile).
  waiting.catch(() => undefined);
  try {
    await Promise.race([waiting, watchdog]);
  } finally {
    stop.abort();
  }
}

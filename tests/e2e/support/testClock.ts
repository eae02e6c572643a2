import type { BrowserContext } from '@playwright/test';

/**
 * The moment every end-to-end test starts at, in the machine's time zone, unless it chooses its
 * own with `test.use({ clockTime })`. A mid-quarter weekday: the sample journal generated for it
 * has gaps to close and follow-ups awaiting their outcome. Nothing in a test reads the real date.
 */
export const defaultClockTime = '2026-11-18T10:00:00';

interface ClockOrigin {
  /** The fake time the clock was installed at, in milliseconds since the epoch. */
  fakeStart: number;
  /** The real time it was installed at: the fake clock runs on from `fakeStart` at real speed. */
  realStart: number;
}

// Keyed by the context object; the bridge knows its page's context only as some object.
const origins = new WeakMap<object, ClockOrigin>();

/** Parses a clock time the way Playwright does: a local date-time string, or a number. */
function toMilliseconds(time: string | number): number {
  const milliseconds = typeof time === 'number' ? time : new Date(time).getTime();
  if (!Number.isFinite(milliseconds)) throw new Error(`Not a clock time: ${String(time)}`);
  return milliseconds;
}

/**
 * Installs Playwright's fake clock on every page of `context`, starting at `time` and running on
 * at real speed (timers fire as usual), and remembers it for `testNow`. Call before the first
 * navigation.
 */
export async function installTestClock(context: BrowserContext, time: string | number): Promise<void> {
  const fakeStart = toMilliseconds(time);
  await context.clock.install({ time: fakeStart });
  origins.set(context, { fakeStart, realStart: Date.now() });
}

/**
 * "Now" on the clock of `context`'s pages, for code the test runs outside the page (the real main
 * handlers behind the bridge): the fake start plus the real time since. A context without a test
 * clock is a mistake in the test, not a reason to read the real date.
 */
export function testNow(context: object): Date {
  const origin = origins.get(context);
  if (!origin) throw new Error('This browser context has no test clock: call installTestClock first.');
  return new Date(origin.fakeStart + (Date.now() - origin.realStart));
}

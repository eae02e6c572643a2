import { afterEach, beforeEach, vi } from 'vitest';

/**
 * The moment every unit test starts at. Code that needs "today" takes it as a parameter or a
 * clock port, and the tests pass dates in; anything that still reads `new Date()` (a record's
 * `createdAt`, a default argument) reads this clock, never the machine's, so no test can pass on
 * one day and fail on another.
 */
export const unitTestNow = new Date('2026-11-18T10:00:00');

beforeEach(() => {
  // Only Date is faked: timers, microtasks and IndexedDB run as usual. The clock runs on from the
  // fixed start at real speed, so "later" is still later. A test that fakes timers itself, with
  // a start of its own, replaces this for its duration.
  vi.useFakeTimers({ now: unitTestNow, toFake: ['Date'], shouldAdvanceTime: true });
});

afterEach(() => {
  vi.useRealTimers();
});

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createReminderTriggers } from '../../../src-main/services/reminders/reminderTriggers';

const minute = 60 * 1000;

beforeEach(() => {
  // Fake timers from a fixed moment: the checks count time, never read the date.
  vi.useFakeTimers({ now: new Date(Date.UTC(2026, 10, 18, 9)) });
});

afterEach(() => {
  vi.useRealTimers();
});

/** Triggers on Vitest's fake timers, counting checks. */
function createTestTriggers() {
  let checks = 0;
  const triggers = createReminderTriggers({
    check: () => {
      checks += 1;
      return Promise.resolve();
    },
    timers: {
      setTimeout: (callback, milliseconds) => setTimeout(callback, milliseconds),
      clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
    },
  });
  return { triggers, checks: () => checks };
}

describe('the reminder checks', () => {
  it('check soon after start, then every quarter of an hour', async () => {
    const { triggers, checks } = createTestTriggers();
    triggers.start();
    triggers.start();
    await vi.advanceTimersByTimeAsync(9_999);
    expect(checks()).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(checks()).toBe(1);
    await vi.advanceTimersByTimeAsync(15 * minute);
    expect(checks()).toBe(2);
    await vi.advanceTimersByTimeAsync(60 * minute);
    expect(checks()).toBe(6);
  });

  it('stop checking when stopped, and restart with one schedule only', async () => {
    const { triggers, checks } = createTestTriggers();
    triggers.start();
    await vi.advanceTimersByTimeAsync(10_000);
    triggers.stop();
    await vi.advanceTimersByTimeAsync(60 * minute);
    expect(checks()).toBe(1);
    triggers.start();
    await vi.advanceTimersByTimeAsync(10_000 + 15 * minute);
    expect(checks()).toBe(3);
  });
});

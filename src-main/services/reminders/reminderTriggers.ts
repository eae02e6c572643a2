import { backgroundTimers, createRepeatingCheck, type CheckTimers } from '../repeatingCheck';

/*
 * When the desktop checks its reminders: soon after start, then every quarter of an hour. A timer
 * that fires late (the machine slept) runs one check, and a check shows at most one notification
 * of each kind (reminderService.ts), so waking up never brings a storm of catch-up reminders.
 */

export interface ReminderTriggerOptions {
  /** Shows whatever is due now; never rejects (`ReminderService.check`). */
  check: () => Promise<void>;
  timers?: CheckTimers;
  /** Wait before the first check, so that the app has settled. */
  firstCheckAfterMs?: number;
  /** Time between two checks. */
  checkEveryMs?: number;
}

/** The reminder checks of one app run. */
export interface ReminderTriggers {
  /** Starts checking; a second call does nothing. */
  start(): void;
  /** Stops checking (the app is quitting). */
  stop(): void;
}

/** The checks for one app run (see `ReminderTriggers`). */
export function createReminderTriggers(options: ReminderTriggerOptions): ReminderTriggers {
  const checks = createRepeatingCheck({
    check: options.check,
    timers: options.timers ?? backgroundTimers,
    firstCheckAfterMs: options.firstCheckAfterMs ?? 10 * 1000,
    checkEveryMs: options.checkEveryMs ?? 15 * 60 * 1000,
  });
  return { start: () => checks.start(), stop: () => checks.stop() };
}

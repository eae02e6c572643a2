/*
 * When the desktop checks its reminders: soon after start, then every quarter of an hour. A timer
 * that fires late (the machine slept) runs one check, and a check shows at most one notification
 * of each kind (reminderService.ts), so waking up never brings a storm of catch-up reminders.
 */

/** The timer functions the triggers use; tests pass fakes. */
interface ReminderTimers {
  setTimeout(callback: () => void, milliseconds: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface ReminderTriggerOptions {
  /** Shows whatever is due now; never rejects (`ReminderService.check`). */
  check: () => Promise<void>;
  timers?: ReminderTimers;
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

const defaultTimers: ReminderTimers = {
  setTimeout: (callback, milliseconds) => {
    const handle = setTimeout(callback, milliseconds);
    // A reminder check never keeps a process alive by itself.
    handle.unref();
    return handle;
  },
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** The checks for one app run (see `ReminderTriggers`). */
export function createReminderTriggers(options: ReminderTriggerOptions): ReminderTriggers {
  const timers = options.timers ?? defaultTimers;
  const firstCheckAfterMs = options.firstCheckAfterMs ?? 10 * 1000;
  const checkEveryMs = options.checkEveryMs ?? 15 * 60 * 1000;
  let timer: unknown;
  let isRunning = false;
  /** Counts starts, so that a check still running from before a stop and start schedules nothing. */
  let run = 0;

  function scheduleCheck(milliseconds: number): void {
    const thisRun = run;
    timer = timers.setTimeout(() => {
      timer = undefined;
      void options.check().finally(() => {
        if (isRunning && run === thisRun) {
          scheduleCheck(checkEveryMs);
        }
      });
    }, milliseconds);
  }

  return {
    start() {
      if (isRunning) {
        return;
      }
      isRunning = true;
      run += 1;
      scheduleCheck(firstCheckAfterMs);
    },
    stop() {
      isRunning = false;
      if (timer !== undefined) {
        timers.clearTimeout(timer);
        timer = undefined;
      }
    },
  };
}

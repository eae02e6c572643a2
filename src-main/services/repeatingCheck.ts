/*
 * A check the desktop runs in the background: soon after start, then at a steady interval, the
 * next one counted from the end of the last (a slow check never overlaps the next). Shared by the
 * automatic backups and the reminders.
 */

/** The timer functions a repeating check uses; tests pass fakes. */
export interface CheckTimers {
  setTimeout(callback: () => void, milliseconds: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** Node's timers, made never to keep the process alive on their own. */
export const backgroundTimers: CheckTimers = {
  setTimeout: (callback, milliseconds) => {
    const handle = setTimeout(callback, milliseconds);
    // A background check never keeps a process alive by itself.
    handle.unref();
    return handle;
  },
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

interface RepeatingCheckOptions {
  /** The check; never rejects (it reports its own failures). */
  check: () => Promise<void>;
  timers: CheckTimers;
  /** Wait before the first check, so that the app has settled. */
  firstCheckAfterMs: number;
  /** Time between the end of one check and the start of the next. */
  checkEveryMs: number;
}

/** A check running on its schedule while started. */
export interface RepeatingCheck {
  /** Starts checking; a second call does nothing. */
  start(): void;
  /** Stops checking (the app is quitting); a check already running finishes, scheduling nothing. */
  stop(): void;
  /** Whether the schedule runs now: a check that finishes after `stop` must not act. */
  isRunning(): boolean;
}

/**
 * Runs `check` on its schedule between `start` and `stop`, so that each background trigger keeps
 * only its own logic and none gets the restart of a schedule wrong.
 */
export function createRepeatingCheck(options: RepeatingCheckOptions): RepeatingCheck {
  const { timers } = options;
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
          scheduleCheck(options.checkEveryMs);
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
      scheduleCheck(options.firstCheckAfterMs);
    },
    stop() {
      isRunning = false;
      if (timer !== undefined) {
        timers.clearTimeout(timer);
        timer = undefined;
      }
    },
    isRunning: () => isRunning,
  };
}

import type { BackupReason } from '../../shared/contract';
import { isAutomaticBackupDue } from './automaticBackup';
import type { BackupSettings } from './backupSettings';
import { backgroundTimers, createRepeatingCheck, type CheckTimers } from '../repeatingCheck';

/*
 * When the desktop asks the page for a backup. The page holds the journal (IndexedDB), so the
 * main process cannot make a backup itself: it sends the page a `backupRequested` event and the
 * page answers with `writeBackup`. Two moments ask: the schedule (a check soon after start, then
 * every half hour, asking only when a backup is due) and quitting (the quit waits, for a bounded
 * time, until the page's backup is written).
 */

/** What the triggers need, injected: the app passes Electron's window and `app`. */
export interface BackupTriggerOptions {
  /** The settings now (read from disk the first time). */
  readSettings: () => Promise<BackupSettings>;
  /** The settings as last read or saved, without waiting; `undefined` before the first read. */
  knownSettings: () => BackupSettings | undefined;
  /** Sends the page the `backupRequested` event; false when there is no page to ask. */
  send: (reason: BackupReason) => boolean;
  /** Quits the app (`app.quit`). */
  quit: () => void;
  now: () => Date;
  timers?: CheckTimers;
  /** Where a failed check is reported; `console.warn` by default. */
  warn?: (message: string) => void;
  /** Wait before the first check, so that the page has loaded and listens. */
  firstCheckAfterMs?: number;
  /** Time between two checks of the schedule. */
  checkEveryMs?: number;
  /** How long a scheduled request may go unanswered before the schedule may ask again. */
  scheduledAnswerWaitMs?: number;
  /** Longest the quit waits for the page's backup. */
  quitWaitMs?: number;
}

/** The automatic-backup triggers of one app run. */
export interface BackupTriggers {
  /** Starts the schedule. */
  start(): void;
  /** Stops the schedule (the app is quitting); a quit already waiting still finishes. */
  stop(): void;
  /**
   * Called when the app is about to quit (`before-quit`, or the last window closing). True when
   * the quit must be held (the caller prevents it): the page was asked for a backup, and `quit` is
   * called once it is written or after `quitWaitMs`, whichever comes first. The page is asked at
   * most once; every later call holds only while that backup is still awaited.
   */
  holdQuit(): boolean;
  /** Called when the page's `writeBackup` with `reason` has finished, written or failed. */
  backupSettled(reason: BackupReason): void;
}

const minuteMs = 60 * 1000;

/** The triggers for one app run (see `BackupTriggers`). */
export function createBackupTriggers(options: BackupTriggerOptions): BackupTriggers {
  const timers = options.timers ?? backgroundTimers;
  const warn = options.warn ?? ((message: string) => console.warn(message));
  const firstCheckAfterMs = options.firstCheckAfterMs ?? 15 * 1000;
  const checkEveryMs = options.checkEveryMs ?? 30 * minuteMs;
  const scheduledAnswerWaitMs = options.scheduledAnswerWaitMs ?? 2 * minuteMs;
  const quitWaitMs = options.quitWaitMs ?? 15 * 1000;

  /** Set while a scheduled request is unanswered: its expiry timer. */
  let scheduledAnswerTimer: unknown;
  let quitState: 'idle' | 'waiting' | 'done' = 'idle';
  let quitTimer: unknown;

  async function check(): Promise<void> {
    try {
      const settings = await options.readSettings();
      const isAsking = scheduledAnswerTimer !== undefined || quitState !== 'idle';
      if (schedule.isRunning() && !isAsking && isAutomaticBackupDue(settings, options.now())) {
        askForScheduledBackup();
      }
    } catch (error) {
      warn(`Could not check whether a backup is due: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  function askForScheduledBackup(): void {
    if (!options.send('scheduled')) {
      return;
    }
    scheduledAnswerTimer = timers.setTimeout(() => {
      scheduledAnswerTimer = undefined;
    }, scheduledAnswerWaitMs);
  }

  function finishQuit(): void {
    if (quitState !== 'waiting') {
      return;
    }
    quitState = 'done';
    timers.clearTimeout(quitTimer);
    quitTimer = undefined;
    options.quit();
  }

  const schedule = createRepeatingCheck({ check, timers, firstCheckAfterMs, checkEveryMs });

  return {
    start: () => schedule.start(),
    stop: () => schedule.stop(),

    holdQuit() {
      if (quitState !== 'idle') {
        return quitState === 'waiting';
      }
      // Decided at once from the settings in memory: the quit cannot wait for the disk to say
      // whether it should wait.
      const settings = options.knownSettings();
      if (settings === undefined || settings.folder === null || settings.cadence === 'off') {
        return false;
      }
      if (!options.send('quit')) {
        return false;
      }
      quitState = 'waiting';
      quitTimer = timers.setTimeout(finishQuit, quitWaitMs);
      return true;
    },

    backupSettled(reason) {
      if (reason === 'quit') {
        finishQuit();
      } else if (reason === 'scheduled' && scheduledAnswerTimer !== undefined) {
        timers.clearTimeout(scheduledAnswerTimer);
        scheduledAnswerTimer = undefined;
      }
    },
  };
}

/*
 * What quitting waits for: first a backup, when automatic backups are on (the page writes it), and
 * then the window position reaching the disk. Plain logic over callbacks; index.ts hands it
 * Electron's `before-quit` and `will-quit` events.
 */

/** A quit event whose default (quitting) can be prevented. */
interface QuitEvent {
  preventDefault(): void;
}

interface QuitSequenceOptions {
  /** True when the quit must wait for the page's backup (`BackupTriggers.holdQuit`). */
  holdForBackup: () => boolean;
  /** Stops the background checks (backups, reminders). */
  stopChecks: () => void;
  /** Gives the global shortcut (quick capture's) back to the system and removes the tray icon. */
  releaseDesktopIntegration: () => void;
  /** The window-state write still going on, if any (`MainWindow.takePendingStateSave`). */
  takePendingStateSave: () => Promise<void> | undefined;
  /** Quits again (`app.quit`), once what the quit waited for is done. */
  quit: () => void;
}

/** The listeners for `before-quit` and `will-quit`, which hold the quit while something must finish. */
export interface QuitSequence {
  beforeQuit: (event: QuitEvent) => void;
  willQuit: (event: QuitEvent) => void;
}

/** Builds the quit sequence, so that a quit never loses a backup or the window's place. */
export function createQuitSequence(options: QuitSequenceOptions): QuitSequence {
  return {
    // The first quit waits (15 s at most) for the page to write a backup, when automatic backups
    // are on; the backup triggers quit again once it is written.
    beforeQuit: (event) => {
      if (options.holdForBackup()) {
        event.preventDefault();
      }
    },
    // Quitting waits for the window position to reach the disk; the write takes milliseconds.
    willQuit: (event) => {
      options.stopChecks();
      options.releaseDesktopIntegration();
      const pending = options.takePendingStateSave();
      if (pending === undefined) {
        return;
      }
      event.preventDefault();
      void pending.finally(() => {
        options.quit();
      });
    },
  };
}

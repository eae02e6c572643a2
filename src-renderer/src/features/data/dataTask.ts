import { useCallback, useRef, useState } from 'react';
import { describeFailure } from '../../domain/failureMessage';

/**
 * What the Data screen says about the last thing it did: progress, a result, or an error. While a
 * cancellable task works, `cancel` stops it.
 */
export type DataStatus = { tone: 'working' | 'info' | 'error'; message: string; cancel?: () => void } | null;

/** What a running task may use: a signal that says it was cancelled, and a way to report progress. */
export interface TaskControl {
  signal: AbortSignal;
  /** Replaces the working message, e.g. "Importing… 40%". */
  progress: (message: string) => void;
}

/**
 * Runs one task at a time; its outcome becomes the screen's status (errors go to an alert, in the
 * user's words). A `cancellable` task shows a Cancel button; cancelling it says nothing changed.
 */
export type RunTask = (
  working: string,
  action: (control: TaskControl) => Promise<string | null>,
  options?: { cancellable?: boolean },
) => Promise<void>;

/** An error in the user's words (see `describeFailure`). */
export function errorMessage(error: unknown): string {
  return describeFailure(error);
}

/** "Reading the file… 40%": a stage and, when known, how far it is. */
export function progressMessage(stage: string, fraction: number | null): string {
  return fraction === null ? stage : `${stage} ${Math.min(99, Math.floor(fraction * 100))}%`;
}

export function useDataTask(): { status: DataStatus; isWorking: boolean; run: RunTask; setStatus: (status: DataStatus) => void } {
  const [status, setStatus] = useState<DataStatus>(null);
  const current = useRef<AbortController | null>(null);
  const run = useCallback<RunTask>(async (working, action, options = {}) => {
    const controller = new AbortController();
    current.current = controller;
    const cancel = options.cancellable ? () => controller.abort() : undefined;
    const progress = (message: string) => {
      if (current.current === controller && !controller.signal.aborted) setStatus({ tone: 'working', message, cancel });
    };
    progress(working);
    try {
      const message = await action({ signal: controller.signal, progress });
      setStatus(message ? { tone: 'info', message } : null);
    } catch (error) {
      setStatus(
        controller.signal.aborted
          ? { tone: 'info', message: 'Cancelled. Nothing was changed.' }
          : { tone: 'error', message: describeFailure(error) },
      );
    } finally {
      if (current.current === controller) current.current = null;
    }
  }, []);
  return { status, isWorking: status?.tone === 'working', run, setStatus };
}

/** "1.2 MB", "340 KB": a file's size for people. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024)).toLocaleString('en-US')} KB`;
}

/** "21 Nov 2026, 18:05" in the user's own time zone. */
export function formatInstant(instant: string): string {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return instant;
  return date.toLocaleString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
}

/** Time, injected so that the waiting can be tested without waiting. */
export interface PrintClock {
  now(): number;
  /** Resolves after `milliseconds`, or at once when `signal` aborts. */
  sleep(milliseconds: number, signal?: AbortSignal): Promise<void>;
}

/** The real clock. Its timers never keep the process alive on their own. */
export const systemClock: PrintClock = {
  now: () => Date.now(),
  sleep: (milliseconds, signal) =>
    new Promise<void>((resolve) => {
      if (signal?.aborted === true) {
        resolve();
        return;
      }
      const finish = (): void => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', finish);
        resolve();
      };
      const timer = setTimeout(finish, milliseconds);
      (timer as { unref?: () => void }).unref?.();
      signal?.addEventListener('abort', finish, { once: true });
    }),
};

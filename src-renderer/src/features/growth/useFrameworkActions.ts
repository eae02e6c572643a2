import { useCallback, useRef, useState } from 'react';
import { db } from '../../db/database';
import { loadActiveFramework, saveActiveFramework } from '../../db/frameworksRepository';
import type { Framework } from '../../domain/types';
import { errorMessage, type Status } from './status';

/** Changes the framework editor makes, with one status line for all of them. */
export interface FrameworkActions {
  status: Status;
  /**
   * Applies a pure edit to the active framework and saves the result; resolves whether it did.
   * An Error thrown by the edit (a clashing name, the last competency) becomes the status alert.
   */
  applyEdit: (edit: (framework: Framework) => Framework, confirmation: string) => Promise<boolean>;
  /** Runs any other action (files, reset); a returned message is shown, a thrown one alerted. */
  run: (action: () => Promise<string | null>) => Promise<void>;
}

export function useFrameworkActions(): FrameworkActions {
  const [status, setStatus] = useState<Status>(null);
  // Edits run one after another, each on the framework as the previous one saved it, so two
  // quick clicks (Move up twice) both count instead of the second overwriting the first.
  const queue = useRef<Promise<unknown>>(Promise.resolve());

  const run = useCallback((action: () => Promise<string | null>) => {
    const next = queue.current.then(async () => {
      try {
        const message = await action();
        setStatus(message ? { tone: 'info', message } : null);
      } catch (error) {
        setStatus({ tone: 'error', message: errorMessage(error) });
      }
    });
    queue.current = next;
    return next;
  }, []);

  const applyEdit = useCallback(
    async (edit: (framework: Framework) => Framework, confirmation: string) => {
      let isSaved = false;
      await run(async () => {
        const next = edit(await loadActiveFramework(db));
        await saveActiveFramework(db, next);
        isSaved = true;
        return confirmation;
      });
      return isSaved;
    },
    [run],
  );

  return { status, applyEdit, run };
}

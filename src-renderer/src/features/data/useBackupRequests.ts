import { useEffect } from 'react';
import { desktopEvents } from '../../platform/desktop';
import { useUiStore } from '../../store/uiStore';
import { errorMessage } from './dataTask';

/**
 * Answers the desktop's requests for a backup (its schedule is due, or the app is quitting) by
 * writing one, wherever the user is in the app. A failure is shown, never swallowed.
 */
export function useBackupRequests(): void {
  const showNotice = useUiStore((state) => state.showNotice);
  useEffect(
    () =>
      desktopEvents.onBackupRequested((reason) => {
        // The backup code is loaded when first needed, not with the journal.
        import('./backupNow')
          .then(({ writeBackupNow }) => writeBackupNow(reason))
          .catch((error: unknown) => showNotice({ tone: 'error', message: `The automatic backup failed: ${errorMessage(error)}` }));
      }),
    [showNotice],
  );
}

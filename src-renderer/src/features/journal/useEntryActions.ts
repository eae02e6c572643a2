import { useCallback } from 'react';
import { db } from '../../db/database';
import { moveEntriesToTrash, restoreEntries, setEntryStarred } from '../../db/entriesRepository';
import { useUiStore } from '../../store/uiStore';
import { describeFailure } from '../../domain/failureMessage';
import type { Entry } from '../../domain/types';

/** Actions on one entry that report back with a notice (and an Undo where it makes sense). */
export function useEntryActions() {
  const showNotice = useUiStore((state) => state.showNotice);
  const closePanel = useUiStore((state) => state.closePanel);

  const moveToTrash = useCallback(
    async (entry: Entry) => {
      try {
        await moveEntriesToTrash(db, [entry.id]);
        closePanel();
        showNotice({
          tone: 'info',
          message: `Moved “${entry.title}” to the trash.`,
          undo: () => restoreEntries(db, [entry.id]),
        });
      } catch (error) {
        showNotice({ tone: 'error', message: `Could not move the entry to the trash. ${describeFailure(error)}` });
      }
    },
    [closePanel, showNotice],
  );

  const toggleStar = useCallback(
    async (entry: Entry) => {
      try {
        await setEntryStarred(db, entry.id, !entry.starred);
      } catch (error) {
        showNotice({ tone: 'error', message: `Could not change the highlight. ${describeFailure(error)}` });
      }
    },
    [showNotice],
  );

  return { moveToTrash, toggleStar };
}

import type { StateCreator } from 'zustand';
import type { EntryKind } from '../domain/types';

/** What the journal's side panel shows. */
export type EntryPanel =
  | { mode: 'closed' }
  | { mode: 'view'; entryId: string }
  | { mode: 'edit'; entryId: string }
  /** A new entry; `draftId` names its kept draft (a fresh one when absent). */
  | { mode: 'new'; kind: EntryKind; draftId?: string };

export interface JournalSlice {
  /** The entry the keyboard cursor is on. */
  selectedEntryId: string | null;
  panel: EntryPanel;
  selectEntry: (entryId: string | null) => void;
  openPanel: (panel: EntryPanel) => void;
  closePanel: () => void;
}

export const createJournalSlice: StateCreator<JournalSlice, [], [], JournalSlice> = (set) => ({
  selectedEntryId: null,
  panel: { mode: 'closed' },
  selectEntry: (entryId) => set({ selectedEntryId: entryId }),
  openPanel: (panel) => set(panel.mode === 'view' || panel.mode === 'edit' ? { panel, selectedEntryId: panel.entryId } : { panel }),
  closePanel: () => set({ panel: { mode: 'closed' } }),
});

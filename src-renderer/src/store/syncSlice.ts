import type { StateCreator } from 'zustand';
import type { SyncSettingsView } from '../../../src-main/shared/contract';
import type { SyncReport } from '../features/sync/runSync';

/** What the sync between computers is doing, for the status line: UI state, not the journal's. */
export interface SyncStatus {
  /** This computer's sync settings, once read (null in a browser, or before they are read). */
  settings: SyncSettingsView | null;
  isSyncing: boolean;
  /** The last sync that finished. */
  report: SyncReport | null;
  /** Why the last sync failed, in words; null after one succeeds. */
  problem: string | null;
}

export interface SyncSlice {
  sync: SyncStatus;
  setSyncStatus: (status: Partial<SyncStatus>) => void;
}

export const createSyncSlice: StateCreator<SyncSlice, [], [], SyncSlice> = (set) => ({
  sync: { settings: null, isSyncing: false, report: null, problem: null },
  setSyncStatus: (status) => set((state) => ({ sync: { ...state.sync, ...status } })),
});

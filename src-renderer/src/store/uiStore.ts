import { create } from 'zustand';
import { createCommandsSlice, type CommandsSlice } from './commandsSlice';
import { createFiltersSlice, type FiltersSlice } from './filtersSlice';
import { createInsightsSlice, type InsightsSlice } from './insightsSlice';
import { createJournalSlice, type JournalSlice } from './journalSlice';
import { createNoticesSlice, type NoticesSlice } from './noticesSlice';
import { createSyncSlice, type SyncSlice } from './syncSlice';

/** UI state only — filters, selection, panels, notices, the insights period, the sync's status. Never a copy of database rows. */
export type UiState = FiltersSlice & JournalSlice & NoticesSlice & InsightsSlice & CommandsSlice & SyncSlice;

export const useUiStore = create<UiState>()((...args) => ({
  ...createFiltersSlice(...args),
  ...createJournalSlice(...args),
  ...createNoticesSlice(...args),
  ...createInsightsSlice(...args),
  ...createCommandsSlice(...args),
  ...createSyncSlice(...args),
}));

const initialState = useUiStore.getState();

/** Puts the store back as it started: between tests. */
export function resetUiStore(): void {
  useUiStore.setState(initialState, true);
}

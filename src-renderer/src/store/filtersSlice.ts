import type { StateCreator } from 'zustand';
import { noFilters, type EntryFilters } from '../domain/entries/search';

export interface FiltersSlice {
  filters: EntryFilters;
  setFilters: (changes: Partial<EntryFilters>) => void;
  clearFilters: () => void;
}

export const createFiltersSlice: StateCreator<FiltersSlice, [], [], FiltersSlice> = (set) => ({
  filters: noFilters,
  setFilters: (changes) => set((state) => ({ filters: { ...state.filters, ...changes } })),
  clearFilters: () => set({ filters: noFilters }),
});

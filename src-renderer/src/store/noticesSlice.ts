import type { StateCreator } from 'zustand';

/** A short message after an action, optionally with one way to take it back. */
export interface Notice {
  id: number;
  message: string;
  tone: 'info' | 'error';
  undo?: () => Promise<void> | void;
}

export interface NoticesSlice {
  notice: Notice | null;
  showNotice: (notice: Omit<Notice, 'id'>) => void;
  dismissNotice: () => void;
}

let nextNoticeId = 1;

export const createNoticesSlice: StateCreator<NoticesSlice, [], [], NoticesSlice> = (set) => ({
  notice: null,
  showNotice: (notice) => set({ notice: { ...notice, id: nextNoticeId++ } }),
  dismissNotice: () => set({ notice: null }),
});

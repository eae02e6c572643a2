import type { EntryKind, ScopeLevelId } from '../../domain/types';

/**
 * Chart colours: mid-tones that read on light and dark backgrounds alike, distinct in hue and
 * in lightness so a grayscale print still separates neighbouring bands.
 */
export const scopeColors: Record<ScopeLevelId, string> = {
  self: '#9aa0a6',
  team: '#3a9d6e',
  department: '#4a7fd4',
  company: '#9a5cc8',
  industry: '#d9783f',
};

export const kindColors: Record<EntryKind, string> = {
  win: '#3a9d6e',
  decision: '#4a7fd4',
  feedback: '#d4a72c',
  mentoring: '#c8577d',
  learning: '#5bb5c9',
  incident: '#d9623f',
  writing: '#8b6fd1',
  reflection: '#8a8f98',
};

export const comparisonColors = { current: '#4a7fd4', previous: '#a9bfe6' } as const;

import { toLocalDate } from '../../domain/dates';

export type PeriodPreset = 'any' | 'last-30-days' | 'last-90-days' | 'this-year' | 'last-year' | 'custom';

export const periodPresets: readonly { id: PeriodPreset; label: string }[] = [
  { id: 'any', label: 'Any time' },
  { id: 'last-30-days', label: 'Last 30 days' },
  { id: 'last-90-days', label: 'Last 90 days' },
  { id: 'this-year', label: 'This year' },
  { id: 'last-year', label: 'Last year' },
  { id: 'custom', label: 'Custom range' },
];

/** The inclusive date range of a preset, relative to `today`. `custom` keeps the current range. */
export function periodRange(preset: Exclude<PeriodPreset, 'custom'>, today: Date = new Date()): { from: string | null; to: string | null } {
  const year = today.getFullYear();
  const daysAgo = (days: number) => toLocalDate(new Date(year, today.getMonth(), today.getDate() - days));
  switch (preset) {
    case 'any':
      return { from: null, to: null };
    case 'last-30-days':
      return { from: daysAgo(29), to: toLocalDate(today) };
    case 'last-90-days':
      return { from: daysAgo(89), to: toLocalDate(today) };
    case 'this-year':
      return { from: `${year}-01-01`, to: `${year}-12-31` };
    case 'last-year':
      return { from: `${year - 1}-01-01`, to: `${year - 1}-12-31` };
  }
}

/** Which preset a range is, so the select shows it; anything else is a custom range. */
export function presetOfRange(from: string | null, to: string | null, today: Date = new Date()): PeriodPreset {
  for (const preset of periodPresets) {
    if (preset.id === 'custom') continue;
    const range = periodRange(preset.id, today);
    if (range.from === from && range.to === to) return preset.id;
  }
  return 'custom';
}

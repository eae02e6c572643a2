import { toLocalDate } from '../../domain/dates';

/**
 * The first day counted as "the last 12 months" on `today` (`YYYY-MM-DD`): the same day a year
 * earlier. Progress counts a rolling year rather than time since the plan was saved, because every
 * save would otherwise restart the count from zero.
 */
export function twelveMonthsBefore(today: string): string {
  const [year, month, day] = today.split('-').map(Number);
  return toLocalDate(new Date((year ?? 1970) - 1, (month ?? 1) - 1, day ?? 1));
}

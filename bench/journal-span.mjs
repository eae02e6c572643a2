// @ts-check
/**
 * The calendar of the benchmark's generated journal: eight years of days up to its last day, which
 * by default follows today, so that only the dates move from run to run.
 */

/** @param {number} n */
const pad = (n) => String(n).padStart(2, '0');

/** @param {Date} date */
export const localDate = (date) => `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;

export const dayMs = 86_400_000;
/** Entries are spread over eight years: 2,922 days, as 2018-01-01 … 2025-12-31, whatever the last day. */
export const spanDays = Math.round((Date.UTC(2025, 11, 31) - Date.UTC(2018, 0, 1)) / dayMs);

/**
 * The default last day of the generated journal: four days before `now` (UTC), as `YYYY-MM-DD`.
 * Entries are created up to 3 days and 22 hours after they occurred, so none is created in the future.
 * @param {Date} [now]
 * @returns {string}
 */
export function defaultLastDay(now = new Date()) {
  return localDate(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) - 4 * dayMs));
}

/**
 * @param {string} lastDay `YYYY-MM-DD`
 * @returns {number} the first day of the span, as UTC milliseconds
 */
export function firstDayFor(lastDay) {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(lastDay);
  if (!match) throw new RangeError(`lastDay must be YYYY-MM-DD, got ${JSON.stringify(lastDay)}`);
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) - spanDays * dayMs;
}

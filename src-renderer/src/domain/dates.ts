/** Today's local calendar date as `YYYY-MM-DD`. */
export function todayLocalDate(now: Date = new Date()): string {
  return toLocalDate(now);
}

/** A Date's local calendar date as `YYYY-MM-DD`. */
export function toLocalDate(date: Date): string {
  const year = String(date.getFullYear()).padStart(4, '0');
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${year}-${month}-${day}`;
}

// One definition for both runtimes: the main process validates dates with it too.
export { isLocalDate } from '../../../src-main/shared/values';

/** `2026-03` for `2026-03-14`. */
export function monthKey(localDate: string): string {
  return localDate.slice(0, 7);
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** One formatter per locale and style: building an Intl formatter costs far more than using one. */
function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, cached);
  }
  return cached;
}

/** "March 2026" for `2026-03`. */
export function monthLabel(key: string, locale = 'en-US'): string {
  const [year, month] = key.split('-').map(Number);
  return formatter(locale, { month: 'long', year: 'numeric' }).format(new Date(year ?? 1970, (month ?? 1) - 1, 1));
}

/** "14 Mar 2026" for `2026-03-14`. */
export function formatLocalDate(localDate: string, locale = 'en-GB'): string {
  const [year, month, day] = localDate.split('-').map(Number);
  return formatter(locale, { day: 'numeric', month: 'short', year: 'numeric' }).format(new Date(year ?? 1970, (month ?? 1) - 1, day ?? 1));
}

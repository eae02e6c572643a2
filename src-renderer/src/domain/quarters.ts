/**
 * Calendar quarters over local dates. A quarter key looks like `2026-Q3`; dates are local calendar
 * strings `YYYY-MM-DD`. Everything here reads the digits of those strings and never builds a Date,
 * so no result can depend on the machine's time zone or daylight-saving rules.
 */

export type QuarterNumber = 1 | 2 | 3 | 4;

/** A calendar quarter such as `2026-Q3` (four-digit year). */
export type QuarterKey = `${number}-Q${QuarterNumber}`;

/** The period the Insights screen covers. */
export type InsightsPeriod =
  | { kind: 'last-quarters'; count: number }
  | { kind: 'year'; year: number }
  | { kind: 'all' }
  | { kind: 'custom'; from: QuarterKey; to: QuarterKey };

const quarterKeyPattern = /^(\d{4})-Q([1-4])$/;

/** Inclusive first and last `MM-DD` of each quarter; none depends on leap years. */
const quarterBounds: readonly (readonly [string, string])[] = [
  ['01-01', '03-31'],
  ['04-01', '06-30'],
  ['07-01', '09-30'],
  ['10-01', '12-31'],
];

/** The digit at `index` of `text`, or NaN when it is not an ASCII digit. */
function digitAt(text: string, index: number): number {
  const value = text.charCodeAt(index) - 48;
  return value >= 0 && value <= 9 ? value : Number.NaN;
}

/** True for a string shaped like a quarter key, e.g. `2026-Q3`. */
export function isQuarterKey(value: unknown): value is QuarterKey {
  return typeof value === 'string' && quarterKeyPattern.test(value);
}

/** The year and quarter number of `key`; throws a RangeError for anything that is not a key. */
export function parseQuarter(key: string): { year: number; quarter: QuarterNumber } {
  const match = quarterKeyPattern.exec(key);
  if (!match) throw new RangeError(`Not a quarter key: ${JSON.stringify(key)}`);
  return { year: Number(match[1]), quarter: Number(match[2]) as QuarterNumber };
}

/**
 * A running number for quarters (`year * 4 + quarter - 1`), so consecutive quarters differ by one
 * and comparing ordinals compares quarters.
 */
export function quarterOrdinal(key: QuarterKey): number {
  const { year, quarter } = parseQuarter(key);
  return year * 4 + quarter - 1;
}

/** The quarter with running number `ordinal` (the inverse of `quarterOrdinal`). */
export function quarterFromOrdinal(ordinal: number): QuarterKey {
  if (!Number.isInteger(ordinal) || ordinal < 0 || ordinal >= 10_000 * 4) {
    throw new RangeError(`Quarter out of range: ${ordinal}`);
  }
  const year = Math.floor(ordinal / 4);
  const quarter = (ordinal % 4) + 1;
  return `${String(year).padStart(4, '0')}-Q${quarter}` as QuarterKey;
}

/**
 * The quarter ordinal of a local date `YYYY-MM-DD`, or null when the text is not such a date. Reads
 * character codes only: this runs once per entry in every chart, so it stays allocation free.
 */
export function quarterOrdinalOfDate(localDate: string): number | null {
  if (localDate.length !== 10 || localDate.charCodeAt(4) !== 45 || localDate.charCodeAt(7) !== 45) return null;
  const year = digitAt(localDate, 0) * 1000 + digitAt(localDate, 1) * 100 + digitAt(localDate, 2) * 10 + digitAt(localDate, 3);
  const month = digitAt(localDate, 5) * 10 + digitAt(localDate, 6);
  const day = digitAt(localDate, 8) * 10 + digitAt(localDate, 9);
  // NaN fails every comparison, so a stray non-digit lands here too.
  if (!(year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= 31)) return null;
  return year * 4 + Math.floor((month - 1) / 3);
}

/** The quarter a local date `YYYY-MM-DD` falls in: `2025-12-31` → `2025-Q4`. Throws on bad input. */
export function quarterOf(localDate: string): QuarterKey {
  const ordinal = quarterOrdinalOfDate(localDate);
  if (ordinal === null) throw new RangeError(`Not a local date: ${JSON.stringify(localDate)}`);
  return quarterFromOrdinal(ordinal);
}

/** The first and last local dates of a quarter, inclusive: `2026-Q1` → 2026-01-01..2026-03-31. */
export function quarterRange(key: QuarterKey): { start: string; end: string } {
  const { year, quarter } = parseQuarter(key);
  const bounds = quarterBounds[quarter - 1] ?? ['01-01', '03-31'];
  const yearText = String(year).padStart(4, '0');
  return { start: `${yearText}-${bounds[0]}`, end: `${yearText}-${bounds[1]}` };
}

/** The quarter before `key`: `2026-Q1` → `2025-Q4`. */
export function previousQuarter(key: QuarterKey): QuarterKey {
  return quarterFromOrdinal(quarterOrdinal(key) - 1);
}

/** The quarter after `key`: `2025-Q4` → `2026-Q1`. */
export function nextQuarter(key: QuarterKey): QuarterKey {
  return quarterFromOrdinal(quarterOrdinal(key) + 1);
}

/** Every quarter from `first` to `last`, both included, ascending; empty when `first` is after `last`. */
export function quartersBetween(first: QuarterKey, last: QuarterKey): QuarterKey[] {
  const quarters: QuarterKey[] = [];
  const end = quarterOrdinal(last);
  for (let ordinal = quarterOrdinal(first); ordinal <= end; ordinal += 1) quarters.push(quarterFromOrdinal(ordinal));
  return quarters;
}

/** How a quarter is shown: `2026-Q3` → "Q3 2026". */
export function quarterLabel(key: QuarterKey): string {
  const { year, quarter } = parseQuarter(key);
  return `Q${quarter} ${year}`;
}

/**
 * The quarters an Insights period covers, ascending.
 *
 * - `last-quarters`: today's quarter and the `count - 1` before it (count is at least 1).
 * - `year`: that year's four quarters.
 * - `all`: from the quarter of the earliest entry not in the trash to today's quarter (extended to
 *   the latest entry's quarter if an entry is dated after today); just today's quarter when there
 *   are no entries.
 * - `custom`: `from` to `to` inclusive, in whichever order they were given.
 *
 * `today` is a local date `YYYY-MM-DD`; entries with an unreadable `occurredOn` are ignored.
 */
export function periodQuarters(
  period: InsightsPeriod,
  today: string,
  entries: readonly { occurredOn: string; deletedAt: string | null }[] = [],
): QuarterKey[] {
  const current = quarterOf(today);
  switch (period.kind) {
    case 'last-quarters': {
      const count = Number.isFinite(period.count) ? Math.max(1, Math.floor(period.count)) : 1;
      const end = quarterOrdinal(current);
      return quartersBetween(quarterFromOrdinal(Math.max(0, end - count + 1)), current);
    }
    case 'year': {
      const year = String(Math.trunc(period.year)).padStart(4, '0');
      return quartersBetween(`${year}-Q1` as QuarterKey, `${year}-Q4` as QuarterKey);
    }
    case 'custom': {
      const [from, to] = quarterOrdinal(period.from) <= quarterOrdinal(period.to) ? [period.from, period.to] : [period.to, period.from];
      return quartersBetween(from, to);
    }
    case 'all': {
      let first = quarterOrdinal(current);
      let last = first;
      for (const entry of entries) {
        if (entry.deletedAt) continue;
        const ordinal = quarterOrdinalOfDate(entry.occurredOn);
        if (ordinal === null) continue;
        if (ordinal < first) first = ordinal;
        if (ordinal > last) last = ordinal;
      }
      return quartersBetween(quarterFromOrdinal(first), quarterFromOrdinal(last));
    }
  }
}

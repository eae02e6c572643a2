/**
 * The dates people write in brag documents: `2026-03-04`, `March 2026`, `Q1 2026`, `H2 2026`,
 * `2026`, each read as the first day of the period it names, and how precise it is.
 */
import { isLocalDate } from '../dates';

/** A date and how exactly it is known: a day beats a month, a month a quarter, a quarter a year. */
export interface KnownDate {
  date: string;
  precision: 'day' | 'month' | 'quarter' | 'year';
}

const precisionRank = { year: 0, quarter: 1, month: 2, day: 3 } as const;

/** The more precise of two dates; `preferred` wins a tie. */
export function morePrecise(preferred: KnownDate | null, other: KnownDate | null): KnownDate | null {
  if (preferred === null || other === null) return preferred ?? other;
  return precisionRank[other.precision] > precisionRank[preferred.precision] ? other : preferred;
}

const monthNames = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** 3 for `Mar`, `Mar.`, `March`; null for anything that is not a month's name or its abbreviation. */
function monthNumber(word: string): number | null {
  const lower = word.toLowerCase().replace(/\.$/, '');
  if (lower.length < 3) return null;
  const index = monthNames.findIndex((name) => name.startsWith(lower));
  return index === -1 ? null : index + 1;
}

/** Years a brag document plausibly covers; a heading such as `## 1984` outside them is a topic. */
function isPlausibleYear(year: number): boolean {
  return year >= 1970 && year <= 2099;
}

function dayDate(year: number, month: number | null, day: number): KnownDate | null {
  if (month === null || !isPlausibleYear(year)) return null;
  const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isLocalDate(date) ? { date, precision: 'day' } : null;
}

function firstDayOf(year: number, month: number | null, precision: KnownDate['precision']): KnownDate | null {
  if (month === null || month < 1 || month > 12 || !isPlausibleYear(year)) return null;
  return { date: `${year}-${String(month).padStart(2, '0')}-01`, precision };
}

const ordinal = '(?:st|nd|rd|th)?';
const patterns: [RegExp, (match: RegExpExecArray) => KnownDate | null][] = [
  [/^(\d{4})-(\d{2})-(\d{2})$/, (m) => dayDate(Number(m[1]), Number(m[2]), Number(m[3]))],
  [/^(\d{4})-(\d{2})$/, (m) => firstDayOf(Number(m[1]), Number(m[2]), 'month')],
  [/^([a-z]{3,9}\.?),? (\d{4})$/i, (m) => firstDayOf(Number(m[2]), monthNumber(m[1] ?? ''), 'month')],
  [
    new RegExp(`^([a-z]{3,9}\\.?) (\\d{1,2})${ordinal},? (\\d{4})$`, 'i'),
    (m) => dayDate(Number(m[3]), monthNumber(m[1] ?? ''), Number(m[2])),
  ],
  [
    new RegExp(`^(\\d{1,2})${ordinal} ([a-z]{3,9}\\.?),? (\\d{4})$`, 'i'),
    (m) => dayDate(Number(m[3]), monthNumber(m[2] ?? ''), Number(m[1])),
  ],
  [/^Q([1-4]),? (\d{4})$/i, (m) => firstDayOf(Number(m[2]), Number(m[1]) * 3 - 2, 'quarter')],
  [/^(\d{4})[- ]?Q([1-4])$/i, (m) => firstDayOf(Number(m[1]), Number(m[2]) * 3 - 2, 'quarter')],
  [/^H([12]),? (\d{4})$/i, (m) => firstDayOf(Number(m[2]), Number(m[1]) * 6 - 5, 'quarter')],
  [/^(\d{4})[- ]?H([12])$/i, (m) => firstDayOf(Number(m[1]), Number(m[2]) * 6 - 5, 'quarter')],
  [/^(\d{4})$/, (m) => firstDayOf(Number(m[1]), 1, 'year')],
];

/** The date a whole phrase names (`March 2026`, `Q1 2026`, …), or null. */
export function datePhrase(text: string): KnownDate | null {
  const phrase = text.trim().replace(/\s+/g, ' ');
  if (phrase.length > 40) return null;
  for (const [pattern, read] of patterns) {
    const match = pattern.exec(phrase);
    if (match) return read(match);
  }
  return null;
}

/** The date a heading names: the whole heading, or its start before a dash or colon (`March 2026 — launch`). */
export function headingDate(heading: string): KnownDate | null {
  const text = heading.replace(/[*_`]/g, '').trim();
  return datePhrase(text) ?? datePhrase(text.split(/\s[-–—]\s|:\s/, 1)[0] ?? '');
}

const leadingDate = /^(\d{4}-\d{2}-\d{2})(?:\s*[:–—-])?\s+/;
const parenthesisedDate = /\(([^()\n]{4,20})\)/g;

/**
 * The date a bullet gives itself, and its text without it: a leading `2026-03-04:` or a
 * parenthesised `(Mar 2026)`, `(2026-03)`, `(Q1 2026)` anywhere.
 */
export function bulletDate(text: string): { date: KnownDate | null; text: string } {
  const leading = leadingDate.exec(text);
  if (leading) {
    const date = datePhrase(leading[1] ?? '');
    if (date !== null) return { date, text: text.slice(leading[0].length) };
  }
  let date: KnownDate | null = null;
  const without = text.replace(parenthesisedDate, (whole, inner: string) => {
    const found = date === null ? datePhrase(inner) : null;
    if (found === null) return whole;
    date = found;
    return '';
  });
  return { date, text: without };
}

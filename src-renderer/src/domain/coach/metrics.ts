import type { ImpactMetric } from '../types';

/** A figure found in what the user wrote, offered as the entry's metric. */
export interface FoundMetric extends ImpactMetric {
  /** The words it was read from, as written ("from 900 to 300 ms"). */
  source: string;
}

/** How many figures are offered at most: the first ones written, which are usually the headline. */
const maximumMetrics = 4;

// A number as people write it: 30,000 · 1.5 · 12k · 2.4m. Never part of a word (p95, v2, S3).
const numberPart = String.raw`(?<![\p{L}\p{N}.,:/-])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s?(k|m|bn|million|thousand|billion)\b)?`;

const durationUnits: Record<string, string> = {
  ms: 'ms',
  millisecond: 'ms',
  milliseconds: 'ms',
  s: 's',
  sec: 's',
  secs: 's',
  second: 's',
  seconds: 's',
  min: 'min',
  mins: 'min',
  minute: 'min',
  minutes: 'min',
  h: 'h',
  hr: 'h',
  hrs: 'h',
  hour: 'h',
  hours: 'h',
  day: 'days',
  days: 'days',
  week: 'weeks',
  weeks: 'weeks',
  month: 'months',
  months: 'months',
};
const percentUnits = new Set(['%', 'percent', 'per cent', 'pp', 'points']);
const currencySymbols: Record<string, string> = {
  $: '$',
  '€': '€',
  '£': '£',
  usd: '$',
  dollars: '$',
  eur: '€',
  euros: '€',
  gbp: '£',
  pounds: '£',
};
const currencyNames: Record<string, true> = { $: true, '€': true, '£': true };
const multipliers: Record<string, number> = { k: 1e3, thousand: 1e3, m: 1e6, million: 1e6, bn: 1e9, billion: 1e9 };

const unitWords = [...Object.keys(durationUnits), 'percent', 'per cent', 'pp', 'points', 'usd', 'dollars', 'eur', 'euros', 'gbp', 'pounds']
  .sort((a, b) => b.length - a.length)
  .join('|');
const unitPart = String.raw`(?:\s?(%|(?:${unitWords})\b))?`;
const quantity = String.raw`([$€£])?\s?${numberPart}${unitPart}`;

/** "from 900 to 300 ms", "from 14 to 6 minutes": a before and an after. */
const fromToPattern = new RegExp(String.raw`\bfrom\s+${quantity}\s+(?:down\s+|up\s+)?to\s+${quantity}`, 'giu');
const quantityPattern = new RegExp(quantity, 'giu');

/** Words that say a figure went down: "cut latency by 40%" is −40 %. */
const fallingWords =
  /\b(cut|cutting|reduced?|reducing|lower(?:ed|ing)?|dropp?(?:ed|ing)?|down|fewer|less|decrease[ds]?|saved?|saving|shrunk|shrank|removed?|fell|halved)\b/i;
/** Words trimmed from the edges of a metric's name: verbs and little words around the figure. */
const nameNoise = new Set(
  (
    'a an the our my its their this that of by from to at in on for with and or was were is are be been now about around ' +
    'nearly almost over under than more less fewer up down went go goes cut cutting reduced reduce reducing brought bring ' +
    'dropped drop took take improved improve lowered lower raised raise increased increase decreased decrease moved saving ' +
    'saved save settled settle went got get per each every only just still another further some i we it which who that ' +
    'shipped made make instead within after before took during'
  ).split(' '),
);

interface Parsed {
  value: number;
  unit: string;
}

function parseQuantity(currency: string | undefined, digits: string, scale: string | undefined, unit: string | undefined): Parsed | null {
  let value = Number(digits.replace(/,/g, ''));
  if (!Number.isFinite(value)) return null;
  value *= multipliers[scale?.toLowerCase() ?? ''] ?? 1;
  const unitText = unit?.toLowerCase() ?? '';
  if (currency) return { value, unit: currency };
  if (currencySymbols[unitText]) return { value, unit: currencySymbols[unitText] ?? '' };
  if (percentUnits.has(unitText)) return { value, unit: unitText === 'pp' || unitText === 'points' ? 'pp' : '%' };
  if (durationUnits[unitText]) return { value, unit: durationUnits[unitText] ?? '' };
  return { value, unit: '' };
}

const wordEdges = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

/**
 * A metric's name from the words beside a figure, nearest first: the little words right by it are
 * skipped ("by", "at", "from"), then up to `limit` words are taken until the next little word or
 * number, so "cut cloud spend by 22%" gives "cloud spend".
 */
function nameFrom(words: readonly string[], limit: number): string {
  const cleaned = words.map((word) => word.replace(wordEdges, '')).filter(Boolean);
  const isNoise = (word: string) =>
    nameNoise.has(word.toLowerCase()) || Object.hasOwn(durationUnits, word.toLowerCase()) || /^[\d.,]+$/.test(word);
  let position = 0;
  while (position < cleaned.length && isNoise(cleaned[position] ?? '')) position += 1;
  const name: string[] = [];
  for (; position < cleaned.length && name.length < limit && !isNoise(cleaned[position] ?? ''); position += 1)
    name.push(cleaned[position] ?? '');
  return name.join(' ').toLowerCase();
}

/** The clause before a position: back to the last sentence or clause break (a decimal point is none). */
function clauseBefore(text: string, index: number): string {
  const before = text.slice(0, index);
  let stop = -1;
  for (const match of before.matchAll(/\.(?!\d)|[,;:\n]/g)) stop = match.index;
  return before.slice(stop + 1);
}

function clauseAfter(text: string, index: number): string {
  const after = text.slice(index);
  const match = /\.(?!\d)|[,;:\n(]/.exec(after);
  return match ? after.slice(0, match.index) : after;
}

function isYear(parsed: Parsed, digits: string): boolean {
  return parsed.unit === '' && /^(19|20)\d\d$/.test(digits);
}

/**
 * The name for a figure. A count names what it counts after it ("140 customers"); a measure names
 * what it measures before it ("p95 latency by 40%", "build time from 14 to 6 minutes").
 */
function nameFor(text: string, start: number, end: number, unit: string): string {
  if (unit === '') return nameFrom(clauseAfter(text, end).split(/\s+/), 3) || 'count';
  const before = nameFrom(clauseBefore(text, start).split(/\s+/).reverse(), 3).split(' ').reverse().join(' ');
  if (before) return before;
  return unit === '%' || unit === 'pp' ? 'change' : currencyNames[unit] ? 'cost' : 'time';
}

function rounded(value: number): number {
  return Math.round(value * 10) / 10;
}

/**
 * The figures in a text, as metrics to offer: percentages, money, durations, counts, and changes
 * written "from X to Y" (offered as the relative change, and as the value reached). Years, and
 * numbers that are part of a word (p95, v2), are not figures. Nothing here decides for the user:
 * these are offers, in the order they were written.
 */
export function findMetrics(text: string): FoundMetric[] {
  const found: FoundMetric[] = [];
  const used: [number, number][] = [];
  const add = (metric: FoundMetric) => {
    if (found.some((other) => other.name === metric.name && other.value === metric.value && other.unit === metric.unit)) return;
    found.push(metric);
  };

  for (const match of text.matchAll(fromToPattern)) {
    const [source, currencyA, digitsA = '', scaleA, unitA, currencyB, digitsB = '', scaleB, unitB] = match;
    const after = parseQuantity(currencyB, digitsB, scaleB, unitB);
    const before = parseQuantity(currencyA ?? currencyB, digitsA, scaleA, unitA ?? unitB);
    if (!before || !after) continue;
    const unit = after.unit || before.unit;
    const start = match.index;
    used.push([start, start + source.length]);
    const name = nameFor(text, start, start + source.length, unit);
    if (before.value !== 0 && unit !== '%')
      add({ name, value: rounded(((after.value - before.value) / before.value) * 100), unit: '%', source });
    add({ name, value: after.value, unit, source });
  }

  for (const match of text.matchAll(quantityPattern)) {
    const [source, currency, digits = '', scale, unit] = match;
    const start = match.index;
    const end = start + source.length;
    if (used.some(([from, to]) => start < to && end > from)) continue;
    const parsed = parseQuantity(currency, digits, scale, unit);
    if (!parsed || isYear(parsed, digits)) continue;
    // A bare number followed by no word ("step 3.") says nothing measurable.
    if (parsed.unit === '' && !/^\s+[\p{L}]/u.test(text.slice(end))) continue;
    const name = nameFor(text, start, end, parsed.unit);
    const isFalling = parsed.unit === '%' && fallingWords.test(clauseBefore(text, start));
    add({ name, value: isFalling ? -parsed.value : parsed.value, unit: parsed.unit, source: source.trim() });
  }
  return found.slice(0, maximumMetrics);
}

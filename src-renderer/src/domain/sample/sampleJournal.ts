import { samplePhases } from './content/sampleJournalContent';
import type { SampleTemplate } from './content/sampleJournalContent';
import type { Entry } from '../types';
import { createRandom, randomInteger } from './seededRandom.mjs';

export { sampleCompanyName, sampleEngineerName, samplePeople } from './content/sampleJournalContent';

/** How many entries `createSampleJournal` returns. */
export const sampleJournalSize: number = samplePhases.reduce((total, phase) => total + phase.length, 0);

const monthsPerPhase = 8;
const minimumPerMonth = 5;
const maximumPerMonth = 8;
// Fixed seeds: the same `today` always yields the same journal, and ids never depend on `today`.
const dateSeed = 0x5c09e;
const idSeed = 0xfe27d00d;

// Calendar arithmetic in UTC, so the result never depends on the machine's time zone or DST.
const dayInMilliseconds = 86_400_000;

function toTime(localDate: string): number {
  const [year, month, day] = localDate.split('-').map(Number);
  return Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1);
}

function fromTime(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

function addDays(localDate: string, days: number): string {
  return fromTime(toTime(localDate) + days * dayInMilliseconds);
}

/** Adds calendar months, clamping to the end of shorter months (31 Jan + 1 month = 28/29 Feb). */
function addMonths(localDate: string, months: number): string {
  const [year, month, day] = localDate.split('-').map(Number);
  const firstOfTarget = new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1 + months, 1));
  const lastDay = new Date(Date.UTC(firstOfTarget.getUTCFullYear(), firstOfTarget.getUTCMonth() + 1, 0)).getUTCDate();
  firstOfTarget.setUTCDate(Math.min(day ?? 1, lastDay));
  return fromTime(firstOfTarget.getTime());
}

function isWeekend(localDate: string): boolean {
  const weekday = new Date(toTime(localDate)).getUTCDay();
  return weekday === 0 || weekday === 6;
}

/** How many entries each month of a phase gets: between 5 and 8, adding up to `total`. */
function monthCounts(random: () => number, total: number): number[] {
  const floor = Math.min(minimumPerMonth, Math.floor(total / monthsPerPhase));
  const counts: number[] = Array.from({ length: monthsPerPhase }, () => floor);
  for (let remaining = total - floor * monthsPerPhase; remaining > 0; remaining -= 1) {
    const open = counts.flatMap((count, month) => (count < maximumPerMonth ? [month] : []));
    const candidates = open.length > 0 ? open : counts.map((_, month) => month);
    const month = candidates[Math.floor(random() * candidates.length)] ?? 0;
    counts[month] = (counts[month] ?? 0) + 1;
  }
  return counts;
}

/** `count` distinct days between `first` and `last`, sorted; mostly weekdays, as real work is. */
function pickDays(random: () => number, first: string, last: string, count: number): string[] {
  const span = Math.round((toTime(last) - toTime(first)) / dayInMilliseconds) + 1;
  const chosen = new Set<string>();
  for (let attempt = 0; chosen.size < Math.min(count, span) && attempt < 1000; attempt += 1) {
    const day = addDays(first, Math.floor(random() * span));
    if (isWeekend(day) && random() < 0.85) continue;
    chosen.add(day);
  }
  const days = [...chosen].sort();
  // Tiny windows only: repeat the last day rather than drop an entry.
  while (days.length < count) days.push(days[days.length - 1] ?? last);
  return days;
}

/** A UUID-shaped (version 4, variant 8) id, unique through its final `index` segment. */
function sampleId(random: () => number, index: number): string {
  const hex = (digits: number): string =>
    Math.floor(random() * 16 ** digits)
      .toString(16)
      .padStart(digits, '0');
  return `5a3b1e00-${hex(4)}-4${hex(3)}-8${hex(3)}-${index.toString(16).padStart(12, '0')}`;
}

/**
 * When to look back at a decision. Finished follow-ups are never after `today`, awaiting ones have
 * already passed (so they show as "awaiting outcome"), and future ones lie ahead of `today`.
 */
function followUpDate(random: () => number, template: SampleTemplate, occurredOn: string, today: string): string | null {
  const decision = template.decision;
  if (!decision) return null;
  const planned = addDays(occurredOn, randomInteger(random, 30, 90));
  if (decision.followUp === 'future') {
    const earliest = addDays(today, randomInteger(random, 14, 45));
    return planned > today ? planned : earliest;
  }
  const latest = decision.followUp === 'awaiting' ? addDays(today, -7) : today;
  const clamped = planned < latest ? planned : latest;
  return clamped > occurredOn ? clamped : occurredOn;
}

function buildEntry(template: SampleTemplate, occurredOn: string, today: string, id: string, random: () => number): Entry {
  const hour = String(randomInteger(random, 8, 18)).padStart(2, '0');
  const minute = String(randomInteger(random, 0, 59)).padStart(2, '0');
  const timestamp = `${occurredOn}T${hour}:${minute}:00.000Z`;
  const decision = template.decision;
  return {
    id,
    occurredOn,
    createdAt: timestamp,
    updatedAt: timestamp,
    title: template.title,
    body: template.body,
    kind: template.kind,
    scope: template.scope,
    competencies: [...template.competencies],
    tags: [...template.tags],
    impact: template.impact ?? '',
    impactMetric: template.metric ? { ...template.metric } : null,
    people: [...(template.people ?? [])],
    links: (template.links ?? []).map((link) => ({ ...link })),
    aiAssist: template.aiAssist ?? '',
    starred: template.starred ?? false,
    followUpOn: followUpDate(random, template, occurredOn, today),
    outcome: decision?.followUp === 'done' ? (decision.outcome ?? '') : '',
    options: [...(decision?.options ?? [])],
    choice: decision?.choice ?? '',
    confidence: decision?.confidence ?? null,
    deletedAt: null,
    source: 'sample',
  };
}

/**
 * The built-in sample journal: two years of Maya Okafor's entries at Fernwood, ending at `today`
 * (`YYYY-MM-DD`). Eight months per phase, team then department then company scope, 5–8 entries a
 * month on seeded dates, so the same `today` always gives the same entries. Every entry has
 * `source: 'sample'`, which is how the sample is removed in one step.
 */
export function createSampleJournal(today: string): Entry[] {
  const dateRandom = createRandom(dateSeed);
  const idRandom = createRandom(idSeed);
  const start = addDays(addMonths(today, -monthsPerPhase * samplePhases.length), 1);
  const entries: Entry[] = [];

  samplePhases.forEach((templates, phaseIndex) => {
    const counts = monthCounts(dateRandom, templates.length);
    let next = 0;
    counts.forEach((count, monthInPhase) => {
      const month = phaseIndex * monthsPerPhase + monthInPhase;
      const first = addMonths(start, month);
      const end = addDays(addMonths(start, month + 1), -1);
      const last = end < today ? end : today;
      for (const occurredOn of pickDays(dateRandom, first, last, count)) {
        const template = templates[next];
        next += 1;
        if (!template) break;
        const id = sampleId(idRandom, entries.length + 1);
        entries.push(buildEntry(template, occurredOn, today, id, dateRandom));
      }
    });
  });

  return entries;
}

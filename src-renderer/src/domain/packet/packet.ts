/**
 * Promotion packets as records: which entries to offer, a new packet's defaults, a copy, and the
 * title its documents carry. Assembling a saved packet for printing is in `assemblePacket.ts`.
 */
import { newId } from '../ids';
import { compareNewestFirst } from '../entries/search';
import { scopeRank } from '../scopeLevels';
import type { Entry, Packet } from '../types';

/** How many suggested entries a new packet starts with. */
const defaultSelectionSize = 25;

function impactWeight(entry: Entry): number {
  if (entry.impactMetric) return 2;
  return entry.impact.trim() !== '' ? 1 : 0;
}

/** Whether `entry` is outside the trash and happened within the period (inclusive local dates). */
export function isInPeriod(entry: Entry, periodStart: string, periodEnd: string): boolean {
  return !entry.deletedAt && entry.occurredOn >= periodStart && entry.occurredOn <= periodEnd;
}

/**
 * Best evidence first: starred, then wider scope, then with a measured impact, then with an impact
 * in words, then newest. The packet's suggestions and a one-page summary's line per competency
 * both rank by it.
 */
export function compareStrongestFirst(a: Entry, b: Entry): number {
  return (
    Number(b.starred) - Number(a.starred) ||
    scopeRank(b.scope) - scopeRank(a.scope) ||
    impactWeight(b) - impactWeight(a) ||
    compareNewestFirst(a, b)
  );
}

/** The entries of the period (inclusive local dates) that are not in the trash, best evidence first (`compareStrongestFirst`). */
export function suggestPacketEntries(entries: readonly Entry[], periodStart: string, periodEnd: string): Entry[] {
  return entries.filter((entry) => isInPeriod(entry, periodStart, periodEnd)).sort(compareStrongestFirst);
}

/** `localDate` moved by whole months (clamped to the month's end) and days, computed in UTC. */
function shiftDate(localDate: string, months: number, days: number): string {
  const [year, month, day] = localDate.split('-').map(Number);
  const target = new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day ?? 1, lastDay) + days);
  return target.toISOString().slice(0, 10);
}

/** What a packet is called until it is given a title of its own. */
const untitledPacket = 'Promotion packet';

/** Text fit for a document's properties (a PDF's Title or Author, a page's title): one line, no control characters. */
export function documentPropertyText(text: string): string {
  return text.replace(/\p{Cc}+/gu, ' ').trim();
}

/** The title a packet's exported documents carry: its own, or "Promotion packet" while it has none. */
export function packetDocumentTitle(title: string): string {
  return documentPropertyText(title) || untitledPacket;
}

/**
 * A new packet covering the twelve months that end on `today` (`YYYY-MM-DD`), with the best
 * suggested entries of that period already selected when `entries` are given.
 */
export function newPacket(now: Date, today: string, entries: readonly Entry[] = []): Packet {
  const periodStart = shiftDate(today, -12, 1);
  const timestamp = now.toISOString();
  return {
    id: newId(),
    title: untitledPacket,
    authorName: '',
    currentRole: '',
    targetRole: '',
    periodStart,
    periodEnd: today,
    entryIds: suggestPacketEntries(entries, periodStart, today)
      .slice(0, defaultSelectionSize)
      .map((entry) => entry.id),
    narratives: {},
    summary: '',
    // Images start on: a new packet is not redacted (see `withRedaction`, which turns them off).
    options: { redactPeople: false, includeAppendix: true, includeReviews: true, pageSize: 'A4', onePage: false, includeImages: true },
    createdAt: timestamp,
    updatedAt: timestamp,
  };
}

/**
 * The options after "Redact people" is turned on or off. Turning it on turns "Include images" off:
 * a name in a picture cannot be redacted. Turning it off leaves images as they are; the user may
 * tick them again either way, and a redacted packet with images then prints them.
 */
export function withRedaction(options: Packet['options'], redactPeople: boolean): Packet['options'] {
  return redactPeople ? { ...options, redactPeople, includeImages: false } : { ...options, redactPeople };
}

/** A copy of `packet` under a new id, titled "<title> (copy)". */
export function duplicatePacket(packet: Packet, now: Date): Packet {
  const timestamp = now.toISOString();
  return {
    ...packet,
    id: newId(),
    title: `${packet.title} (copy)`,
    entryIds: [...packet.entryIds],
    narratives: { ...packet.narratives },
    ...(packet.draftedNarratives ? { draftedNarratives: { ...packet.draftedNarratives } } : {}),
    options: { ...packet.options },
    ...(packet.redaction ? { redaction: { unticked: [...packet.redaction.unticked], added: [...packet.redaction.added] } } : {}),
    createdAt: timestamp,
    updatedAt: timestamp,
  };
}

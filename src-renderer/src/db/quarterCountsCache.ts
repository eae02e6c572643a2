import { z } from 'zod';
import type { JournalStats, QuarterStats } from '../domain/insights/quarterStats';

import { loadAtGeneration, saveAtGeneration } from './journalGeneration';

/**
 * The per-quarter counts saved for the next start, at the journal's generation (see
 * `journalGeneration.ts`): derived data in localStorage, never backed up, and ignored when the
 * journal has changed since or anything about it is off.
 */
const name = 'quarter-counts-v2';

const countsSchema = z.array(z.tuple([z.string(), z.number().int()]));
const quartersSchema = z.array(
  z.object({ ordinal: z.number().int(), total: z.number().int(), scopes: countsSchema, kinds: countsSchema, competencies: countsSchema }),
);

/** The saved counts, when the journal has not changed since they were saved; else null. */
export function readCountsCache(databaseName: string): JournalStats | null {
  forgetFirstFormat(databaseName);
  const parsed = quartersSchema.safeParse(loadAtGeneration(databaseName, name));
  if (!parsed.success) return null;
  const stats: JournalStats = new Map();
  for (const quarter of parsed.data) {
    const stored: QuarterStats = {
      ordinal: quarter.ordinal,
      total: quarter.total,
      scopes: new Map(quarter.scopes),
      kinds: new Map(quarter.kinds),
      competencies: new Map(quarter.competencies),
    };
    stats.set(quarter.ordinal, stored);
  }
  return stats;
}

/** Saves the counts of the journal as it is now. */
export function writeCountsCache(databaseName: string, stats: JournalStats): void {
  const quarters = [...stats.values()].map((quarter) => ({
    ordinal: quarter.ordinal,
    total: quarter.total,
    scopes: [...quarter.scopes],
    kinds: [...quarter.kinds],
    competencies: [...quarter.competencies],
  }));
  saveAtGeneration(databaseName, name, quarters);
}

/** The first format, saved with a signature the app no longer reads: a few kilobytes not to keep. */
function forgetFirstFormat(databaseName: string): void {
  try {
    localStorage.removeItem(`scope-journal:quarter-counts:${databaseName}`);
  } catch {
    // Unreadable storage holds nothing to forget.
  }
}

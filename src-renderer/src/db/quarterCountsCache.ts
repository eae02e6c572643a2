import { z } from 'zod';
import type { JournalStats, QuarterStats } from '../domain/insights/quarterStats';

/**
 * The per-quarter counts saved for the next start, with the journal's generation when they were
 * counted. Derived data in localStorage: never backed up, and ignored when anything about it is off.
 *
 * The generation is a random stamp that changes whenever the entries table is written (see
 * `journalGeneration.ts`), so reading it costs nothing: no count of the entries, which IndexedDB
 * makes by walking every record (tens of milliseconds at 10,000 entries, hundreds at 50,000).
 */
const cacheVersion = 2;
const storageKey = (databaseName: string) => `scope-journal:quarter-counts:${databaseName}`;

const countsSchema = z.array(z.tuple([z.string(), z.number().int()]));
const cacheSchema = z.object({
  version: z.literal(cacheVersion),
  generation: z.string(),
  quarters: z.array(
    z.object({ ordinal: z.number().int(), total: z.number().int(), scopes: countsSchema, kinds: countsSchema, competencies: countsSchema }),
  ),
});

export function readCountsCache(databaseName: string): { generation: string; stats: JournalStats } | null {
  try {
    const text = localStorage.getItem(storageKey(databaseName));
    if (text === null) return null;
    const parsed = cacheSchema.safeParse(JSON.parse(text));
    if (!parsed.success) return null;
    const stats: JournalStats = new Map();
    for (const quarter of parsed.data.quarters) {
      const stored: QuarterStats = {
        ordinal: quarter.ordinal,
        total: quarter.total,
        scopes: new Map(quarter.scopes),
        kinds: new Map(quarter.kinds),
        competencies: new Map(quarter.competencies),
      };
      stats.set(quarter.ordinal, stored);
    }
    return { generation: parsed.data.generation, stats };
  } catch {
    return null;
  }
}

export function writeCountsCache(databaseName: string, generation: string, stats: JournalStats): void {
  const quarters = [...stats.values()].map((quarter) => ({
    ordinal: quarter.ordinal,
    total: quarter.total,
    scopes: [...quarter.scopes],
    kinds: [...quarter.kinds],
    competencies: [...quarter.competencies],
  }));
  try {
    localStorage.setItem(storageKey(databaseName), JSON.stringify({ version: cacheVersion, generation, quarters }));
  } catch {
    // A full storage only costs the next start its head start: the counts are built anyway.
  }
}

import { z } from 'zod';
import type { ScopeJournalDatabase } from './database';
import type { JournalStats, QuarterStats } from '../domain/insights/quarterStats';

/**
 * The per-quarter counts saved for the next start, with the signature of the journal they count.
 * Derived data in localStorage: never backed up, and ignored when anything about it is off.
 */
export interface JournalSignature {
  /** Records in the entries table, trashed ones included. */
  records: number;
  /** Records in the trash. */
  trashed: number;
  /** The latest `updatedAt` of any record: every save, star, trash and restore moves it. */
  lastUpdatedAt: string | null;
}

const cacheVersion = 1;
const storageKey = (databaseName: string) => `scope-journal:quarter-counts:${databaseName}`;

const countsSchema = z.array(z.tuple([z.string(), z.number().int()]));
const cacheSchema = z.object({
  version: z.literal(cacheVersion),
  signature: z.object({ records: z.number().int(), trashed: z.number().int(), lastUpdatedAt: z.string().nullable() }),
  quarters: z.array(
    z.object({ ordinal: z.number().int(), total: z.number().int(), scopes: countsSchema, kinds: countsSchema, competencies: countsSchema }),
  ),
});

/** The journal's signature, from its indexes: two counts and one key. */
export async function readJournalSignature(database: ScopeJournalDatabase): Promise<JournalSignature> {
  return database.transaction('r', database.entries, async () => {
    const [records, trashed, last] = await Promise.all([
      database.entries.count(),
      database.entries.where('deletedAt').above('').count(),
      database.entries.orderBy('updatedAt').reverse().limit(1).keys(),
    ]);
    const lastUpdatedAt = last[0];
    return { records, trashed, lastUpdatedAt: typeof lastUpdatedAt === 'string' ? lastUpdatedAt : null };
  });
}

export function sameSignature(a: JournalSignature, b: JournalSignature): boolean {
  return a.records === b.records && a.trashed === b.trashed && a.lastUpdatedAt === b.lastUpdatedAt;
}

export function readCountsCache(databaseName: string): { signature: JournalSignature; stats: JournalStats } | null {
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
    return { signature: parsed.data.signature, stats };
  } catch {
    return null;
  }
}

export function writeCountsCache(databaseName: string, signature: JournalSignature, stats: JournalStats): void {
  const quarters = [...stats.values()].map((quarter) => ({
    ordinal: quarter.ordinal,
    total: quarter.total,
    scopes: [...quarter.scopes],
    kinds: [...quarter.kinds],
    competencies: [...quarter.competencies],
  }));
  try {
    localStorage.setItem(storageKey(databaseName), JSON.stringify({ version: cacheVersion, signature, quarters }));
  } catch {
    // A full storage only costs the next start its head start: the counts are built anyway.
  }
}

import { monthKey } from '../../domain/dates';
import type { Entry } from '../../domain/types';

/** One row of the virtualised timeline: a month heading or an entry. */
export type JournalRow =
  | { type: 'month'; key: string; month: string; count: number }
  | { type: 'entry'; key: string; entry: Entry; /** 1-based place among the entries. */ position: number };

/**
 * Interleaves month headings with entries (which arrive newest first), each heading carrying
 * how many entries its month has. With `isGrouped` false (a ranked search) there are no headings.
 */
export function buildJournalRows(entries: readonly Entry[], isGrouped: boolean): JournalRow[] {
  if (!isGrouped) return entries.map((entry, index) => ({ type: 'entry', key: entry.id, entry, position: index + 1 }));
  const rows: JournalRow[] = [];
  let heading = { type: 'month' as const, key: '', month: '', count: 0 };
  for (const [index, entry] of entries.entries()) {
    const month = monthKey(entry.occurredOn);
    if (heading.month !== month) {
      heading = { type: 'month', key: `month-${month}`, month, count: 0 };
      rows.push(heading);
    }
    heading.count += 1;
    rows.push({ type: 'entry', key: entry.id, entry, position: index + 1 });
  }
  return rows;
}

/** Rows already built, by the entries array they were built from (grouped, then ranked). */
const rowsByEntries = [new WeakMap<readonly Entry[], JournalRow[]>(), new WeakMap<readonly Entry[], JournalRow[]>()] as const;

/**
 * `buildJournalRows`, built once per entries array: the whole journal, or a filter's result that
 * the search gives back again, is laid out again without a pass over tens of thousands of entries.
 * Entries arrays are never changed in place (a change makes a new array), so a kept one is current.
 */
export function journalRowsFor(entries: readonly Entry[], isGrouped: boolean): readonly JournalRow[] {
  const cache = rowsByEntries[isGrouped ? 0 : 1];
  let rows = cache.get(entries);
  if (!rows) cache.set(entries, (rows = buildJournalRows(entries, isGrouped)));
  return rows;
}

/** "1 entry", "12 entries". */
export function entryCountLabel(count: number): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? 'entry' : 'entries'}`;
}

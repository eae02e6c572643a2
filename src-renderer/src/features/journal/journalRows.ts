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

/** "1 entry", "12 entries". */
export function entryCountLabel(count: number): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? 'entry' : 'entries'}`;
}

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildJournalRows, journalRowsFor, JournalRows, type JournalRow } from '../../../src-renderer/src/features/journal/journalRows';
import { monthKey } from '../../../src-renderer/src/domain/dates';
import type { Entry } from '../../../src-renderer/src/domain/types';
import { makeEntry } from '../entryFactory';

/** The rows as they were built before `JournalRows`: every row an object, made in one pass. */
function eagerRows(entries: readonly Entry[], isGrouped: boolean): JournalRow[] {
  if (!isGrouped) return entries.map((entry, index) => ({ type: 'entry', key: entry.id, entry, position: index + 1 }));
  const rows: JournalRow[] = [];
  let heading: { type: 'month'; key: string; month: string; count: number } | undefined;
  for (const [index, entry] of entries.entries()) {
    const month = monthKey(entry.occurredOn);
    if (heading?.month !== month) {
      heading = { type: 'month', key: `month-${month}`, month, count: 0 };
      rows.push(heading);
    }
    heading.count += 1;
    rows.push({ type: 'entry', key: entry.id, entry, position: index + 1 });
  }
  return rows;
}

describe('journal rows', () => {
  it('builds the rows of an entries array once, grouped and ranked apart', () => {
    const entries = [makeEntry({ occurredOn: '2026-03-02' }), makeEntry({ occurredOn: '2026-02-01' })];
    const grouped = journalRowsFor(entries, true);
    expect(grouped.toArray()).toEqual(buildJournalRows(entries, true));
    expect(journalRowsFor(entries, true)).toBe(grouped);
    expect(journalRowsFor(entries, false).toArray()).toEqual(buildJournalRows(entries, false));
    expect(journalRowsFor([...entries], true)).not.toBe(grouped);
  });

  it('gives every row, key and entry place as building every row would', () => {
    const dates = fc.constantFrom('2026-03-02', '2026-03-01', '2026-02-28', '2025-12-31', '2024-02-29', '2026', '');
    fc.assert(
      fc.property(fc.array(dates, { maxLength: 30 }), fc.boolean(), (days, isGrouped) => {
        const entries = days.map((occurredOn) => makeEntry({ occurredOn }));
        const rows = JournalRows.of(entries, isGrouped);
        const expected = eagerRows(entries, isGrouped);
        expect(rows.length).toBe(expected.length);
        expect(rows.toArray()).toEqual(expected);
        expected.forEach((row, index) => {
          expect(rows.keyAt(index)).toBe(row.key);
          expect(rows.isMonth(index)).toBe(row.type === 'month');
          if (row.type === 'entry') expect(rows.rowOfEntry(row.position - 1)).toBe(index);
        });
        expect(rows.at(expected.length)).toBeUndefined();
      }),
    );
  });

  it('knows when another layout has the same rows in the same places', () => {
    const entries = [makeEntry({ occurredOn: '2026-03-02' }), makeEntry({ occurredOn: '2026-02-01' })];
    const rows = JournalRows.of(entries, true);
    const edited = [{ ...entries[0], title: 'New title' } as Entry, entries[1] as Entry];
    expect(JournalRows.of(edited, true).hasSameKeys(rows)).toBe(true);
    const moved = [{ ...entries[0], occurredOn: '2026-02-03' } as Entry, entries[1] as Entry];
    expect(JournalRows.of(moved, true).hasSameKeys(rows)).toBe(false);
    expect(JournalRows.of([...entries].reverse(), true).hasSameKeys(rows)).toBe(false);
    expect(JournalRows.of(entries.slice(1), true).hasSameKeys(rows)).toBe(false);
  });
});

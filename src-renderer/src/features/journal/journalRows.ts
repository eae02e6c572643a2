import { monthKey } from '../../domain/dates';
import type { Entry } from '../../domain/types';

/** One row of the virtualised timeline: a month heading or an entry. */
export type JournalRow =
  | { type: 'month'; key: string; month: string; count: number }
  | { type: 'entry'; key: string; entry: Entry; /** 1-based place among the entries. */ position: number };

/** A month of the timeline: its heading's row, and its entries' place in the entries array. */
interface MonthRun {
  month: string;
  /** The heading's row; the month's entries are the `count` rows after it. */
  row: number;
  /** The month's first entry, as an index into the entries array. */
  first: number;
  count: number;
}

/**
 * The timeline's rows — month headings interleaved with the entries (which arrive newest first),
 * each heading carrying its month's count; no headings for a ranked search — without a row object
 * per entry. Only the months are built (one pass over the entries' dates); a row is made when the
 * list asks for it, and the list only asks for the rows in view. So laying out fifty thousand
 * entries again after a save costs a pass over their dates, not fifty thousand objects.
 */
export class JournalRows {
  readonly length: number;

  private constructor(
    readonly entries: readonly Entry[],
    private readonly months: readonly MonthRun[],
  ) {
    this.length = entries.length + months.length;
  }

  static of(entries: readonly Entry[], isGrouped: boolean): JournalRows {
    if (!isGrouped) return new JournalRows(entries, []);
    const months: MonthRun[] = [];
    let run: MonthRun | undefined;
    for (let index = 0; index < entries.length; index++) {
      const occurredOn = (entries[index] as Entry).occurredOn;
      // Most entries share their month with the one before: no new string for them.
      const isSameMonth =
        run !== undefined && occurredOn.startsWith(run.month) && (run.month.length === 7 || monthKey(occurredOn) === run.month);
      if (!run || !isSameMonth) {
        run = { month: monthKey(occurredOn), row: index + months.length, first: index, count: 0 };
        months.push(run);
      }
      run.count += 1;
    }
    return new JournalRows(entries, months);
  }

  /** The row at `index`, or undefined past the end. */
  at(index: number): JournalRow | undefined {
    if (index < 0 || index >= this.length) return undefined;
    const run = this.runAt(index);
    if (run && run.row === index) return { type: 'month', key: monthRowKey(run.month), month: run.month, count: run.count };
    const entryIndex = run ? run.first + (index - run.row - 1) : index;
    const entry = this.entries[entryIndex];
    return entry ? { type: 'entry', key: entry.id, entry, position: entryIndex + 1 } : undefined;
  }

  /** The row's key (an entry's id, or its month's) without making the row. */
  keyAt(index: number): string | undefined {
    const run = this.runAt(index);
    if (run && run.row === index) return monthRowKey(run.month);
    return this.entries[run ? run.first + (index - run.row - 1) : index]?.id;
  }

  /** True when the row at `index` is a month heading. */
  isMonth(index: number): boolean {
    return this.runAt(index)?.row === index;
  }

  /** The row of the entry at `entryIndex` in the entries array. */
  rowOfEntry(entryIndex: number): number {
    return entryIndex + monthsUpTo(this.months, 'first', entryIndex);
  }

  /**
   * True when both have the same rows in the same places: the same entries (by id) and the same
   * months. Then a list laid out for one fits the other, and need not be measured again.
   */
  hasSameKeys(other: JournalRows): boolean {
    if (other === this) return true;
    if (other.length !== this.length || other.months.length !== this.months.length) return false;
    for (let index = 0; index < this.months.length; index++) {
      const mine = this.months[index] as MonthRun;
      const theirs = other.months[index] as MonthRun;
      if (mine.month !== theirs.month || mine.row !== theirs.row || mine.count !== theirs.count) return false;
    }
    for (let index = 0; index < this.entries.length; index++) {
      if (this.entries[index]?.id !== other.entries[index]?.id) return false;
    }
    return true;
  }

  /** Every row, made at once: for tests and small lists. */
  toArray(): JournalRow[] {
    return Array.from({ length: this.length }, (_, index) => this.at(index) as JournalRow);
  }

  /** The last month whose heading is at or before `index`. */
  private runAt(index: number): MonthRun | undefined {
    return this.months[monthsUpTo(this.months, 'row', index) - 1];
  }
}

/** How many months have `field` at or before `value` (months are in order of both fields). */
function monthsUpTo(months: readonly MonthRun[], field: 'row' | 'first', value: number): number {
  let low = 0;
  let high = months.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((months[middle] as MonthRun)[field] <= value) low = middle + 1;
    else high = middle;
  }
  return low;
}

function monthRowKey(month: string): string {
  return `month-${month}`;
}

/** Interleaves month headings with entries (see `JournalRows`), every row made at once. */
export function buildJournalRows(entries: readonly Entry[], isGrouped: boolean): JournalRow[] {
  return JournalRows.of(entries, isGrouped).toArray();
}

/** Rows already laid out, by the entries array they were built from (grouped, then ranked). */
const rowsByEntries = [new WeakMap<readonly Entry[], JournalRows>(), new WeakMap<readonly Entry[], JournalRows>()] as const;

/**
 * `JournalRows.of`, once per entries array: the whole journal, or a filter's result that the
 * search gives back again, is laid out again without another pass. Entries arrays are never
 * changed in place (a change makes a new array), so a kept one is current.
 */
export function journalRowsFor(entries: readonly Entry[], isGrouped: boolean): JournalRows {
  const cache = rowsByEntries[isGrouped ? 0 : 1];
  let rows = cache.get(entries);
  if (!rows) cache.set(entries, (rows = JournalRows.of(entries, isGrouped)));
  return rows;
}

/** "1 entry", "12 entries". */
export function entryCountLabel(count: number): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? 'entry' : 'entries'}`;
}

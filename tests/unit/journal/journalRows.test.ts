import { describe, expect, it } from 'vitest';
import { buildJournalRows, journalRowsFor } from '../../../src-renderer/src/features/journal/journalRows';
import { makeEntry } from '../entryFactory';

describe('journal rows', () => {
  it('builds the rows of an entries array once, grouped and ranked apart', () => {
    const entries = [makeEntry({ occurredOn: '2026-03-02' }), makeEntry({ occurredOn: '2026-02-01' })];
    const grouped = journalRowsFor(entries, true);
    expect(grouped).toEqual(buildJournalRows(entries, true));
    expect(journalRowsFor(entries, true)).toBe(grouped);
    expect(journalRowsFor(entries, false)).toEqual(buildJournalRows(entries, false));
    expect(journalRowsFor([...entries], true)).not.toBe(grouped);
  });
});

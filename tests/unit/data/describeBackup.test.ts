import { expect, it } from 'vitest';
import { describeBackup } from '../../../src-renderer/src/features/data/RestorePanel';

it('describes a backup by its counts, the Inbox drafts among them and its source items not', () => {
  const description = describeBackup({
    counts: { entries: 150, reviews: 8, goals: 1, readingList: 3, packets: 2, frameworks: 1, settings: 6, drafts: 12, evidenceItems: 340 },
    trashedEntryCount: 3,
    entryDates: null,
    exportedAt: '2026-03-14T09:30:00.000Z',
  });
  expect(description).toBe(
    '150 entries (3 in the trash); 8 quarterly reviews; 1 goal; 3 books; 2 packets; 1 framework; 6 settings; 12 Inbox drafts',
  );
});

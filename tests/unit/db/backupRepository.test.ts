import { describe, expect, it } from 'vitest';
import { exportBackup, restoreBackup } from '../../../src-renderer/src/db/backupRepository';
import { readBackupText, type ParsedBackup } from '../../../src-renderer/src/domain/backup/backupFile';
import { makeBook, makeGoal, makeReview, makeTables } from '../backupFactory';
import { makeEntry } from '../entryFactory';
import { contents, database, empty, fill, parsed } from './backupDatabase';

const none = { added: 0, updated: 0, unchanged: 0, removed: 0 };

describe('backup and restore', () => {
  it('round-trips 10,000 entries and every table: export, wipe, restore, identical', async () => {
    const original = makeTables(10_000);
    await fill(original);
    const before = await contents();

    const started = performance.now();
    const text = await exportBackup(database);
    const exported = performance.now();
    await database.transaction('rw', database.tables, () => Promise.all(database.tables.map((table) => table.clear())));
    const read = await readBackupText(text);
    if (!read.ok) throw new Error(read.problem);
    const checked = performance.now();
    const report = await restoreBackup(database, read.backup, 'replace');
    const restored = performance.now();
    console.info(
      `10k round trip: export ${Math.round(exported - started)} ms, read+check ${Math.round(checked - exported)} ms, restore ${Math.round(restored - checked)} ms (snapshot included), total ${Math.round(restored - started)} ms, ${(text.length / 1024 / 1024).toFixed(1)} MB`,
    );

    expect(await contents()).toEqual(before);
    expect(report.tables.entries).toEqual({ ...none, added: 10_000 });
    expect(read.summary.counts.entries).toBe(10_000);
    expect(read.summary.trashedEntryCount).toBe(1_000);
  }, 60_000);

  it('replace makes every table exactly the backup, and reports what changed', async () => {
    const tables = makeTables(3);
    await fill(tables);
    const [first, second] = tables.entries;
    const backup = await parsed({
      ...empty,
      entries: [first!, { ...second!, title: 'Renamed' }, makeEntry({ id: 'new' })],
      settings: [{ key: 'firstRunComplete', value: false }],
    });
    const report = await restoreBackup(database, backup, 'replace');
    expect(report.mode).toBe('replace');
    expect(report.tables.entries).toEqual({ added: 1, updated: 1, unchanged: 1, removed: 1 });
    expect(report.tables.reviews).toEqual({ ...none, removed: 2 });
    expect(report.tables.settings).toEqual({ ...none, updated: 1, removed: 2 });
    expect(await contents()).toEqual({
      ...empty,
      entries: [...backup.data.entries].sort((a, b) => (a.id < b.id ? -1 : 1)),
      settings: backup.data.settings,
    });
  });

  it('merge: the newer updatedAt wins both ways, nothing is removed, settings already set stay', async () => {
    const older = '2026-01-01T00:00:00.000Z';
    const newer = '2026-02-01T00:00:00.000Z';
    await fill({
      ...empty,
      entries: [
        makeEntry({ id: 'local-newer', title: 'Local', updatedAt: newer }),
        makeEntry({ id: 'local-older', title: 'Local', updatedAt: older }),
        makeEntry({ id: 'tie', title: 'Local', updatedAt: older }),
        makeEntry({ id: 'local-only' }),
      ],
      goals: [makeGoal({ updatedAt: older })],
      readingList: [makeBook({ notes: 'mine', updatedAt: newer })],
      settings: [{ key: 'activeFrameworkId', value: 'mine' }],
    });
    const backup = await parsed({
      ...empty,
      entries: [
        makeEntry({ id: 'local-newer', title: 'Backup', updatedAt: older }),
        makeEntry({ id: 'local-older', title: 'Backup', updatedAt: newer }),
        makeEntry({ id: 'tie', title: 'Backup', updatedAt: '2026-01-01T01:00:00.000+01:00' }),
        makeEntry({ id: 'backup-only', title: 'Backup' }),
      ],
      goals: [makeGoal({ targetRole: 'Staff Engineer', updatedAt: newer })],
      readingList: [makeBook({ notes: 'theirs', updatedAt: older })],
      settings: [
        { key: 'activeFrameworkId', value: 'theirs' },
        { key: 'firstRunComplete', value: true },
      ],
    });
    const report = await restoreBackup(database, backup, 'merge');
    const titles = Object.fromEntries((await database.entries.toArray()).map((entry) => [entry.id, entry.title]));
    expect(titles).toEqual({
      'local-newer': 'Local',
      'local-older': 'Backup',
      tie: 'Local',
      'local-only': titles['local-only'],
      'backup-only': 'Backup',
    });
    expect((await database.goals.get('goal-1'))?.targetRole).toBe('Staff Engineer');
    expect((await database.readingList.get('book-1'))?.notes).toBe('mine');
    expect(await database.settings.orderBy('key').toArray()).toEqual([
      { key: 'activeFrameworkId', value: 'mine' },
      { key: 'firstRunComplete', value: true },
    ]);
    expect(report.tables).toMatchObject({
      entries: { added: 1, updated: 1, unchanged: 2, removed: 0 },
      goals: { ...none, updated: 1 },
      readingList: { ...none, unchanged: 1 },
      settings: { ...none, added: 1, unchanged: 1 },
    });
  });

  it('merge keeps one review per quarter, the newest, whichever id it has', async () => {
    await fill({
      ...empty,
      reviews: [
        makeReview({ id: 'local-q1', quarter: '2026-Q1', summary: 'local', updatedAt: '2026-04-01T00:00:00.000Z' }),
        makeReview({ id: 'local-q2', quarter: '2026-Q2', summary: 'local', updatedAt: '2026-07-01T00:00:00.000Z' }),
      ],
    });
    const backup = await parsed({
      ...empty,
      reviews: [
        makeReview({ id: 'backup-q1', quarter: '2026-Q1', summary: 'backup', updatedAt: '2026-04-02T00:00:00.000Z' }),
        makeReview({ id: 'backup-q2', quarter: '2026-Q2', summary: 'backup', updatedAt: '2026-06-30T00:00:00.000Z' }),
        makeReview({ id: 'backup-q3', quarter: '2026-Q3', summary: 'backup' }),
      ],
    });
    const report = await restoreBackup(database, backup, 'merge');
    const reviews = await database.reviews.orderBy('quarter').toArray();
    expect(reviews.map((review) => [review.quarter, review.id])).toEqual([
      ['2026-Q1', 'backup-q1'],
      ['2026-Q2', 'local-q2'],
      ['2026-Q3', 'backup-q3'],
    ]);
    expect(report.tables.reviews).toEqual({ added: 2, updated: 0, unchanged: 1, removed: 1 });
  });

  it('merge can move reviews between quarters without tripping the one-per-quarter index', async () => {
    const older = '2026-01-01T00:00:00.000Z';
    const newer = '2026-02-01T00:00:00.000Z';
    await fill({
      ...empty,
      reviews: [
        makeReview({ id: 'a', quarter: '2025-Q1', updatedAt: older }),
        makeReview({ id: 'b', quarter: '2025-Q2', updatedAt: older }),
      ],
    });
    const backup = await parsed({
      ...empty,
      reviews: [
        makeReview({ id: 'a', quarter: '2025-Q2', updatedAt: newer }),
        makeReview({ id: 'b', quarter: '2025-Q1', updatedAt: newer }),
      ],
    });
    const report = await restoreBackup(database, backup, 'merge');
    expect((await database.reviews.orderBy('quarter').toArray()).map((review) => review.id)).toEqual(['b', 'a']);
    expect(report.tables.reviews).toEqual({ ...none, updated: 2 });
  });

  it('is all or nothing: a write failing half way through leaves the journal exactly as it was', async () => {
    await fill(makeTables(20));
    const before = await contents();
    const backup = await parsed(makeTables(2_000));
    database.entries.hook('creating', (_key, entry) => {
      if (entry.id === 'entry-001500') throw new Error('Disk full');
    });
    await expect(restoreBackup(database, backup, 'replace')).rejects.toThrow(/^Nothing was restored: .*Disk full/);
    expect(await contents()).toEqual(before);
  });

  it('is all or nothing when the unique quarter index refuses a review in the middle of the bulk put', async () => {
    await fill(makeTables(5));
    const before = await contents();
    const valid = await parsed(makeTables(50));
    // Only a hand-made backup can hold two reviews of one quarter: reading a file refuses it.
    const clashing: ParsedBackup = {
      ...valid,
      data: { ...valid.data, reviews: [makeReview({ id: 'x' }), makeReview({ id: 'y' }), makeReview({ id: 'z', quarter: '2026-Q4' })] },
    };
    await expect(restoreBackup(database, clashing, 'replace')).rejects.toThrow(/^Nothing was restored/);
    expect(await contents()).toEqual(before);
  });

  it('restores nothing when the safety snapshot cannot be saved', async () => {
    await fill(makeTables(5));
    const before = await contents();
    database.snapshots.hook('creating', () => {
      throw new Error('Quota exceeded');
    });
    await expect(restoreBackup(database, await parsed(empty), 'replace')).rejects.toThrow(
      /^Nothing was restored: the safety copy of your journal could not be saved .*Quota exceeded/,
    );
    expect(await contents()).toEqual(before);
  });
});

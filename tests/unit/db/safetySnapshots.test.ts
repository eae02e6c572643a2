import { describe, expect, it } from 'vitest';
import {
  deleteSnapshot,
  listSnapshots,
  restoreBackup,
  restoreSnapshot,
  snapshotsKept,
} from '../../../src-renderer/src/db/backupRepository';
import { makeTables } from '../backupFactory';
import { makeEntry } from '../entryFactory';
import { contents, database, empty, fill, parsed } from './backupDatabase';

describe('safety snapshots', () => {
  it('takes a snapshot before a restore, and restoring it puts the journal back', async () => {
    await fill(makeTables(30));
    const before = await contents();
    const report = await restoreBackup(
      database,
      await parsed({ ...empty, entries: [makeEntry({ id: 'only' })] }),
      'replace',
      new Date('2026-05-01T00:00:00.000Z'),
    );
    expect((await contents()).entries.map((entry) => entry.id)).toEqual(['only']);

    const [snapshot] = await listSnapshots(database);
    expect(snapshot).toEqual({
      id: report.snapshotId,
      createdAt: '2026-05-01T00:00:00.000Z',
      reason: 'before-restore',
      entryCount: 30,
      bytes: expect.any(Number) as number,
    });
    expect(snapshot).not.toHaveProperty('contents');
    const stored = await database.snapshots.get(report.snapshotId);
    expect(snapshot?.bytes).toBe(new TextEncoder().encode(stored?.contents).length);

    const undo = await restoreSnapshot(database, report.snapshotId, new Date('2026-05-02T00:00:00.000Z'));
    expect(await contents()).toEqual(before);
    expect(undo.tables.entries).toEqual({ added: 30, updated: 0, unchanged: 0, removed: 1 });
    // Undoing took its own snapshot, of the journal with one entry, so it can be undone too.
    expect((await listSnapshots(database)).map((info) => [info.id, info.entryCount])).toEqual([
      [undo.snapshotId, 1],
      [report.snapshotId, 30],
    ]);
  });

  it(`keeps the newest ${snapshotsKept} snapshots, and deletes one on request`, async () => {
    const backup = await parsed(empty);
    const ids: string[] = [];
    for (let day = 1; day <= 5; day += 1) {
      ids.push((await restoreBackup(database, backup, 'merge', new Date(`2026-05-0${day}T00:00:00.000Z`))).snapshotId);
    }
    expect((await listSnapshots(database)).map((info) => info.id)).toEqual(ids.slice(-snapshotsKept).reverse());
    await deleteSnapshot(database, ids[4]!);
    expect((await listSnapshots(database)).map((info) => info.id)).toEqual([ids[3], ids[2]]);
    await expect(restoreSnapshot(database, ids[0]!)).rejects.toThrow('This safety snapshot no longer exists.');
  });

  it('refuses to restore a snapshot whose contents were damaged', async () => {
    const { snapshotId } = await restoreBackup(database, await parsed(makeTables(2)), 'replace');
    await database.snapshots.update(snapshotId, { contents: '{"format": "scope-journal-backup", "version": 1' });
    await expect(restoreSnapshot(database, snapshotId)).rejects.toThrow(
      'This safety snapshot cannot be restored: The file is not valid JSON: it may be truncated or not a backup file.',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { exportBackup, restoreBackup, restoreSnapshot } from '../../../src-renderer/src/db/backupRepository';
import { backupChecksum, readBackupText, serializeBackup, type ParsedBackup } from '../../../src-renderer/src/domain/backup/backupFile';
import { format1BackupText, makeDraft, makeEvidenceItem, makeTables, withoutInbox, type Format1Tables } from '../backupFactory';
import { contents, database, empty, fill, parsed } from './backupDatabase';

const none = { added: 0, updated: 0, unchanged: 0, removed: 0 };
const older = '2026-01-01T00:00:00.000Z';
const newer = '2026-02-01T00:00:00.000Z';

async function read(text: string): Promise<ParsedBackup> {
  const result = await readBackupText(text);
  if (!result.ok) throw new Error(result.problem);
  return result.backup;
}

describe('backups of the Inbox', () => {
  it('round-trips drafts and source items: export, wipe, restore, identical', async () => {
    await fill(makeTables(20));
    const before = await contents();
    expect(before.drafts).toHaveLength(2);
    expect(before.evidenceItems).toHaveLength(4);

    const text = await exportBackup(database);
    await database.transaction('rw', database.tables, () => Promise.all(database.tables.map((table) => table.clear())));
    const report = await restoreBackup(database, await read(text), 'replace');

    expect(await contents()).toEqual(before);
    expect(report.tables.drafts).toEqual({ ...none, added: 2 });
    expect(report.tables.evidenceItems).toEqual({ ...none, added: 4 });
  });

  it('restores a format-1 backup: replace empties the Inbox, merge keeps it', async () => {
    const journal = makeTables(3);
    const old = withoutInbox(makeTables(8));
    const text = await format1BackupText(old);

    await fill(journal);
    const replaced = await restoreBackup(database, await read(text), 'replace');
    expect(await contents()).toEqual({ ...contentsOf(old), drafts: [], evidenceItems: [] });
    expect(replaced.tables.drafts).toEqual({ ...none, removed: 2 });
    expect(replaced.tables.evidenceItems).toEqual({ ...none, removed: 4 });

    await database.transaction('rw', database.tables, () => Promise.all(database.tables.map((table) => table.clear())));
    await fill(journal);
    const merged = await restoreBackup(database, await read(text), 'merge');
    const after = await contents();
    expect(after.drafts).toEqual(journal.drafts);
    expect(after.evidenceItems.map((item) => item.key).sort()).toEqual(journal.evidenceItems.map((item) => item.key).sort());
    expect(merged.tables.drafts).toEqual(none);
  });

  it('restores a safety snapshot taken before the Inbox existed', async () => {
    await fill(makeTables(2));
    const old = withoutInbox(makeTables(5));
    await database.snapshots.add({
      id: 'old',
      createdAt: older,
      reason: 'before-restore',
      entryCount: 5,
      bytes: 1,
      contents: await format1BackupText(old),
    });
    await restoreSnapshot(database, 'old');
    expect(await contents()).toEqual({ ...contentsOf(old), drafts: [], evidenceItems: [] });
  });

  it('refuses a backup with a hostile draft and changes nothing', async () => {
    await fill(makeTables(5));
    const before = await contents();
    const hugeTitle = await serializeBackup({ ...makeTables(5), drafts: [makeDraft({ title: 'x'.repeat(10 * 1024 * 1024) })] });
    // A wrong kind, with the checksum made to match again, as a careful forger would.
    const file = JSON.parse(await serializeBackup(makeTables(5))) as { data: { drafts: object[] }; checksum: { value: string } };
    Object.assign(file.data.drafts[1] ?? {}, { kind: 'commit' });
    file.checksum.value = await backupChecksum(file.data);
    const wrongKind = JSON.stringify(file);

    expect(await readBackupText(hugeTitle)).toEqual({
      ok: false,
      problem: 'Inbox draft 1 is invalid: title is longer than 300 characters.',
    });
    expect(await readBackupText(wrongKind)).toEqual({
      ok: false,
      problem:
        'Inbox draft 2 is invalid: kind should be one of “win”, “decision”, “feedback”, “mentoring”, “learning”, “incident”, “writing”, “reflection”.',
    });
    expect(await contents()).toEqual(before);
    expect(await database.snapshots.count()).toBe(0);
  });

  it('replaces the Inbox in the same transaction as the journal: a draft failing leaves everything as it was', async () => {
    await fill(makeTables(20));
    const before = await contents();
    const backup = await parsed({ ...makeTables(300), drafts: [makeDraft(), makeDraft({ id: 'refused' })] });
    database.drafts.hook('creating', (_key, draft) => {
      if (draft.id === 'refused') throw new Error('Disk full');
    });
    await expect(restoreBackup(database, backup, 'replace')).rejects.toThrow(/^Nothing was restored: .*Disk full/);
    expect(await contents()).toEqual(before);
  });

  it('merge never makes an accepted or dismissed item drafted again, and a dealt-with draft does not come back', async () => {
    await fill({
      ...empty,
      drafts: [makeDraft({ id: 'waiting-here', itemKeys: ['git:accepted-there'] }), makeDraft({ id: 'kept', itemKeys: ['git:kept'] })],
      evidenceItems: [
        makeEvidenceItem({ key: 'git:dismissed-here', state: 'dismissed', updatedAt: older }),
        makeEvidenceItem({ key: 'git:accepted-there', state: 'drafted', updatedAt: older }),
        makeEvidenceItem({ key: 'git:kept', state: 'drafted', updatedAt: older }),
        makeEvidenceItem({ key: 'git:redrafted-here', state: 'drafted', updatedAt: newer }),
        makeEvidenceItem({ key: 'git:dismissed-twice', state: 'dismissed', updatedAt: older }),
      ],
    });
    const backup = await parsed({
      ...empty,
      drafts: [
        makeDraft({ id: 'dismissed-here', itemKeys: ['git:dismissed-here'] }),
        makeDraft({ id: 'new-there', itemKeys: ['git:new-there'] }),
      ],
      evidenceItems: [
        makeEvidenceItem({ key: 'git:dismissed-here', state: 'drafted', updatedAt: newer }),
        makeEvidenceItem({ key: 'git:accepted-there', state: 'accepted', updatedAt: newer }),
        makeEvidenceItem({ key: 'git:new-there', state: 'drafted', updatedAt: newer }),
        makeEvidenceItem({ key: 'git:redrafted-here', state: 'dismissed', updatedAt: older }),
        makeEvidenceItem({ key: 'git:dismissed-twice', state: 'accepted', updatedAt: newer }),
      ],
    });
    const report = await restoreBackup(database, backup, 'merge');

    const states = Object.fromEntries((await database.evidenceItems.toArray()).map((item) => [item.key, item.state]));
    expect(states).toEqual({
      'git:dismissed-here': 'dismissed',
      'git:accepted-there': 'accepted',
      'git:kept': 'drafted',
      'git:redrafted-here': 'drafted',
      'git:dismissed-twice': 'accepted',
      'git:new-there': 'drafted',
    });
    expect((await database.drafts.toCollection().primaryKeys()).sort()).toEqual(['kept', 'new-there']);
    expect(report.tables.evidenceItems).toEqual({ added: 1, updated: 2, unchanged: 2, removed: 0 });
    expect(report.tables.drafts).toEqual({ added: 1, updated: 0, unchanged: 1, removed: 1 });
  });
});

/** `tables` sorted as `contents()` sorts the database's. */
function contentsOf(tables: Format1Tables): Format1Tables {
  const sorted = <Row extends { id: string }>(rows: readonly Row[]) => [...rows].sort((a, b) => (a.id < b.id ? -1 : 1));
  return {
    entries: sorted(tables.entries),
    reviews: sorted(tables.reviews),
    goals: sorted(tables.goals),
    readingList: sorted(tables.readingList),
    packets: sorted(tables.packets),
    frameworks: sorted(tables.frameworks),
    settings: [...tables.settings].sort((a, b) => (a.key < b.key ? -1 : 1)),
  };
}

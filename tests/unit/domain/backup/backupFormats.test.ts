import { describe, expect, it } from 'vitest';
import { readBackupText, serializeBackup } from '../../../../src-renderer/src/domain/backup/backupFile';
import { format1BackupText, makeDraft, makeTables, withoutInbox } from '../../backupFactory';

const exportedAt = new Date('2026-03-14T09:30:00.000Z');

async function problemOf(text: string): Promise<string> {
  const result = await readBackupText(text);
  if (result.ok) throw new Error('expected the backup to be refused');
  return result.problem;
}

/** A format-1 backup exactly as the released app wrote it, byte for byte, checksum included. */
const releasedFormat1File = `{
  "format": "scope-journal-backup",
  "version": 1,
  "exportedAt": "2025-11-02T08:00:00.000Z",
  "app": {
    "name": "Scope Journal",
    "schemaVersion": 2
  },
  "counts": {
    "entries": 0,
    "reviews": 0,
    "goals": 1,
    "readingList": 0,
    "packets": 0,
    "frameworks": 0,
    "settings": 2
  },
  "checksum": {
    "algorithm": "SHA-256",
    "value": "d6158938836335ebd4e2565266d7b1f025c43f8eb89ef9fd2b5a5e8c92c9ac0c"
  },
  "data": {
    "entries": [],
    "reviews": [],
    "goals": [
      {"id":"growth-plan","currentRole":"Engineer","targetRole":"Senior Engineer","targetDate":null,"competencyIds":[],"behaviours":["Lead a design review"],"status":"active","updatedAt":"2025-11-02T08:00:00.000Z"}
    ],
    "readingList": [],
    "packets": [],
    "frameworks": [],
    "settings": [
      {"key":"firstRunComplete","value":true},
      {"key":"theme","value":"dark"}
    ]
  }
}
`;

describe('backup formats', () => {
  it('reads a format-1 file the released app wrote: its checksum still verifies, and its Inbox is empty', async () => {
    const result = await readBackupText(releasedFormat1File);
    if (!result.ok) throw new Error(result.problem);
    expect(result.backup).toMatchObject({ version: 1, app: { schemaVersion: 2 } });
    expect(result.backup.data.goals.map((goal) => goal.id)).toEqual(['growth-plan']);
    expect(result.backup.data.drafts).toEqual([]);
    expect(result.backup.data.evidenceItems).toEqual([]);
    expect(result.summary.counts).toEqual({
      entries: 0,
      reviews: 0,
      goals: 1,
      readingList: 0,
      packets: 0,
      frameworks: 0,
      settings: 2,
      drafts: 0,
      evidenceItems: 0,
    });
    expect(await problemOf(releasedFormat1File.replace('"dark"', '"light"'))).toBe(
      "The backup's checksum does not match: the file is damaged or was edited.",
    );
  });

  it('reads every table of a larger format-1 file', async () => {
    const tables = makeTables(25);
    const result = await readBackupText(await format1BackupText(withoutInbox(tables)));
    if (!result.ok) throw new Error(result.problem);
    expect(result.backup.data).toEqual({ ...withoutInbox(tables), drafts: [], evidenceItems: [] });
    expect(result.summary.trashedEntryCount).toBe(2);
  });

  it('holds each format to exactly its own tables', async () => {
    const format1 = JSON.parse(await format1BackupText(withoutInbox(makeTables(2)))) as { data: object; counts: object };
    const withDrafts = JSON.stringify({ ...format1, data: { ...format1.data, drafts: [] }, counts: { ...format1.counts, drafts: 0 } });
    expect(await problemOf(withDrafts)).toBe('The backup is damaged: counts has an unknown field “drafts”.');

    const format2 = JSON.parse(await serializeBackup(makeTables(2), exportedAt)) as { data: Record<string, unknown> };
    delete format2.data.evidenceItems;
    expect(await problemOf(JSON.stringify(format2))).toBe('The backup is damaged: data.evidenceItems is missing.');
  });

  it('refuses a hostile Inbox draft, naming it and what is wrong', async () => {
    const tables = makeTables(2);
    const huge = { ...tables, drafts: [makeDraft({ title: 'x'.repeat(10 * 1024 * 1024) })] };
    expect(await problemOf(await serializeBackup(huge, exportedAt))).toBe('Inbox draft 1 is invalid: title is longer than 300 characters.');
    const tooManyItems = { ...tables, drafts: [makeDraft({ itemKeys: Array.from({ length: 10_001 }, (_, index) => `git:${index}`) })] };
    expect(await problemOf(await serializeBackup(tooManyItems, exportedAt))).toBe(
      'Inbox draft 1 is invalid: itemKeys has more than 10,000 items.',
    );
    const scripted = { ...tables, drafts: [{ ...makeDraft(), onload: 'alert(1)' }] };
    expect(await problemOf(await serializeBackup(scripted, exportedAt))).toBe(
      'Inbox draft 1 is invalid: it has an unknown field “onload”.',
    );
  });
});

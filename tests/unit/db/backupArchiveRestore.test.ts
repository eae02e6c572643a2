import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openFreshDatabase } from './freshDatabase';
import { makeTables } from '../backupFactory';
import type { ScopeJournalDatabase } from '../../../src-renderer/src/db/database';
import { restoreBackup } from '../../../src-renderer/src/db/backupRepository';
import { readBackupText, serializeBackup } from '../../../src-renderer/src/domain/backup/backupFile';
import type { StoredAttachment } from '../../../src-renderer/src/domain/types';

/*
 * A restore with the files of a backup archive: the tables and the files in one transaction, all
 * or nothing; files are only ever added. (fake-indexeddb keeps no Blob bytes: that the bytes come
 * back is shown end to end in Chromium, tests/e2e/backupAttachments.spec.ts.)
 */

let database: ScopeJournalDatabase;

beforeEach(async () => {
  database = await openFreshDatabase();
});

afterEach(() => database.delete());

function storedFile(letter: string, createdAt = '2026-03-01T10:00:00.000Z'): StoredAttachment {
  const blob = new Blob([new Uint8Array(10)], { type: 'image/png' });
  return { hash: letter.repeat(64), mediaType: 'image/png', byteSize: 10, blob, thumbnail: null, createdAt, lastAddedAt: createdAt };
}

async function parsed(entryCount: number) {
  const read = await readBackupText(await serializeBackup(makeTables(entryCount), new Date('2026-03-14T09:30:00Z')));
  if (!read.ok) throw new Error(read.problem);
  return read.backup;
}

describe('a restore with attached files', () => {
  it('adds the files the journal lacks and leaves the ones it has as they are', async () => {
    await database.attachments.add(storedFile('a', '2025-01-01T00:00:00.000Z'));
    const report = await restoreBackup(database, await parsed(3), 'replace', new Date('2026-03-15T00:00:00Z'), [
      storedFile('a'),
      storedFile('b'),
      storedFile('c'),
    ]);
    expect(report.filesAdded).toBe(2);
    expect((await database.attachments.toArray()).map((row) => [row.hash[0], row.createdAt])).toEqual([
      ['a', '2025-01-01T00:00:00.000Z'],
      ['b', '2026-03-01T10:00:00.000Z'],
      ['c', '2026-03-01T10:00:00.000Z'],
    ]);

    // A replace by a backup without them removes no file: the safety snapshot may still need it.
    const again = await restoreBackup(database, await parsed(1), 'replace', new Date('2026-03-16T00:00:00Z'));
    expect(again.filesAdded).toBe(0);
    expect(await database.attachments.count()).toBe(3);
  });

  it('stores no file when the tables are refused', async () => {
    database.entries.hook('creating', (_key, entry) => {
      if (entry.id === 'entry-000002') throw new Error('Disk full');
    });
    await expect(restoreBackup(database, await parsed(3), 'replace', new Date(), [storedFile('d')])).rejects.toThrow(
      /^Nothing was restored: .*Disk full/,
    );
    expect(await database.attachments.count()).toBe(0);
    expect(await database.entries.count()).toBe(0);
  });

  it('stores no table when a file is refused', async () => {
    database.attachments.hook('creating', () => {
      throw new Error('Quota exceeded');
    });
    await expect(restoreBackup(database, await parsed(3), 'replace', new Date(), [storedFile('e')])).rejects.toThrow(
      /^Nothing was restored: .*Quota exceeded/,
    );
    expect(await database.entries.count()).toBe(0);
    expect(await database.attachments.count()).toBe(0);
  });
});

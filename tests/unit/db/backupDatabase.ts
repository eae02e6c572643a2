/**
 * A fresh database for each test of a file that imports this, and the helpers the backup tests
 * share: fill it, read it back in a fixed order, and a backup that passed every check.
 */
import { afterEach, beforeEach } from 'vitest';
import { openFreshDatabase } from './freshDatabase';
import type { ScopeJournalDatabase } from '../../../src-renderer/src/db/database';
import { readAllTables } from '../../../src-renderer/src/db/backupRepository';
import { readBackupText, serializeBackup, type BackupTables, type ParsedBackup } from '../../../src-renderer/src/domain/backup/backupFile';

export let database: ScopeJournalDatabase;

beforeEach(async () => {
  database = await openFreshDatabase();
});

afterEach(() => database.delete());

/** Writes `tables` into the database as they are. */
export async function fill(tables: BackupTables): Promise<void> {
  await database.transaction(
    'rw',
    [
      database.entries,
      database.reviews,
      database.goals,
      database.readingList,
      database.packets,
      database.frameworks,
      database.settings,
      database.drafts,
      database.evidenceItems,
    ],
    async () => {
      await Promise.all([
        database.entries.bulkAdd([...tables.entries]),
        database.reviews.bulkAdd([...tables.reviews]),
        database.goals.bulkAdd([...tables.goals]),
        database.readingList.bulkAdd([...tables.readingList]),
        database.packets.bulkAdd([...tables.packets]),
        database.frameworks.bulkAdd([...tables.frameworks]),
        database.settings.bulkAdd([...tables.settings]),
        database.drafts.bulkAdd([...tables.drafts]),
        database.evidenceItems.bulkAdd([...tables.evidenceItems]),
      ]);
    },
  );
}

/** Every table sorted by its key, for comparing databases whatever the order rows were written in. */
export async function contents(): Promise<BackupTables> {
  const tables = await readAllTables(database);
  const byId = <Row extends { id: string }>(rows: readonly Row[]) => [...rows].sort((a, b) => (a.id < b.id ? -1 : 1));
  return {
    entries: byId(tables.entries),
    reviews: byId(tables.reviews),
    goals: byId(tables.goals),
    readingList: byId(tables.readingList),
    packets: byId(tables.packets),
    frameworks: byId(tables.frameworks),
    settings: [...tables.settings].sort((a, b) => (a.key < b.key ? -1 : 1)),
    drafts: byId(tables.drafts),
    evidenceItems: [...tables.evidenceItems].sort((a, b) => (a.key < b.key ? -1 : 1)),
  };
}

/** `tables` written as a backup file and read back. */
export async function parsed(tables: BackupTables): Promise<ParsedBackup> {
  const result = await readBackupText(await serializeBackup(tables));
  if (!result.ok) throw new Error(result.problem);
  return result.backup;
}
/** A journal with nothing in it. */
export { emptyTables as empty } from '../backupFactory';

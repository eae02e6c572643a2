import { ScopeJournalDatabase } from '../../../src-renderer/src/db/database';

/** A new, empty, open database on fake-indexeddb under a unique name: one per test. */
export async function openFreshDatabase(): Promise<ScopeJournalDatabase> {
  const database = new ScopeJournalDatabase(`test-${crypto.randomUUID()}`);
  await database.open();
  return database;
}

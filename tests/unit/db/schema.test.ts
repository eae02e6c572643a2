import { afterEach, expect, it } from 'vitest';
import { ScopeJournalDatabase } from '../../../src-renderer/src/db/database';

let database: ScopeJournalDatabase | undefined;

afterEach(async () => {
  await database?.delete();
});

/**
 * A released schema version is never edited: a change must be a new version with an upgrade.
 * This pins what version 1 declares, so editing it in place fails here, loudly.
 */
it('keeps version 1 of the schema exactly as released', async () => {
  database = new ScopeJournalDatabase(`schema-${crypto.randomUUID()}`);
  await database.open();
  expect(database.verno).toBe(1);
  const schema = Object.fromEntries(
    database.tables.map((table) => [table.name, [table.schema.primKey.src, ...table.schema.indexes.map((index) => index.src)].join(', ')]),
  );
  expect(schema).toEqual({
    entries: 'id, occurredOn, updatedAt, deletedAt, source, kind, scope, *competencies, *tags',
    reviews: 'id, &quarter, updatedAt',
    goals: 'id, updatedAt',
    readingList: 'id, status, updatedAt',
    packets: 'id, updatedAt',
    frameworks: 'id, updatedAt',
    settings: 'key',
  });
});

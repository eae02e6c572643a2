import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ScopeJournalDatabase } from '../../../src-renderer/src/db/database';
import {
  acceptDrafts,
  acceptEditedDraft,
  addDrafts,
  addPreparedDrafts,
  dismissDrafts,
  inboxDraftIdOfEditor,
  inboxEditorDraftId,
  knownItemKeys,
  listDrafts,
  mergeDrafts,
  undoDismiss,
} from '../../../src-renderer/src/db/inboxRepository';
import { inboxLimits } from '../../../src-renderer/src/domain/backup/backupRecordSchemas';
import { emptyDraft } from '../../../src-renderer/src/domain/entries/entryDraft';
import type { EvidenceDraft } from '../../../src-renderer/src/domain/types';
import { openFreshDatabase } from './freshDatabase';

let database: ScopeJournalDatabase;
const now = new Date('2026-03-02T09:00:00.000Z');

beforeEach(async () => {
  database = await openFreshDatabase();
});
afterEach(async () => {
  await database.delete();
});

function draft(id: string, overrides: Partial<EvidenceDraft> = {}): EvidenceDraft {
  return {
    id,
    source: 'git',
    origin: 'scope-journal',
    occurredOn: '2026-02-10',
    title: `Draft ${id}`,
    body: `Commits of ${id}`,
    kind: 'win',
    scope: 'team',
    people: [],
    tags: ['scope-journal'],
    links: [],
    itemKeys: [`git:${id}-1`, `git:${id}-2`],
    createdAt: now.toISOString(),
    ...overrides,
  };
}

/** Adds drafts as a scan would, skipping those whose items are known. */
function scan(drafts: EvidenceDraft[]) {
  return addDrafts(database, (known) => drafts.filter((d) => !d.itemKeys.every((key) => known.has(key))), now);
}

describe('the Inbox repository', () => {
  it('keeps at most the backup’s number of keys on a draft, yet remembers every item it covers', async () => {
    const keys = Array.from({ length: inboxLimits.itemKeys + 5 }, (_, index) => `git:${index.toString(16).padStart(40, '0')}`);
    const [added] = await scan([draft('huge', { itemKeys: keys })]);
    expect(added?.itemKeys).toHaveLength(inboxLimits.itemKeys);
    expect((await database.drafts.get('huge'))?.itemKeys).toHaveLength(inboxLimits.itemKeys);
    expect(await knownItemKeys(database)).toHaveLength(keys.length);
    // The items beyond the limit are known too: a rescan drafts none of them.
    expect(await scan([draft('again', { itemKeys: keys.slice(-3) })])).toEqual([]);
  });

  it('adds drafts prepared elsewhere, leaving out any whose items another scan drafted meanwhile', async () => {
    await scan([draft('a')]);
    const prepared = [draft('b'), draft('late', { itemKeys: ['git:a-2', 'git:late-1'] })];
    expect((await addPreparedDrafts(database, prepared, now)).map((d) => d.id)).toEqual(['b']);
    expect((await listDrafts(database)).map((d) => d.id).sort()).toEqual(['a', 'b']);
  });

  it('adds drafts and records their items; a rescan sees them as known', async () => {
    let seen: string[] = [];
    await scan([draft('a'), draft('b')]);
    await addDrafts(database, (known) => ((seen = [...known].sort()), []), now);
    expect(seen).toEqual(['git:a-1', 'git:a-2', 'git:b-1', 'git:b-2']);
    expect((await listDrafts(database)).map((d) => d.id).sort()).toEqual(['a', 'b']);
  });

  it('accepting makes an entry as the draft is, and the draft never comes back', async () => {
    await scan([draft('a', { people: ['Aiko Tanaka'], kind: 'writing', scope: 'department' })]);
    const [entry] = await acceptDrafts(database, ['a'], now);
    expect(entry).toMatchObject({
      title: 'Draft a',
      body: 'Commits of a',
      kind: 'writing',
      scope: 'department',
      people: ['Aiko Tanaka'],
      tags: ['scope-journal'],
      occurredOn: '2026-02-10',
      source: 'user',
      deletedAt: null,
    });
    expect(await database.entries.count()).toBe(1);
    expect(await database.drafts.count()).toBe(0);
    expect((await database.evidenceItems.get('git:a-1'))?.state).toBe('accepted');
    expect(await scan([draft('a')])).toEqual([]);
  });

  it('merging makes one entry of several drafts: latest day, widest scope, everyone, every body', async () => {
    await scan([
      draft('a', { occurredOn: '2026-02-10', title: 'Older', people: ['Aiko'], scope: 'team' }),
      draft('b', { occurredOn: '2026-02-12', title: 'Newer', people: ['Ben', 'Aiko'], scope: 'company', tags: ['api'] }),
    ]);
    const entry = await mergeDrafts(database, ['a', 'b'], now);
    expect(entry).toMatchObject({ title: 'Newer', occurredOn: '2026-02-12', scope: 'company', people: ['Ben', 'Aiko'] });
    expect(entry.tags).toEqual(['api', 'scope-journal']);
    expect(entry.body).toContain('### Newer');
    expect(entry.body).toContain('Commits of a');
    expect(await database.drafts.count()).toBe(0);
    expect(await database.entries.count()).toBe(1);
  });

  it('dismissing removes the draft for good, and undo brings it back', async () => {
    await scan([draft('a')]);
    const dismissed = await dismissDrafts(database, ['a'], now);
    expect(await database.drafts.count()).toBe(0);
    expect((await database.evidenceItems.get('git:a-2'))?.state).toBe('dismissed');
    expect(await scan([draft('a')])).toEqual([]);
    await undoDismiss(database, dismissed, now);
    expect((await listDrafts(database)).map((d) => d.id)).toEqual(['a']);
    expect((await database.evidenceItems.get('git:a-2'))?.state).toBe('drafted');
  });

  it('changes nothing when a chosen draft is already gone (another window took it)', async () => {
    await scan([draft('a'), draft('b')]);
    await dismissDrafts(database, ['b'], now);
    await expect(mergeDrafts(database, ['a', 'b'], now)).rejects.toThrow(/already accepted or dismissed.*Nothing was changed/);
    await expect(acceptDrafts(database, ['a', 'b'], now)).rejects.toThrow(/Nothing was changed/);
    expect(await database.entries.count()).toBe(0);
    expect((await listDrafts(database)).map((d) => d.id)).toEqual(['a']);
  });

  it('"Edit and accept" saves the edited entry and accepts the draft in one step', async () => {
    await scan([draft('a')]);
    const edited = { ...emptyDraft('win', '2026-02-11'), title: '  Shipped the export  ', tags: ['Export', 'export'] };
    const entry = await acceptEditedDraft(database, 'a', edited, now);
    expect(entry).toMatchObject({ title: 'Shipped the export', tags: ['export'], occurredOn: '2026-02-11' });
    expect(await database.drafts.count()).toBe(0);
    expect((await database.evidenceItems.get('git:a-1'))?.state).toBe('accepted');
    // The draft gone meanwhile: the user's entry is saved all the same.
    expect((await acceptEditedDraft(database, 'a', edited, now)).title).toBe('Shipped the export');
    expect(await database.entries.count()).toBe(2);
  });

  it('links an editor to its draft by the editor id', () => {
    expect(inboxDraftIdOfEditor(inboxEditorDraftId('d-1'))).toBe('d-1');
    expect(inboxDraftIdOfEditor('7f0c')).toBeNull();
    expect(inboxDraftIdOfEditor(undefined)).toBeNull();
  });
});

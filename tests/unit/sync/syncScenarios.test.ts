import { afterEach, describe, expect, it } from 'vitest';
import { createEntry, deleteEntriesForever, moveEntriesToTrash, updateEntry } from '../../../src-renderer/src/db/entriesRepository';
import { conflictedRecords, keepBodyVersion } from '../../../src-renderer/src/db/syncRepository';
import { draftOf } from '../../../src-renderer/src/domain/entries/entryMerge';
import { emptyDraft } from '../../../src-renderer/src/domain/entries/entryDraft';
import { resolveBody } from '../../../src-renderer/src/domain/sync/bodyVersions';
import { createMemoryFolder } from './memorySyncFolder';
import { journalState, openSyncInstance, type SyncInstance } from './syncInstances';

const day = 24 * 60 * 60 * 1000;
let time = Date.parse('2026-12-07T10:00:00Z');
const clock = () => time;
const opened: SyncInstance[] = [];

async function twoComputers(skewMs = 0) {
  const folder = createMemoryFolder();
  const home = await openSyncInstance('home', folder.port('home'), clock);
  const work = await openSyncInstance('work', folder.port('work'), clock, skewMs);
  opened.push(home, work);
  return { folder, home, work };
}

function later(ms = 1000) {
  time += ms;
  return new Date(time);
}

afterEach(async () => {
  for (const instance of opened.splice(0)) await instance.database.delete();
});

describe('sync between two computers', () => {
  it('brings a new entry across, and a second sync changes nothing', async () => {
    const { home, work } = await twoComputers();
    const entry = await createEntry(home.database, { ...emptyDraft('win', '2026-12-01'), title: 'Shipped the cache' }, later());
    expect((await home.sync()).sent).toBe(1);
    const report = await work.sync();
    expect(report.received).toBe(1);
    expect(await work.database.entries.get(entry.id)).toEqual(entry);
    expect((await work.sync()).sent).toBe(0);
    expect((await home.sync()).received).toBe(0);
  });

  it('merges edits of different fields, and the later edit of one field wins', async () => {
    const { home, work } = await twoComputers();
    const entry = await createEntry(home.database, { ...emptyDraft('win', '2026-12-01'), title: 'First' }, later());
    await home.sync();
    await work.sync();
    await updateEntry(home.database, entry.id, { ...draftOf(entry), title: 'Home title', tags: ['home'] }, later());
    await updateEntry(work.database, entry.id, { ...draftOf(entry), title: 'Work title', scope: 'company' }, later());
    await home.sync();
    await work.sync();
    await home.sync();
    const [atHome, atWork] = [await home.database.entries.get(entry.id), await work.database.entries.get(entry.id)];
    expect(atHome).toEqual(atWork);
    expect(atHome).toMatchObject({ title: 'Work title', scope: 'company', tags: ['home'] });
  });

  it('merges body edits to different lines, and keeps both texts when they overlap until one is kept', async () => {
    const { home, work } = await twoComputers();
    const body = 'Line one\nLine two\nLine three';
    const entry = await createEntry(home.database, { ...emptyDraft('win', '2026-12-01'), title: 'Notes', body }, later());
    await home.sync();
    await work.sync();
    await updateEntry(home.database, entry.id, { ...draftOf(entry), body: 'Line one, at home\nLine two\nLine three' }, later());
    await updateEntry(work.database, entry.id, { ...draftOf(entry), body: 'Line one\nLine two\nLine three, at work' }, later());
    await home.sync();
    await work.sync();
    await home.sync();
    expect((await home.database.entries.get(entry.id))?.body).toBe('Line one, at home\nLine two\nLine three, at work');
    expect((await work.database.entries.get(entry.id))?.body).toBe('Line one, at home\nLine two\nLine three, at work');
    expect(await conflictedRecords(home.database)).toEqual([]);

    const merged = (await home.database.entries.get(entry.id))!;
    await updateEntry(home.database, entry.id, { ...draftOf(merged), body: 'Home rewrote it' }, later());
    await updateEntry(work.database, entry.id, { ...draftOf(merged), body: 'Work rewrote it' }, later());
    await home.sync();
    await work.sync();
    await home.sync();
    const [conflict] = await conflictedRecords(work.database);
    expect(resolveBody(conflict!.bodies!).conflicting.map((version) => version.text)).toEqual(['Home rewrote it', 'Work rewrote it']);
    expect(await journalState(home.database)).toEqual(await journalState(work.database));
    expect(await home.database.entries.count()).toBe(1);

    await keepBodyVersion(home.database, home.deviceId, home.now, entry.id, 'Home rewrote it', later().toISOString());
    await home.sync();
    await work.sync();
    expect(await conflictedRecords(work.database)).toEqual([]);
    expect((await work.database.entries.get(entry.id))?.body).toBe('Home rewrote it');
    expect(await journalState(home.database)).toEqual(await journalState(work.database));
  });

  it('deletes for good everywhere, and an edit made after the deletion brings the entry back', async () => {
    const { home, work } = await twoComputers();
    const entry = await createEntry(home.database, { ...emptyDraft('win', '2026-12-01'), title: 'Doomed' }, later());
    await home.sync();
    await work.sync();
    await moveEntriesToTrash(home.database, [entry.id], later());
    await deleteEntriesForever(home.database, [entry.id]);
    await home.sync();
    await work.sync();
    expect(await work.database.entries.get(entry.id)).toBeUndefined();

    const other = await createEntry(work.database, { ...emptyDraft('win', '2026-12-01'), title: 'Kept' }, later());
    await work.sync();
    await home.sync();
    await moveEntriesToTrash(home.database, [other.id], later());
    await deleteEntriesForever(home.database, [other.id]);
    expect(await home.database.entries.get(other.id)).toBeUndefined();
    await home.sync();
    // Edited on the work computer after the home computer deleted it: the edit wins.
    await updateEntry(work.database, other.id, { ...draftOf(other), title: 'Kept, and edited' }, later());
    await work.sync();
    const report = await home.sync();
    expect(report.revived).toEqual([`entries/${other.id}`]);
    expect((await home.database.entries.get(other.id))?.title).toBe('Kept, and edited');
    expect(await journalState(home.database)).toEqual(await journalState(work.database));
  });

  it('orders edits by what each computer has seen, even when one clock runs days behind', async () => {
    const { home, work } = await twoComputers(-3 * day);
    const entry = await createEntry(home.database, { ...emptyDraft('win', '2026-12-01'), title: 'Home wrote it' }, later());
    await home.sync();
    await work.sync();
    // The work computer's clock says three days earlier, but its edit comes after the one it saw.
    await updateEntry(work.database, entry.id, { ...draftOf(entry), title: 'Work edited it after' }, new Date(work.now()));
    await work.sync();
    await home.sync();
    expect((await home.database.entries.get(entry.id))?.title).toBe('Work edited it after');
  });

  it('waits for a batch that is still being copied, then applies it whole', async () => {
    const { folder, home, work } = await twoComputers();
    await createEntry(home.database, { ...emptyDraft('win', '2026-12-01'), title: 'In transit' }, later());
    await home.sync();
    folder.incomplete.add('home/0000000001.sjs');
    const waiting = await work.sync();
    expect(waiting).toMatchObject({ waiting: 1, received: 0 });
    expect(await work.database.entries.count()).toBe(0);
    folder.incomplete.clear();
    expect((await work.sync()).received).toBe(1);
  });

  it('refuses a record that is not valid, writes nothing of it, and tries its batch again later', async () => {
    const { folder, home, work } = await twoComputers();
    const hostile = JSON.stringify({
      format: 'scope-journal-sync-batch',
      version: 1,
      deviceId: 'home',
      changes: [{ table: 'entries', id: 'x', fields: { title: { clock: '000001796212345678-0000-home', value: 42 } } }],
    });
    folder.batches.set('home', new Map([['0000000001.sjs', hostile]]));
    const report = await work.sync();
    expect(report.problems).toHaveLength(1);
    expect(await work.database.entries.count()).toBe(0);
    expect(await work.database.syncRecords.count()).toBe(0);
    void home;
  });

  it('takes a safety snapshot before the first sync merges a folder into a journal that has entries', async () => {
    const { home, work } = await twoComputers();
    await createEntry(home.database, { ...emptyDraft('win', '2026-12-01'), title: 'From home' }, later());
    expect((await home.sync()).snapshotTaken).toBe(false);
    await createEntry(work.database, { ...emptyDraft('win', '2026-12-02'), title: 'Already at work' }, later());
    const report = await work.sync();
    expect(report.snapshotTaken).toBe(true);
    const [snapshot] = await work.database.snapshots.toArray();
    expect(snapshot).toMatchObject({ reason: 'before-sync', entryCount: 1 });
    expect(await work.database.entries.count()).toBe(2);
    await createEntry(home.database, { ...emptyDraft('win', '2026-12-03'), title: 'Later from home' }, later());
    await home.sync();
    expect((await work.sync()).snapshotTaken).toBe(false);
    expect(await work.database.snapshots.count()).toBe(1);
  });

  it('refuses a batch from a newer version, and says to update', async () => {
    const { folder, work } = await twoComputers();
    folder.batches.set(
      'home',
      new Map([['0000000001.sjs', JSON.stringify({ format: 'scope-journal-sync-batch', version: 2, changes: [] })]]),
    );
    const report = await work.sync();
    expect(report.problems[0]).toMatch(/newer version of Scope Journal .*Update Scope Journal on this computer/);
  });
});

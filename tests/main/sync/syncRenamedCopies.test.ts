import 'fake-indexeddb/auto';
import { readdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { createEntry } from '../../../src-renderer/src/db/entriesRepository';
import { emptyDraft } from '../../../src-renderer/src/domain/entries/entryDraft';
import { journalState, openSyncInstance, type SyncInstance } from '../../unit/sync/syncInstances';
import { createSyncFolders, type SyncFolders } from './syncFolders';

/*
 * A computer whose user data was copied to another one (a restored or cloned profile) shares its
 * device id: both write a batch under the same number, and the sync service keeps one and renames
 * the other, Dropbox's way or Syncthing's. The third computer reads both, and loses neither.
 */

let folders: SyncFolders | undefined;
const instances: SyncInstance[] = [];
afterEach(async () => {
  for (const instance of instances.splice(0)) await instance.database.delete();
  folders?.close();
});

const renamings = [
  ['Dropbox', (name: string) => name.replace('.sjs', ' (Ana’s conflicted copy 2026-12-07).sjs')],
  ['Syncthing', (name: string) => name.replace('.sjs', '.sync-conflict-20261207-101010-ABCDEFG.sjs')],
  ['iCloud', (name: string) => name.replace('.sjs', ' 2.sjs')],
] as const;

it.each(renamings)('merges a batch the sync service renamed %s-style, and the one it kept', async (_service, rename) => {
  folders = createSyncFolders();
  const time = Date.parse('2026-12-07T09:00:00Z');
  const clock = () => time;
  const original = await folders.addComputer('home');
  const clone = await folders.addComputer('home-clone', 'home');
  const reader = await folders.addComputer('work');
  expect(clone.deviceId).toBe(original.deviceId);
  const home = await openSyncInstance(original.deviceId, original.port, clock);
  const homeClone = await openSyncInstance(clone.deviceId, clone.port, clock);
  const work = await openSyncInstance(reader.deviceId, reader.port, clock);
  instances.push(home, homeClone, work);

  await createEntry(home.database, { ...emptyDraft('win', '2026-12-01'), title: 'Written at home' }, new Date(time));
  await home.sync();
  // The clone, not having received home's batch yet, writes its own under the same number; the
  // sync service then keeps one under the name and puts the other beside it, renamed.
  const batches = join(folders.folder, 'devices', original.deviceId, 'batches');
  const [first] = readdirSync(batches);
  if (first === undefined) throw new Error('home wrote no batch');
  const inTransit = join(folders.root, 'in-transit.sjs');
  renameSync(join(batches, first), inTransit);
  await createEntry(homeClone.database, { ...emptyDraft('win', '2026-12-02'), title: 'Written on the clone' }, new Date(time));
  await homeClone.sync();
  renameSync(inTransit, join(batches, rename(first)));
  expect(readdirSync(batches).sort()).toEqual([first, rename(first)].sort());

  const report = await work.sync();
  expect(report.problems).toEqual([]);
  const titles = (await work.database.entries.toArray()).map((entry) => entry.title).sort();
  expect(titles).toEqual(['Written at home', 'Written on the clone']);
  // And both home computers end with the same journal as the reader.
  await home.sync();
  await homeClone.sync();
  expect(await journalState(home.database)).toEqual(await journalState(work.database));
  expect(await journalState(homeClone.database)).toEqual(await journalState(work.database));
});

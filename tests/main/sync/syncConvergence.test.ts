import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterEach, expect, it } from 'vitest';
import { storeAttachments } from '../../../src-renderer/src/db/attachmentsRepository';
import {
  createEntry,
  deleteEntriesForever,
  importEntries,
  moveEntriesToTrash,
  restoreEntries,
  updateEntry,
} from '../../../src-renderer/src/db/entriesRepository';
import { attachmentHash } from '../../../src-renderer/src/domain/attachments/attachmentHash';
import { draftOf } from '../../../src-renderer/src/domain/entries/entryMerge';
import { emptyDraft } from '../../../src-renderer/src/domain/entries/entryDraft';
import { onePixelGif, onePixelPng, tinyPdf } from '../../support/attachmentSamples';
import { makeEntry } from '../../unit/entryFactory';
import { journalState, openSyncInstance, type SyncInstance } from '../../unit/sync/syncInstances';
import { createSyncFolders, type SyncFolders } from './syncFolders';

/*
 * Convergence: three computers make random edits, deletions, restores, imports and attachments,
 * and sync in random orders, with batches sometimes still being copied (incomplete) when another
 * computer looks. One computer's clock runs days behind. However the run goes, once every batch
 * has arrived and each computer has synced twice, all three hold the same journal.
 */

const day = 24 * 60 * 60 * 1000;
const computers = ['home', 'work', 'travel'];
const skews = [0, -4 * day, 90 * 60 * 1000];
const files = [onePixelPng, onePixelGif, tinyPdf('Design review')];
const fileKinds = ['image/png', 'image/gif', 'application/pdf'] as const;
const fileNames = ['chart.png', 'team.gif', 'review.pdf'];

type Operation =
  | { kind: 'add'; device: number; title: string }
  | { kind: 'title'; device: number; pick: number; title: string }
  | { kind: 'body'; device: number; pick: number; line: number; text: string }
  | { kind: 'trash' | 'restore' | 'deleteForever'; device: number; pick: number }
  | { kind: 'import'; device: number; count: number }
  | { kind: 'attach'; device: number; pick: number; file: number }
  | { kind: 'sync'; device: number; holdBack: boolean }
  | { kind: 'wait'; ms: number };

const device = fc.integer({ min: 0, max: 2 });
const pick = fc.nat(20);
const words = fc.constantFrom('alpha', 'beta', 'gamma', 'delta', 'release notes', 'on-call');
const operation: fc.Arbitrary<Operation> = fc.oneof(
  fc.record({ kind: fc.constant('add' as const), device, title: words }),
  fc.record({ kind: fc.constant('title' as const), device, pick, title: words }),
  fc.record({ kind: fc.constant('body' as const), device, pick, line: fc.nat(3), text: words }),
  fc.record({ kind: fc.constantFrom('trash' as const, 'restore' as const, 'deleteForever' as const), device, pick }),
  fc.record({ kind: fc.constant('import' as const), device, count: fc.integer({ min: 1, max: 4 }) }),
  fc.record({ kind: fc.constant('attach' as const), device, pick, file: fc.nat(2) }),
  fc.record({ kind: fc.constant('sync' as const), device, holdBack: fc.boolean() }),
  fc.record({ kind: fc.constant('wait' as const), ms: fc.integer({ min: 1, max: 2 * day }) }),
);

let folders: SyncFolders | undefined;
const instances: SyncInstance[] = [];
afterEach(async () => {
  for (const instance of instances.splice(0)) await instance.database.delete();
  folders?.close();
});

async function apply(instance: SyncInstance, step: Operation, time: number) {
  const now = new Date(instance.now());
  const entries = await instance.database.entries.orderBy('id').toArray();
  const chosen = 'pick' in step && entries.length > 0 ? entries[step.pick % entries.length] : undefined;
  // The app edits only entries outside the trash.
  const editable = chosen?.deletedAt === null ? chosen : undefined;
  switch (step.kind) {
    case 'add':
      await createEntry(instance.database, { ...emptyDraft('win', '2026-12-01'), title: step.title, body: 'one\ntwo\nthree\nfour' }, now);
      return;
    case 'title':
      if (editable) await updateEntry(instance.database, editable.id, { ...draftOf(editable), title: step.title }, now);
      return;
    case 'body': {
      if (!editable) return;
      const lines = editable.body.split('\n');
      lines[step.line % Math.max(1, lines.length)] = step.text;
      await updateEntry(instance.database, editable.id, { ...draftOf(editable), body: lines.join('\n') }, now);
      return;
    }
    case 'trash':
      if (chosen && chosen.deletedAt === null) await moveEntriesToTrash(instance.database, [chosen.id], now);
      return;
    case 'restore':
      if (chosen && chosen.deletedAt !== null) await restoreEntries(instance.database, [chosen.id], now);
      return;
    case 'deleteForever':
      if (chosen && chosen.deletedAt !== null) await deleteEntriesForever(instance.database, [chosen.id]);
      return;
    case 'import': {
      const imported = Array.from({ length: step.count }, (_, index) =>
        makeEntry({ id: `import-${time}-${index}`, title: `Imported ${index}`, source: 'user', importKey: `jrnl:${time}-${index}` }),
      );
      await importEntries(instance.database, imported);
      return;
    }
    case 'attach': {
      if (!editable) return;
      const bytes = files[step.file] ?? onePixelPng;
      const mediaType = fileKinds[step.file] ?? 'image/png';
      const hash = await attachmentHash(new Uint8Array(bytes));
      await storeAttachments(
        instance.database,
        [{ hash, mediaType, byteSize: bytes.length, blob: new Blob([bytes], { type: mediaType }), thumbnail: null }],
        now,
      );
      const attachments = [...(editable.attachments ?? []).filter((file) => file.hash !== hash)];
      attachments.push({ hash, fileName: fileNames[step.file] ?? 'file.png', mediaType, byteSize: bytes.length });
      await updateEntry(instance.database, editable.id, { ...draftOf(editable), attachments }, now);
      return;
    }
    default:
      return;
  }
}

it('three computers that sync in any order, with files still in transit and one clock days behind, end with the same journal', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(operation, { minLength: 5, maxLength: 40 }), async (operations) => {
      for (const instance of instances.splice(0)) await instance.database.delete();
      folders?.close();
      folders = createSyncFolders();
      let time = Date.parse('2026-12-07T09:00:00Z');
      const clock = () => time;
      for (const [index, name] of computers.entries()) {
        const computer = await folders.addComputer(name);
        instances.push(await openSyncInstance(computer.deviceId, computer.port, clock, skews[index]));
      }
      for (const step of operations) {
        time += 1_000;
        if (step.kind === 'wait') {
          time += step.ms;
          continue;
        }
        const instance = instances[step.device];
        if (instance === undefined) continue;
        if (step.kind === 'sync') {
          // Another computer's newest batch may still be on its way to this one.
          if (step.holdBack) folders.holdBackNewest(instance.deviceId);
          await instance.sync();
          folders.deliverAll();
        } else {
          await apply(instance, step, time);
        }
      }
      folders.deliverAll();
      for (let round = 0; round < 2; round += 1) {
        for (const instance of instances) {
          time += 1_000;
          const report = await instance.sync();
          expect(report.problems).toEqual([]);
        }
      }
      const [first, ...rest] = await Promise.all(instances.map((instance) => journalState(instance.database)));
      for (const state of rest) expect(state).toEqual(first);
      // Every file an entry refers to reached every computer.
      expect(first?.files.filter((file) => !file.isStored)).toEqual([]);
    }),
    { numRuns: Number(process.env.SYNC_RUNS ?? 25), seed: Number(process.env.SYNC_SEED ?? 20261207) },
  );
}, 240_000);

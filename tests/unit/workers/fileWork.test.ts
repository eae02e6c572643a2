import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ScopeJournalDatabase } from '../../../src-renderer/src/db/database';
import { importCandidates } from '../../../src-renderer/src/db/importRepository';
import { readBackupText, serializeBackup } from '../../../src-renderer/src/domain/backup/backupFile';
import { importKeyOf, previewImport, readImportFile } from '../../../src-renderer/src/domain/imports/importPlan';
import type { ImportCandidate } from '../../../src-renderer/src/domain/imports/importTypes';
import { inThreadStarter, runFileWork, type FileWorkStarter } from '../../../src-renderer/src/workers/fileWorkClient';
import { makeTables } from '../backupFactory';
import { openFreshDatabase } from '../db/freshDatabase';

const today = '2026-11-21';

/** A jrnl JSON export of `count` entries without ids, so each is hashed for its import key. */
function jrnlExport(count: number): Uint8Array {
  const entries = Array.from({ length: count }, (_, index) => ({
    title: `Entry number ${index + 1}`,
    body: `What happened on day ${index + 1}.`,
    date: `2025-${String((index % 12) + 1).padStart(2, '0')}-${String((index % 28) + 1).padStart(2, '0')}`,
    time: '09:00',
    tags: ['@work'],
    starred: index % 10 === 0,
  }));
  return new TextEncoder().encode(JSON.stringify({ tags: { '@work': count }, entries }));
}

describe('runFileWork (in-thread, as in jsdom)', () => {
  it('prepares an import exactly as the page would: candidates, their keys in order, the preview', async () => {
    const bytes = jrnlExport(4_500);
    const stages: string[] = [];
    const prepared = await runFileWork(
      { kind: 'prepare-import', fileName: 'journal.json', bytes, today },
      { onProgress: (stage) => stages.push(stage) },
      inThreadStarter,
    );
    const read = readImportFile('journal.json', bytes, today);
    if (!prepared.ok || !read.ok || !read.candidates) throw new Error('the export should read');
    expect(prepared.candidates).toEqual(read.candidates);
    expect(prepared.preview).toEqual(previewImport(read));
    const candidate = read.candidates[4_321] as ImportCandidate;
    expect(prepared.keys[4_321]).toBe(await importKeyOf('jrnl-json', candidate));
    expect(prepared.keys).toHaveLength(4_500);
    expect(stages).toContain('Reading the file…');
    expect(stages).toContain('Finding entries already imported…');
  });

  it('hands back a refusal as it is', async () => {
    const prepared = await runFileWork({ kind: 'prepare-import', fileName: 'empty.json', bytes: new Uint8Array(0), today });
    expect(prepared).toEqual({ ok: false, problem: 'The file is empty.' });
  });

  it('checks a backup and puts its tables back together from their parts', async () => {
    const text = await serializeBackup(makeTables(4_100), new Date('2026-11-21T10:00:00Z'));
    const checked = await runFileWork({ kind: 'check-backup', text });
    expect(checked).toEqual(await readBackupText(text));
  });

  it('stops when cancelled, with an AbortError', async () => {
    const controller = new AbortController();
    let stopped = false;
    const neverEnding: FileWorkStarter = () => ({ stop: () => (stopped = true) });
    const work = runFileWork({ kind: 'check-backup', text: '{}' }, { signal: controller.signal }, neverEnding);
    controller.abort();
    await expect(work).rejects.toMatchObject({ name: 'AbortError' });
    expect(stopped).toBe(true);
  });

  it('rejects with the name of the error the work met, for describeFailure', async () => {
    const failing: FileWorkStarter = (_request, onMessage) => {
      queueMicrotask(() => onMessage({ type: 'failed', name: 'RangeError', message: 'Invalid string length' }));
      return { stop: () => undefined };
    };
    await expect(runFileWork({ kind: 'check-backup', text: '{}' }, {}, failing)).rejects.toMatchObject({ name: 'RangeError' });
  });
});

describe('importCandidates in batches', () => {
  let database: ScopeJournalDatabase;
  beforeEach(async () => {
    database = await openFreshDatabase();
  });
  afterEach(() => database.delete());

  it('writes thousands of entries in one transaction and reports its progress', async () => {
    const read = readImportFile('journal.json', jrnlExport(2_500), today);
    if (!read.ok || !read.candidates) throw new Error('the export should read');
    const fractions: number[] = [];
    const outcome = await importCandidates(database, 'jrnl-json', read.candidates, { kind: 'win', scope: 'team' }, new Date(), {
      onProgress: (fraction) => fractions.push(fraction),
    });
    expect(outcome.added).toBe(2_500);
    expect(await database.entries.count()).toBe(2_500);
    expect(fractions).toEqual([0.4, 0.8, 1]);
  });

  it('changes nothing when cancelled halfway through the writes', async () => {
    const read = readImportFile('journal.json', jrnlExport(2_500), today);
    if (!read.ok || !read.candidates) throw new Error('the export should read');
    const controller = new AbortController();
    const importing = importCandidates(database, 'jrnl-json', read.candidates, { kind: 'win', scope: 'team' }, new Date(), {
      signal: controller.signal,
      onProgress: (fraction) => {
        if (fraction > 0.5) controller.abort();
      },
    });
    await expect(importing).rejects.toMatchObject({ name: 'AbortError' });
    expect(await database.entries.count()).toBe(0);
  });
});

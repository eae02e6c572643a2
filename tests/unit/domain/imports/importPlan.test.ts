import { strToU8, zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { countNewImports, importCandidates } from '../../../../src-renderer/src/db/importRepository';
import type { ScopeJournalDatabase } from '../../../../src-renderer/src/db/database';
import { serializeEntriesFile } from '../../../../src-renderer/src/domain/entries/entriesFile';
import { entrySchema } from '../../../../src-renderer/src/domain/entries/entrySchema';
import { entriesFromCandidates, importKeyOf, previewImport, readImportFile } from '../../../../src-renderer/src/domain/imports/importPlan';
import type { ImportCandidate } from '../../../../src-renderer/src/domain/imports/importTypes';
import { openFreshDatabase } from '../../db/freshDatabase';
import { makeEntry } from '../../entryFactory';
import bragSample from './samples/brag-document.md?raw';
import dayOneSample from './samples/day-one-export.json?raw';
import jrnlJsonSample from './samples/jrnl-export.json?raw';
import jrnlTextSample from './samples/jrnl-journal.txt?raw';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
const today = '2026-11-21';

describe('readImportFile', () => {
  it('tells every format apart by content, whatever the file is called', () => {
    expect(readImportFile('export.json', bytes(jrnlJsonSample), today)).toMatchObject({ ok: true, source: 'jrnl-json' });
    expect(readImportFile('Journal.json', bytes(dayOneSample), today)).toMatchObject({ ok: true, source: 'day-one-json' });
    expect(readImportFile('journal.txt', bytes(jrnlTextSample), today)).toMatchObject({ ok: true, source: 'jrnl-text' });
    expect(readImportFile('journal', bytes(jrnlTextSample), today)).toMatchObject({ ok: true, source: 'jrnl-text' });
    expect(readImportFile('brag.md', bytes(bragSample), today)).toMatchObject({ ok: true, source: 'brag-markdown' });
    const zip = zipSync({ 'Journal.json': strToU8(dayOneSample), 'photos/a.jpeg': new Uint8Array([1, 2, 3]) });
    expect(readImportFile('export.zip', zip, today)).toMatchObject({ ok: true, source: 'day-one-zip' });
    const entries = readImportFile('mine.json', bytes(serializeEntriesFile([makeEntry({ title: 'Mine' })])), today);
    expect(entries).toMatchObject({ ok: true, source: 'scope-journal-entries', candidates: null });
  });

  it('refuses what it cannot import with a sentence that names the problem', () => {
    expect(readImportFile('a.json', new Uint8Array(), today)).toEqual({ ok: false, problem: 'The file is empty.' });
    expect(readImportFile('a.json', new Uint8Array([0xff, 0xfe, 0xfd]), today)).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/not text \(UTF-8\)/) as unknown,
    });
    expect(readImportFile('a.json', bytes('{"hello":"world"}'), today)).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/not a jrnl or Day One export/) as unknown,
    });
    expect(readImportFile('b.json', bytes('{"format":"scope-journal-backup","version":1}'), today)).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/Restore backup/) as unknown,
    });
    expect(readImportFile('c.json', bytes('{"entries":[{"title":'), today)).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/not valid JSON/) as unknown,
    });
    expect(readImportFile('d.zip', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 9, 9, 9]), today)).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/zip/) as unknown,
    });
  });

  it('previews the count, the date range and the first entries in date order', () => {
    const read = readImportFile('journal.txt', bytes(jrnlTextSample), today);
    if (!read.ok) throw new Error(read.problem);
    const preview = previewImport(read, 2);
    expect(preview.count).toBe(read.candidates?.length);
    expect(preview.samples).toHaveLength(2);
    expect(preview.firstDay && preview.lastDay && preview.firstDay <= preview.lastDay).toBe(true);
    expect(preview.samples[0]?.occurredOn).toBe(preview.firstDay);
  });
});

const candidate = (overrides: Partial<ImportCandidate> = {}): ImportCandidate => ({
  occurredOn: '2026-03-04',
  time: '09:15',
  title: 'Shipped the cache',
  body: 'It halved p95.',
  tags: ['perf'],
  starred: true,
  sourceId: null,
  ...overrides,
});

describe('entriesFromCandidates', () => {
  it('makes valid entries with the chosen kind and scope, keyed by source id or content hash', async () => {
    const { entries, duplicates } = await entriesFromCandidates(
      'day-one-json',
      [candidate({ sourceId: 'ABC' }), candidate({ title: 'Other' })],
      { kind: 'learning', scope: 'department' },
      new Set(),
      new Date('2026-11-21T10:00:00Z'),
    );
    expect(duplicates).toBe(0);
    expect(entries.map((entry) => entry.importKey)).toEqual(['day-one:ABC', expect.stringMatching(/^day-one#[0-9a-f]{64}$/) as unknown]);
    for (const entry of entries) {
      expect(entrySchema.parse(entry)).toEqual(entry);
      expect(entry).toMatchObject({
        kind: 'learning',
        scope: 'department',
        source: 'user',
        starred: true,
        tags: ['perf'],
        occurredOn: '2026-03-04',
        createdAt: '2026-11-21T10:00:00.000Z',
      });
    }
  });

  it('leaves out what the journal already has and what the file repeats', async () => {
    const known = new Set([await importKeyOf('jrnl-text', candidate())]);
    const { entries, duplicates } = await entriesFromCandidates(
      'jrnl-text',
      [candidate(), candidate({ title: 'New' }), candidate({ title: 'New' })],
      { kind: 'win', scope: 'team' },
      known,
    );
    expect(entries.map((entry) => entry.title)).toEqual(['New']);
    expect(duplicates).toBe(2);
  });

  it('hashes the content, so an edited entry is new and the same one is not', async () => {
    expect(await importKeyOf('jrnl-json', candidate())).toBe(await importKeyOf('jrnl-text', candidate()));
    expect(await importKeyOf('jrnl-json', candidate())).not.toBe(await importKeyOf('jrnl-json', candidate({ body: 'It halved p99.' })));
  });
});

describe('importCandidates', () => {
  let database: ScopeJournalDatabase;
  beforeEach(async () => {
    database = await openFreshDatabase();
  });
  afterEach(() => database.delete());

  it('writes new entries, and importing the same file again adds nothing', async () => {
    await database.entries.add(makeEntry({ title: 'Written in the app' }));
    const read = readImportFile('journal.txt', bytes(jrnlTextSample), today);
    if (!read.ok || !read.candidates) throw new Error('the sample should read');
    expect(await countNewImports(database, read)).toEqual({ fresh: read.candidates.length, duplicates: 0 });
    const first = await importCandidates(database, 'jrnl-text', read.candidates, { kind: 'win', scope: 'team' });
    expect(first.added).toBe(read.candidates.length);
    expect(await database.entries.count()).toBe(read.candidates.length + 1);
    expect(await countNewImports(database, read)).toEqual({ fresh: 0, duplicates: read.candidates.length });
    const again = await importCandidates(database, 'jrnl-text', read.candidates, { kind: 'win', scope: 'team' });
    expect(again).toMatchObject({ added: 0, skipped: read.candidates.length });
    expect(await database.entries.count()).toBe(read.candidates.length + 1);
  });

  it('writes all or nothing', async () => {
    const read = readImportFile('journal.txt', bytes(jrnlTextSample), today);
    if (!read.ok || !read.candidates) throw new Error('the sample should read');
    let written = 0;
    database.entries.hook('creating', () => {
      written += 1;
      if (written === 2) throw new Error('disk full');
    });
    await expect(importCandidates(database, 'jrnl-text', read.candidates, { kind: 'win', scope: 'team' })).rejects.toThrow();
    expect(await database.entries.count()).toBe(0);
  });

  it('counts Scope Journal entries files by id', async () => {
    const mine = makeEntry({ title: 'Mine' });
    await database.entries.add(mine);
    const read = readImportFile('mine.json', bytes(serializeEntriesFile([mine, makeEntry({ title: 'Yours' })])), today);
    if (!read.ok) throw new Error(read.problem);
    expect(await countNewImports(database, read)).toEqual({ fresh: 1, duplicates: 1 });
  });
});

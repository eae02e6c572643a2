import { describe, expect, it } from 'vitest';
import { canonicalJson, readBackupText, serializeBackup, type BackupTables } from '../../../../src-renderer/src/domain/backup/backupFile';
import { defaultGrowthBehaviours } from '../../../../src-renderer/src/db/growthRepository';
import { defaultFramework } from '../../../../src-renderer/src/domain/framework/content/defaultFramework';
import { newPacket } from '../../../../src-renderer/src/domain/packet/packet';
import { createSampleJournal } from '../../../../src-renderer/src/domain/sample/sampleJournal';
import { seedReadingList } from '../../../../src-renderer/src/domain/growth/seedReadingList';
import { emptyTables, makeTables } from '../../backupFactory';

const exportedAt = new Date('2026-03-14T09:30:00.000Z');

describe('backup file', () => {
  it('reads back exactly what it wrote, with a summary', async () => {
    const tables = makeTables(12);
    const text = await serializeBackup(tables, exportedAt);
    const result = await readBackupText(text);
    if (!result.ok) throw new Error(result.problem);
    expect(result.backup.data).toEqual(tables);
    expect(result.backup).toMatchObject({
      format: 'scope-journal-backup',
      version: 2,
      exportedAt: '2026-03-14T09:30:00.000Z',
      app: { name: 'Scope Journal', schemaVersion: 4 },
      checksum: { algorithm: 'SHA-256' },
    });
    expect(result.summary).toEqual({
      counts: { entries: 12, reviews: 2, goals: 1, readingList: 2, packets: 1, frameworks: 1, settings: 3, drafts: 2, evidenceItems: 4 },
      trashedEntryCount: 1,
      entryDates: { first: '2020-01-01', last: '2025-12-12' },
      exportedAt: '2026-03-14T09:30:00.000Z',
    });
  });

  it('accepts everything the app itself creates: the sample journal, default framework, seeds, packets', async () => {
    const entries = createSampleJournal('2026-03-14');
    const tables: BackupTables = {
      entries,
      reviews: [],
      goals: [
        {
          id: 'growth-plan',
          currentRole: 'Software Engineer',
          targetRole: 'Senior Software Engineer',
          targetDate: null,
          competencyIds: [],
          behaviours: defaultGrowthBehaviours(),
          status: 'active',
          updatedAt: exportedAt.toISOString(),
        },
      ],
      readingList: seedReadingList(exportedAt.toISOString()),
      packets: [newPacket(exportedAt, '2026-03-14', entries)],
      frameworks: [defaultFramework],
      settings: [{ key: 'activeFrameworkId', value: defaultFramework.id }],
      drafts: [],
      evidenceItems: [],
    };
    const result = await readBackupText(await serializeBackup(tables, exportedAt));
    expect(result.ok || result.problem).toBe(true);
  });

  it('writes a readable header and one record per line, tables in a fixed order', async () => {
    const text = await serializeBackup(makeTables(2), exportedAt);
    const lines = text.split('\n');
    expect(lines.slice(0, 3)).toEqual(['{', '  "format": "scope-journal-backup",', '  "version": 2,']);
    expect(lines.filter((line) => /^ {6}\{.*"id":"entry-\d+".*\},?$/.test(line)).length).toBe(2);
    expect(Object.keys((JSON.parse(text) as { data: object }).data)).toEqual([
      'entries',
      'reviews',
      'goals',
      'readingList',
      'packets',
      'frameworks',
      'settings',
      'drafts',
      'evidenceItems',
    ]);
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('summarises an empty journal without a date range', async () => {
    const empty = emptyTables;
    const result = await readBackupText(await serializeBackup(empty, exportedAt));
    expect(result.ok && result.summary.entryDates).toBeNull();
  });

  it('hashes the canonical JSON of data: sorted keys, no whitespace, whatever the layout', async () => {
    expect(canonicalJson({ b: [1, { d: 'x', c: null }], a: 'é\n', skipped: undefined, 10: true, 9: false })).toBe(
      '{"10":true,"9":false,"a":"é\\n","b":[1,{"c":null,"d":"x"}]}',
    );
    const tables = makeTables(3);
    const text = await serializeBackup(tables, exportedAt);
    const file = JSON.parse(text) as { checksum: { value: string }; data: unknown };
    const bytes = new TextEncoder().encode(canonicalJson(file.data));
    const digest = Array.from(new Uint8Array(await crypto.subtle.digest('SHA-256', bytes)), (byte) =>
      byte.toString(16).padStart(2, '0'),
    ).join('');
    expect(file.checksum.value).toBe(digest);
    // Re-indenting the file, or a tool reordering the keys of records, is not damage.
    const reordered = JSON.stringify(
      JSON.parse(text, (_key, value: unknown) =>
        value !== null && typeof value === 'object' && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).reverse()) : value,
      ),
      null,
      4,
    );
    expect((await readBackupText(reordered)).ok).toBe(true);
  });
});

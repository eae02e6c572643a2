import { describe, expect, it } from 'vitest';
import {
  backupChecksum,
  maximumBackupCharacters,
  readBackupText,
  serializeBackup,
  type BackupTableName,
} from '../../../../src-renderer/src/domain/backup/backupFile';
import { serializeEntriesFile } from '../../../../src-renderer/src/domain/entries/entriesFile';
import { makeTables } from '../../backupFactory';
import { makeEntry } from '../../entryFactory';

const exportedAt = new Date('2026-03-14T09:30:00.000Z');

/** A backup file's JSON as a test may change it. */
type RawFile = { data: Record<BackupTableName, unknown[]>; counts: Record<string, number>; checksum: { value: string } } & Record<
  string,
  unknown
>;

/** The file's JSON, changed by `edit`, with a checksum that matches again (as a careful forger would). */
async function edited(text: string, edit: (file: RawFile) => void): Promise<string> {
  const file = JSON.parse(text) as RawFile;
  edit(file);
  file.checksum.value = await backupChecksum(file.data);
  return JSON.stringify(file);
}

async function problemOf(text: string): Promise<string> {
  const result = await readBackupText(text);
  if (result.ok) throw new Error('expected the backup to be refused');
  return result.problem;
}

describe('backup file', () => {
  it('refuses a file whose data was changed after it was written', async () => {
    const text = await serializeBackup(makeTables(3), exportedAt);
    expect(await problemOf(text.replace('"Entry 1"', '"Entry one"'))).toBe(
      "The backup's checksum does not match: the file is damaged or was edited.",
    );
  });

  it('refuses a backup from a newer version, and versions it does not know', async () => {
    const text = await serializeBackup(makeTables(1), exportedAt);
    expect(await problemOf(text.replace('"version": 2', '"version": 3'))).toBe(
      'This backup was made by a newer version of Scope Journal (format 3); this version reads format 2. Update Scope Journal to restore it.',
    );
    expect(await problemOf(text.replace('"version": 2', '"version": "2"'))).toBe(
      'This backup names a format Scope Journal has never written (“2”; this version reads formats 1 and 2): the file is damaged or was edited.',
    );
    expect(await problemOf(text.replace('"version": 2,', '"version": 0,'))).toBe(
      'This backup names a format Scope Journal has never written (“0”; this version reads formats 1 and 2): the file is damaged or was edited.',
    );
    expect(await problemOf(text.replace('"version": 2,', ''))).toBe(
      'This backup does not say which format it is in: the file is damaged or was not made by Scope Journal.',
    );
  });

  it('refuses truncated files, other files and files that are too large', async () => {
    const text = await serializeBackup(makeTables(5), exportedAt);
    expect(await problemOf(text.slice(0, Math.floor(text.length / 2)))).toBe(
      'The file is not valid JSON: it may be truncated or not a backup file.',
    );
    expect(await problemOf('')).toBe('The file is not valid JSON: it may be truncated or not a backup file.');
    expect(await problemOf('[1, 2]')).toBe('This is not a Scope Journal backup file.');
    expect(await problemOf(serializeEntriesFile([makeEntry()]))).toBe(
      'This is an entries file, not a full backup: import it as entries instead.',
    );
    expect(await problemOf(' '.repeat(maximumBackupCharacters + 1))).toBe('The file is larger than 256 MB, the most a backup may be.');
  });

  it('refuses a file whose structure is wrong, naming the field', async () => {
    const text = await serializeBackup(makeTables(1), exportedAt);
    expect(await problemOf(await edited(text, (file) => delete (file.data as Partial<typeof file.data>).goals))).toBe(
      'The backup is damaged: data.goals is missing.',
    );
    expect(await problemOf(await edited(text, (file) => (file.extra = 1)))).toBe('The backup is damaged: it has an unknown field “extra”.');
    expect(await problemOf(text.replace(/"algorithm": "SHA-256"/, '"algorithm": "MD5"'))).toBe(
      'The backup is damaged: checksum.algorithm should be one of “SHA-256”.',
    );
  });

  it('refuses a file whose counts do not match its records', async () => {
    const text = await serializeBackup(makeTables(3), exportedAt);
    expect(await problemOf(await edited(text, (file) => (file.counts.readingList = 7)))).toBe(
      "The backup's counts do not match its contents: it lists 7 reading list items but holds 2.",
    );
  });

  it('names the first invalid record and what is wrong with it', async () => {
    const text = await serializeBackup(makeTables(3), exportedAt);
    const cases: [(file: RawFile) => void, string][] = [
      [(file) => Object.assign(file.data.entries[1] as object, { title: '   ' }), 'Entry 2 is invalid: title needs a title.'],
      [
        (file) => Object.assign(file.data.entries[0] as object, { title: 'x'.repeat(301) }),
        'Entry 1 is invalid: title is longer than 300 characters.',
      ],
      [
        (file) => Object.assign(file.data.entries[2] as object, { confidence: 'high' }),
        'Entry 3 is invalid: confidence should be a number.',
      ],
      [
        (file) => Object.assign(file.data.entries[0] as object, { kind: 'brag' }),
        'Entry 1 is invalid: kind should be one of “win”, “decision”, “feedback”, “mentoring”, “learning”, “incident”, “writing”, “reflection”.',
      ],
      [
        (file) => Object.assign(file.data.entries[0] as object, { occurredOn: '2026-02-30' }),
        'Entry 1 is invalid: occurredOn must be a calendar date written YYYY-MM-DD.',
      ],
      [
        (file) => Object.assign(file.data.goals[0] as object, { script: '<script>' }),
        'Goal 1 is invalid: it has an unknown field “script”.',
      ],
      [
        (file) => Object.assign(file.data.reviews[1] as object, { quarter: '2026-Q5' }),
        'Review 2 is invalid: quarter must be a quarter written like 2026-Q3.',
      ],
      [
        (file) => Object.assign(file.data.reviews[0] as object, { ratings: { mentoring: 9 } }),
        'Review 1 is invalid: ratings.mentoring is more than 5.',
      ],
      [
        (file) => Object.assign(file.data.packets[0] as object, { options: { pageSize: 'A4' } }),
        'Packet 1 is invalid: options.redactPeople is missing.',
      ],
      [
        (file) =>
          Object.assign(file.data.frameworks[0] as { competencies: object[] }, {
            competencies: [{ id: 'x', name: '', description: '', behaviours: [], prompts: [] }],
          }),
        'Framework 1 is invalid: competencies.0.name needs a name.',
      ],
      [
        (file) => Object.assign(file.data.readingList[1] as object, { updatedAt: 'yesterday' }),
        'Reading list item 2 is invalid: updatedAt should be a date and time like 2026-03-14T09:30:00.000Z.',
      ],
      [(file) => file.data.settings.push({ key: 'theme' }), 'Setting 4 is invalid: value is missing.'],
      [(file) => file.data.entries.push(null), 'Entry 4 is invalid: it should be an object.'],
      [
        (file) => Object.assign(file.data.drafts[1] as object, { kind: 'commit' }),
        'Inbox draft 2 is invalid: kind should be one of “win”, “decision”, “feedback”, “mentoring”, “learning”, “incident”, “writing”, “reflection”.',
      ],
      [
        (file) => Object.assign(file.data.drafts[0] as object, { source: 'email' }),
        'Inbox draft 1 is invalid: source should be one of “git”, “calendar”, “jira”, “linear”, “github”.',
      ],
      [
        (file) => Object.assign(file.data.drafts[0] as object, { itemKeys: ['git:a', ''] }),
        'Inbox draft 1 is invalid: itemKeys.1 is empty.',
      ],
      [
        (file) => Object.assign(file.data.evidenceItems[2] as object, { state: 'hidden' }),
        'Inbox source item 3 is invalid: state should be one of “drafted”, “accepted”, “dismissed”.',
      ],
    ];
    for (const [edit, problem] of cases) {
      const fileText = await edited(text, (file) => {
        edit(file);
        for (const [name, rows] of Object.entries(file.data)) file.counts[name] = rows.length;
      });
      expect(await problemOf(fileText)).toBe(problem);
    }
  });

  it('refuses repeated ids, setting keys and review quarters', async () => {
    const text = await serializeBackup(makeTables(3), exportedAt);
    const withCounts = (edit: (file: RawFile) => void) =>
      edited(text, (file) => {
        edit(file);
        for (const [name, rows] of Object.entries(file.data)) file.counts[name] = rows.length;
      });
    expect(await problemOf(await withCounts((file) => file.data.entries.push({ ...(file.data.entries[0] as object) })))).toBe(
      'Entry 4 repeats the id of entry 1 (“entry-000000”).',
    );
    expect(await problemOf(await withCounts((file) => Object.assign(file.data.reviews[1] as object, { quarter: '2026-Q1' })))).toBe(
      'Review 2 repeats the quarter of review 1 (“2026-Q1”).',
    );
    expect(await problemOf(await withCounts((file) => file.data.settings.push({ key: 'firstRunComplete', value: false })))).toBe(
      'Setting 4 repeats the key of setting 2 (“firstRunComplete”).',
    );
    expect(await problemOf(await withCounts((file) => file.data.drafts.push({ ...(file.data.drafts[0] as object) })))).toBe(
      'Inbox draft 3 repeats the id of inbox draft 1 (“draft-1”).',
    );
    expect(
      await problemOf(
        await withCounts((file) => file.data.evidenceItems.push({ ...(file.data.evidenceItems[2] as object), state: 'accepted' })),
      ),
    ).toBe('Inbox source item 5 repeats the key of inbox source item 3 (“calendar:review@example.com:2026-01-12”).');
  });

  it('keeps hostile strings as inert data, exactly, and cannot be used to pollute prototypes', async () => {
    const hostile = [
      '<script>alert(1)</script>',
      '"},{"id":"injected',
      '\u0000\u0007\u001b[31m',
      '\u202Egnp.exe',
      'emoji 👩🏽‍💻 and a lone surrogate \ud800',
      '=HYPERLINK("http://evil.example")',
      '../../etc/passwd',
    ];
    const tables = makeTables(1);
    const entry = makeEntry({
      id: 'hostile',
      title: hostile.join(' '),
      body: hostile.join('\n'),
      tags: hostile,
      people: hostile,
      links: [{ label: hostile[0] ?? '', url: 'javascript:alert(1)' }],
    });
    const text = await serializeBackup(
      {
        ...tables,
        entries: [entry],
        settings: [{ key: 'profile', value: { name: hostile[0], nested: [hostile[1], { deep: hostile[2] }] } }],
      },
      exportedAt,
    );
    const result = await readBackupText(text);
    if (!result.ok) throw new Error(result.problem);
    expect(result.backup.data.entries).toEqual([entry]);
    expect(result.backup.data.settings[0]?.value).toEqual({ name: hostile[0], nested: [hostile[1], { deep: hostile[2] }] });

    const polluting = await edited(text, (file) => {
      Object.assign(file.data.reviews[0] as object, JSON.parse('{"answers": {"__proto__": {"polluted": "yes"}}}') as object);
      (file.data.settings[0] as { value: unknown }).value = JSON.parse('{"__proto__": {"polluted": "yes"}}');
    });
    // The key is dropped rather than assigned, so no object gains a prototype from the file.
    const parsed = await readBackupText(polluting);
    if (!parsed.ok) throw new Error(parsed.problem);
    const [review] = parsed.backup.data.reviews;
    expect(Object.keys(review?.answers ?? { missing: true })).toEqual([]);
    expect(Object.getPrototypeOf(review?.answers)).toBe(Object.prototype);
    expect(parsed.backup.data.settings[0]?.value).toEqual({});
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  listBackups,
  nodeBackupFileSystem,
  backupFilePath,
  rotateBackups,
  writeBackupFile,
} from '../../../src-main/services/backups/backupFolder';
import { failingFileSystem } from '../failingFileSystem';

let folder: string;

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'scope-journal-backups-'));
});

afterEach(() => {
  rmSync(folder, { recursive: true, force: true });
});

const morning = new Date('2026-03-29T09:30:05.123Z');

/** A backup file name for `stamp` (`YYYY-MM-DDTHH-MM-SS`). */
function backupName(stamp: string, extension = '.json'): string {
  return `scope-journal-backup-${stamp}${extension}`;
}

describe('writeBackupFile', () => {
  it('names the file after the UTC time, creating the folder when missing', async () => {
    const target = join(folder, 'nested', 'backups');
    const written = await writeBackupFile(target, '{"entries":["é"]}', morning, { encrypted: false });
    expect(written).toEqual({ fileName: backupName('2026-03-29T09-30-05'), bytes: 18 });
    expect(readFileSync(join(target, written.fileName), 'utf8')).toBe('{"entries":["é"]}');
    expect(readdirSync(target)).toEqual([written.fileName]);
  });

  it('gives encrypted backups the .json.enc extension and writes bytes as they are', async () => {
    const written = await writeBackupFile(folder, new Uint8Array([1, 2, 3]), morning, { encrypted: true });
    expect(written).toEqual({ fileName: backupName('2026-03-29T09-30-05', '.json.enc'), bytes: 3 });
    expect([...readFileSync(join(folder, written.fileName))]).toEqual([1, 2, 3]);
  });

  it('keeps both backups made in the same second', async () => {
    const first = await writeBackupFile(folder, 'first', morning, { encrypted: false });
    const second = await writeBackupFile(folder, 'second', morning, { encrypted: false });
    expect(second.fileName).toMatch(/^scope-journal-backup-2026-03-29T09-30-05-[0-9a-f]{6}\.json$/);
    expect(readFileSync(join(folder, first.fileName), 'utf8')).toBe('first');
    expect(readFileSync(join(folder, second.fileName), 'utf8')).toBe('second');
    expect((await listBackups(folder)).map((backup) => backup.fileName)).toContain(second.fileName);
  });

  it.each(['write', 'sync', 'rename'] as const)(
    'leaves the previous backup intact and no temporary file when the %s step fails',
    async (step) => {
      const previous = backupName('2026-03-28T09-30-05');
      writeFileSync(join(folder, previous), 'yesterday');
      await expect(
        writeBackupFile(folder, 'x'.repeat(10_000), morning, {
          encrypted: false,
          fileSystem: failingFileSystem(nodeBackupFileSystem, step),
        }),
      ).rejects.toThrow();
      expect(readdirSync(folder)).toEqual([previous]);
      expect(readFileSync(join(folder, previous), 'utf8')).toBe('yesterday');
    },
  );

  it('refuses a relative folder and an impossible clock', async () => {
    await expect(writeBackupFile('backups', 'x', morning, { encrypted: false })).rejects.toThrow(/full path/);
    await expect(writeBackupFile(folder, 'x', new Date(Number.NaN), { encrypted: false })).rejects.toThrow(/impossible date/);
    expect(readdirSync(folder)).toEqual([]);
  });
});

describe('listBackups', () => {
  it('lists only backups, newest first, ignoring strays', async () => {
    writeFileSync(join(folder, backupName('2026-01-02T00-00-00')), 'ab');
    writeFileSync(join(folder, backupName('2026-03-01T12-00-00', '.json.enc')), 'abcd');
    writeFileSync(join(folder, backupName('2025-12-31T23-59-59')), 'a');
    // Strays: a temporary file, other files, a folder and a link named like backups, an impossible date.
    writeFileSync(join(folder, `.${backupName('2026-04-01T00-00-00')}.1234.tmp`), 'partial');
    writeFileSync(join(folder, 'notes.txt'), 'mine');
    writeFileSync(join(folder, 'scope-journal-backup-latest.json'), 'mine');
    writeFileSync(join(folder, backupName('2026-13-01T00-00-00')), 'not a date');
    writeFileSync(join(folder, `${backupName('2026-02-01T00-00-00')}.bak`), 'copy');
    mkdirSync(join(folder, backupName('2026-05-01T00-00-00')));
    if (process.platform !== 'win32') {
      symlinkSync(join(folder, 'notes.txt'), join(folder, backupName('2026-06-01T00-00-00')));
    }

    expect(await listBackups(folder)).toEqual([
      { fileName: backupName('2026-03-01T12-00-00', '.json.enc'), createdAt: '2026-03-01T12:00:00.000Z', bytes: 4, encrypted: true },
      { fileName: backupName('2026-01-02T00-00-00'), createdAt: '2026-01-02T00:00:00.000Z', bytes: 2, encrypted: false },
      { fileName: backupName('2025-12-31T23-59-59'), createdAt: '2025-12-31T23:59:59.000Z', bytes: 1, encrypted: false },
    ]);
  });

  it('gives an empty list for a missing folder', async () => {
    await expect(listBackups(join(folder, 'missing'))).resolves.toEqual([]);
  });
});

describe('rotateBackups', () => {
  const stamps = ['2026-01-01T00-00-00', '2026-01-02T00-00-00', '2026-01-03T00-00-00', '2026-01-04T00-00-00'] as const;

  beforeEach(() => {
    for (const stamp of stamps) {
      writeFileSync(join(folder, backupName(stamp)), stamp);
    }
    writeFileSync(join(folder, 'notes.txt'), 'mine');
    writeFileSync(join(folder, 'scope-journal-backup-manual.json'), 'mine');
  });

  it('keeps exactly the newest N and never deletes other files', async () => {
    await expect(rotateBackups(folder, 2)).resolves.toEqual([backupName(stamps[1]), backupName(stamps[0])]);
    expect(readdirSync(folder).sort()).toEqual(
      [backupName(stamps[2]), backupName(stamps[3]), 'notes.txt', 'scope-journal-backup-manual.json'].sort(),
    );
    await expect(rotateBackups(folder, 1)).resolves.toEqual([backupName(stamps[2])]);
    expect((await listBackups(folder)).map((backup) => backup.fileName)).toEqual([backupName(stamps[3])]);
  });

  it('removes nothing when there are no more than N backups', async () => {
    await expect(rotateBackups(folder, 4)).resolves.toEqual([]);
    await expect(rotateBackups(join(folder, 'missing'), 4)).resolves.toEqual([]);
    expect(readdirSync(folder)).toHaveLength(6);
  });

  it.each([0, -1, 1.5, 1001, Number.NaN])('refuses to keep %s backups', async (keep) => {
    await expect(rotateBackups(folder, keep)).rejects.toThrow(/whole number from 1 to 1000/);
    expect(readdirSync(folder)).toHaveLength(6);
  });
});

describe('backupFilePath', () => {
  it('gives the path of a backup by its name', () => {
    expect(backupFilePath(folder, backupName('2026-01-01T00-00-00'))).toBe(join(folder, backupName('2026-01-01T00-00-00')));
  });

  it.each(['../x', '/etc/passwd', 'a/b.json', 'a\\b.json', '..', `../${backupName('2026-01-01T00-00-00')}`])(
    'refuses the path %s',
    (name) => {
      expect(() => backupFilePath(folder, name)).toThrow(/by its file name alone/);
    },
  );

  it.each(['notes.txt', '', 'scope-journal-backup-latest.json', '.scope-journal-backup-2026-01-01T00-00-00.json.1.tmp'])(
    'refuses the name "%s", which is not a backup',
    (name) => {
      expect(() => backupFilePath(folder, name)).toThrow(/Only Scope Journal backups can be opened/);
    },
  );
});

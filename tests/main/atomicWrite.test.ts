import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nodeFileSystem, readTextFileLimited, writeFileAtomic } from '../../src-main/services/atomicWrite';
import { failingFileSystem } from './failingFileSystem';

let folder: string;

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'scope-journal-atomic-'));
});

afterEach(() => {
  rmSync(folder, { recursive: true, force: true });
});

describe('writeFileAtomic', () => {
  it('creates a new file', async () => {
    const target = join(folder, 'backup.json');
    await writeFileAtomic(target, '{"entries":[]}');
    expect(readFileSync(target, 'utf8')).toBe('{"entries":[]}');
    expect(readdirSync(folder)).toEqual(['backup.json']);
  });

  it('replaces an existing file completely', async () => {
    const target = join(folder, 'backup.json');
    writeFileSync(target, 'old contents that are longer than the new ones');
    await writeFileAtomic(target, 'new');
    expect(readFileSync(target, 'utf8')).toBe('new');
    expect(readdirSync(folder)).toEqual(['backup.json']);
  });

  it('writes bytes as well as text', async () => {
    const target = join(folder, 'data.bin');
    await writeFileAtomic(target, new Uint8Array([0, 1, 2, 255]));
    expect([...readFileSync(target)]).toEqual([0, 1, 2, 255]);
  });

  it.each(['write', 'sync', 'rename'] as const)(
    'leaves the previous file intact and no temporary file when the %s step fails',
    async (step) => {
      const target = join(folder, 'journal.md');
      writeFileSync(target, 'the previous journal');
      await expect(writeFileAtomic(target, 'x'.repeat(10_000), failingFileSystem(nodeFileSystem, step))).rejects.toThrow();
      expect(readFileSync(target, 'utf8')).toBe('the previous journal');
      expect(readdirSync(folder)).toEqual(['journal.md']);
    },
  );

  it('leaves no file at all when a first write fails', async () => {
    const target = join(folder, 'new.md');
    await expect(writeFileAtomic(target, 'text', failingFileSystem(nodeFileSystem, 'rename'))).rejects.toThrow(/rename failed/);
    expect(readdirSync(folder)).toEqual([]);
  });

  it('fails cleanly when the folder does not exist', async () => {
    await expect(writeFileAtomic(join(folder, 'missing', 'file.txt'), 'text')).rejects.toThrow(/ENOENT/);
    expect(readdirSync(folder)).toEqual([]);
  });

  it.skipIf(process.platform === 'win32')('keeps the permissions of the file it replaces', async () => {
    const target = join(folder, 'private.json');
    writeFileSync(target, 'old', { mode: 0o600 });
    await writeFileAtomic(target, 'new');
    expect(statSync(target).mode & 0o777).toBe(0o600);
  });

  it.skipIf(process.platform === 'win32')('writes through a symbolic link to the file it points to', async () => {
    const target = join(folder, 'real.txt');
    const link = join(folder, 'link.txt');
    writeFileSync(target, 'old');
    symlinkSync(target, link);
    await writeFileAtomic(link, 'new');
    expect(readFileSync(target, 'utf8')).toBe('new');
    expect(readdirSync(folder).sort()).toEqual(['link.txt', 'real.txt']);
  });
});

describe('readTextFileLimited', () => {
  it('reads UTF-8 text and reports its size in bytes', async () => {
    const file = join(folder, 'notes.txt');
    writeFileSync(file, 'Scope: team → company');
    await expect(readTextFileLimited(file, 1024)).resolves.toEqual({
      contents: 'Scope: team → company',
      bytes: Buffer.byteLength('Scope: team → company'),
    });
  });

  it('drops a byte-order mark', async () => {
    const file = join(folder, 'bom.txt');
    writeFileSync(file, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('hello')]));
    expect((await readTextFileLimited(file, 1024)).contents).toBe('hello');
  });

  it('reads a file of exactly the limit', async () => {
    const file = join(folder, 'exact.txt');
    writeFileSync(file, 'a'.repeat(100));
    expect((await readTextFileLimited(file, 100)).bytes).toBe(100);
  });

  it('rejects a file over the limit with a clear message', async () => {
    const file = join(folder, 'huge.json');
    writeFileSync(file, 'a'.repeat(101));
    await expect(readTextFileLimited(file, 100)).rejects.toThrow(/“huge\.json” is too large to open/);
  });

  it('rejects text that is not UTF-8', async () => {
    const file = join(folder, 'latin1.txt');
    writeFileSync(file, Buffer.from([0x63, 0x61, 0x66, 0xe9]));
    await expect(readTextFileLimited(file, 1024)).rejects.toThrow(/not UTF-8 text/);
  });

  it('rejects a folder', async () => {
    await expect(readTextFileLimited(folder, 1024)).rejects.toThrow(/is not a file/);
  });

  it.skipIf(process.platform === 'win32')('rejects a named pipe without waiting for a writer', async () => {
    const pipe = join(folder, 'pipe');
    execFileSync('mkfifo', [pipe]);
    await expect(readTextFileLimited(pipe, 1024)).rejects.toThrow(/is not a file/);
  });

  it('rejects a missing file', async () => {
    await expect(readTextFileLimited(join(folder, 'missing.txt'), 1024)).rejects.toThrow(/ENOENT/);
  });
});

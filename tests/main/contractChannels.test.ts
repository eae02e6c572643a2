import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * Channel names live in the contract table alone: everything else names a channel through
 * `desktopChannels`, so renaming one is a one-line change and nothing can drift.
 */

const projectRoot = join(import.meta.dirname, '../..');
const sourceFolders = ['src-main', 'src-renderer', 'tests', 'bench', 'scripts'];
const sourceFile = /\.(ts|tsx|mts|cts|js|mjs|cjs)$/;

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' || entry.name === 'results' ? [] : sourceFiles(path);
    return sourceFile.test(entry.name) ? [path] : [];
  });
}

describe('channel names', () => {
  it('appear nowhere outside src-main/shared', () => {
    const channelPattern = /journal:[a-z]+:[a-z-]+/;
    const offenders = sourceFolders
      .flatMap((folder) => sourceFiles(join(projectRoot, folder)))
      .map((path) => relative(projectRoot, path).split(sep).join('/'))
      .filter((path) => !path.startsWith('src-main/shared/'))
      .filter((path) => channelPattern.test(readFileSync(join(projectRoot, path), 'utf8')));
    expect(offenders).toEqual([]);
  });
});

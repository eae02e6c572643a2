import { describe, expect, it } from 'vitest';
import { readBackupText, serializeBackup } from '../../../../src-renderer/src/domain/backup/backupFile';
import { draftOf, mergeEdits } from '../../../../src-renderer/src/domain/entries/entryMerge';
import { entrySchema } from '../../../../src-renderer/src/domain/entries/entrySchema';
import type { AttachmentRef } from '../../../../src-renderer/src/domain/types';
import { makeTables } from '../../backupFactory';
import { makeEntry } from '../../entryFactory';

const shot: AttachmentRef = { hash: 'a'.repeat(64), fileName: 'shot.png', mediaType: 'image/png', byteSize: 68, width: 1, height: 1 };
const review: AttachmentRef = { hash: 'b'.repeat(64), fileName: 'review.pdf', mediaType: 'application/pdf', byteSize: 512 };

describe('attachment references on entries', () => {
  it('are accepted by the entry schema, and entries without them still are', () => {
    expect(entrySchema.safeParse(makeEntry({ attachments: [shot, review] })).success).toBe(true);
    expect(entrySchema.safeParse(makeEntry()).success).toBe(true);
  });

  it.each([
    ['a hash that is not SHA-256', { ...shot, hash: 'not-a-hash' }],
    ['an SVG', { ...shot, mediaType: 'image/svg+xml' }],
    ['a file over 25 MB', { ...review, byteSize: 26 * 1024 * 1024 }],
    ['an empty name', { ...shot, fileName: ' ' }],
    ['an unknown field', { ...shot, path: '/etc/passwd' }],
  ])('refuse %s', (_problem, attachment) => {
    expect(entrySchema.safeParse(makeEntry({ attachments: [attachment as AttachmentRef] })).success).toBe(false);
  });

  it('go through a backup file and back unchanged', async () => {
    const tables = makeTables(3);
    const withFiles = { ...tables, entries: [...tables.entries, makeEntry({ id: 'with-files', attachments: [shot, review] })] };
    const read = await readBackupText(await serializeBackup(withFiles));
    if (!read.ok) throw new Error(read.problem);
    expect(read.backup.data.entries.find((entry) => entry.id === 'with-files')?.attachments).toEqual([shot, review]);
  });

  it('compare the same absent or empty, so an edit of an old entry merges cleanly', () => {
    const old = makeEntry();
    expect(draftOf(old).attachments).toEqual([]);
    const mine = { ...draftOf(old), title: 'Mine' };
    const theirs = { ...draftOf(makeEntry({ attachments: [shot] })), title: old.title };
    // Only the other side added a file: it is taken from theirs, with no conflict.
    expect(mergeEdits({ ...draftOf(old), attachments: undefined }, mine, theirs)).toMatchObject({
      choices: { title: 'mine' },
      conflicts: [],
    });
    expect(mergeEdits(draftOf(old), mine, theirs)).toEqual({ choices: { title: 'mine', attachments: 'theirs' }, conflicts: [] });
  });
});

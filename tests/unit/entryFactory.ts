import { emptyDraft } from '../../src-renderer/src/domain/entries/entryDraft';
import type { Entry } from '../../src-renderer/src/domain/types';

let counter = 0;

/** A valid entry with sensible defaults; override what the test is about. */
export function makeEntry(overrides: Partial<Entry> = {}): Entry {
  counter += 1;
  return {
    ...emptyDraft('win', '2026-01-15'),
    title: `Entry ${counter}`,
    id: `entry-${counter}`,
    createdAt: '2026-01-15T10:00:00.000Z',
    updatedAt: '2026-01-15T10:00:00.000Z',
    deletedAt: null,
    source: 'user',
    ...overrides,
  };
}

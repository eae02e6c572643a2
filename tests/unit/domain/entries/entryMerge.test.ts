import { describe, expect, it } from 'vitest';
import { emptyDraft } from '../../../../src-renderer/src/domain/entries/entryDraft';
import { applyChoices, draftOf, editableEntryFields, mergeEdits } from '../../../../src-renderer/src/domain/entries/entryMerge';
import { makeEntry } from '../../entryFactory';

const base = { ...emptyDraft('win', '2026-03-01'), title: 'Cut p95', body: 'First take.', tags: ['perf'] };

describe('draftOf', () => {
  it('keeps the editable fields and nothing else: no id, timestamps, trash state or source', () => {
    const entry = makeEntry({ title: 'Shipped', deletedAt: '2026-03-02T00:00:00.000Z' });
    const draft = draftOf(entry);
    expect(Object.keys(draft).sort()).toEqual([...editableEntryFields].sort());
    expect(draft).not.toHaveProperty('deletedAt');
    expect(draft).not.toHaveProperty('id');
    expect(draft.title).toBe('Shipped');
  });
});

describe('mergeEdits', () => {
  it('takes each field from the side that changed it', () => {
    const mine = { ...base, body: 'First take. And more.' };
    const theirs = { ...base, title: 'Cut p95 by two thirds' };
    const merge = mergeEdits(base, mine, theirs);
    expect(merge).toEqual({ choices: { title: 'theirs', body: 'mine' }, conflicts: [] });
    expect(applyChoices(mine, theirs, merge.choices)).toEqual({ ...base, title: 'Cut p95 by two thirds', body: 'First take. And more.' });
  });

  it('marks a field both sides changed differently, suggesting mine', () => {
    const mine = { ...base, title: 'Mine' };
    const theirs = { ...base, title: 'Theirs', tags: ['perf', 'latency'] };
    const merge = mergeEdits(base, mine, theirs);
    expect(merge.conflicts).toEqual(['title']);
    expect(merge.choices).toEqual({ title: 'mine', tags: 'theirs' });
  });

  it('lists nothing when both sides made the same change', () => {
    const same = { ...base, title: 'Same' };
    expect(mergeEdits(base, same, { ...same })).toEqual({ choices: {}, conflicts: [] });
  });
});

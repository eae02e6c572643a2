import { afterEach, describe, expect, it } from 'vitest';
import { emptyDraft } from '../../../src-renderer/src/domain/entries/entryDraft';
import { draftOf } from '../../../src-renderer/src/domain/entries/entryMerge';
import type { AttachmentRef } from '../../../src-renderer/src/domain/types';
import {
  attachmentHashesInKeptDrafts,
  readEditorDraft,
  saveEditorDraft,
} from '../../../src-renderer/src/features/journal/editorDraftStorage';
import { formFromDraft } from '../../../src-renderer/src/features/journal/editorForm';
import { makeEntry } from '../entryFactory';

const shot: AttachmentRef = { hash: 'a'.repeat(64), fileName: 'shot.png', mediaType: 'image/png', byteSize: 68, width: 1, height: 1 };
const review: AttachmentRef = { hash: 'b'.repeat(64), fileName: 'review.pdf', mediaType: 'application/pdf', byteSize: 512 };

afterEach(() => localStorage.clear());

describe('attachments in kept editor drafts', () => {
  it('are kept with the draft, and listed so deleting forever leaves their files', () => {
    const form = formFromDraft({ ...emptyDraft('win', '2026-11-18'), title: 'Unsaved', attachments: [shot] });
    saveEditorDraft({ target: { newDraftId: 'n1' }, form, base: null, baseRevision: null, savedAt: '2026-11-18T10:00:00.000Z' });
    const base = { ...draftOf(makeEntry({ attachments: [review] })) };
    saveEditorDraft({ target: { entryId: 'e1' }, form: formFromDraft(base), base, baseRevision: 'r', savedAt: '2026-11-18T10:00:00.000Z' });
    expect(readEditorDraft({ newDraftId: 'n1' })?.form.attachments).toEqual([shot]);
    expect(attachmentHashesInKeptDrafts()).toEqual(new Set([shot.hash, review.hash]));
  });

  it('drop a damaged list of references rather than show it', () => {
    const form = { ...formFromDraft({ ...emptyDraft('win', '2026-11-18'), title: 'Tampered' }), attachments: [{ hash: 'x' }] };
    localStorage.setItem(
      'scope-journal:editor-draft:new:n2',
      JSON.stringify({ target: { newDraftId: 'n2' }, form, base: null, baseRevision: null, savedAt: '2026-11-18T10:00:00.000Z' }),
    );
    expect(readEditorDraft({ newDraftId: 'n2' })).toMatchObject({ form: { title: 'Tampered', attachments: [] } });
  });

  it('start empty in a draft kept before attachments existed', () => {
    const { attachments: _none, ...older } = formFromDraft({ ...emptyDraft('win', '2026-11-18'), title: 'Older' });
    localStorage.setItem(
      'scope-journal:editor-draft:new:n3',
      JSON.stringify({ target: { newDraftId: 'n3' }, form: older, base: null, baseRevision: null, savedAt: '2026-11-18T10:00:00.000Z' }),
    );
    expect(readEditorDraft({ newDraftId: 'n3' })?.form.attachments).toEqual([]);
  });
});

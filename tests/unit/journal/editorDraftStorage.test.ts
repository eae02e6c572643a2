import { afterEach, describe, expect, it, vi } from 'vitest';
import { emptyDraft } from '../../../src-renderer/src/domain/entries/entryDraft';
import {
  clearEditorDraft,
  draftToRestore,
  readEditorDraft,
  saveEditorDraft,
  type EditorDraft,
} from '../../../src-renderer/src/features/journal/editorDraftStorage';
import { formFromDraft } from '../../../src-renderer/src/features/journal/editorForm';

function draftFor(target: EditorDraft['target'], title: string, savedAt: string): EditorDraft {
  return { target, form: formFromDraft({ ...emptyDraft('win', '2026-03-01'), title }), base: null, baseRevision: null, savedAt };
}

afterEach(() => {
  vi.restoreAllMocks();
  localStorage.clear();
  sessionStorage.clear();
});

describe('editor drafts', () => {
  it('keeps one draft per entry and per new entry, so two editors never overwrite each other', () => {
    expect(saveEditorDraft(draftFor({ entryId: 'y' }, 'Y edited here', '2026-03-01T10:00:00.000Z'))).toBe(true);
    expect(saveEditorDraft(draftFor({ entryId: 'z' }, 'Z edited elsewhere', '2026-03-01T10:01:00.000Z'))).toBe(true);
    expect(saveEditorDraft(draftFor({ newDraftId: 'n1' }, 'A new one', '2026-03-01T10:02:00.000Z'))).toBe(true);
    expect(readEditorDraft({ entryId: 'y' })?.form.title).toBe('Y edited here');
    expect(readEditorDraft({ entryId: 'z' })?.form.title).toBe('Z edited elsewhere');
    expect(readEditorDraft({ newDraftId: 'n1' })?.form.title).toBe('A new one');
    clearEditorDraft({ entryId: 'z' });
    expect(readEditorDraft({ entryId: 'z' })).toBeNull();
    expect(readEditorDraft({ entryId: 'y' })).not.toBeNull();
  });

  it('brings back the draft this tab had open, else the newest kept', () => {
    saveEditorDraft(draftFor({ entryId: 'y' }, 'Mine', '2026-03-01T10:00:00.000Z'));
    // Another tab writes a newer draft of another entry into the shared localStorage.
    localStorage.setItem(
      'scope-journal:editor-draft:entry:z',
      JSON.stringify(draftFor({ entryId: 'z' }, 'Theirs', '2026-03-01T11:00:00.000Z')),
    );
    expect(draftToRestore()?.form.title).toBe('Mine');
    sessionStorage.clear();
    expect(draftToRestore()?.form.title).toBe('Theirs');
  });

  it('moves the single draft of earlier versions to its own place, losing nothing', () => {
    const form = formFromDraft({ ...emptyDraft('win', '2026-03-01'), title: 'From before' });
    localStorage.setItem('scope-journal:editor-draft', JSON.stringify({ entryId: 'old', form, savedAt: '2026-03-01T09:00:00.000Z' }));
    expect(draftToRestore()).toMatchObject({ target: { entryId: 'old' }, form: { title: 'From before' } });
    expect(localStorage.getItem('scope-journal:editor-draft')).toBeNull();
    expect(readEditorDraft({ entryId: 'old' })?.form.title).toBe('From before');
  });

  it('says when a draft could not be kept (storage full), instead of claiming it was', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    expect(saveEditorDraft(draftFor({ entryId: 'y' }, 'Too big', '2026-03-01T10:00:00.000Z'))).toBe(false);
    expect(readEditorDraft({ entryId: 'y' })).toBeNull();
  });
});

import { useEffect, useRef, useState } from 'react';
import { emptyDraft } from '../../domain/entries/entryDraft';
import { draftOf, entryRevision } from '../../domain/entries/entryMerge';
import { entryTemplate } from '../../domain/entries/entryTemplates';
import type { Entry, EntryDraft, EntryKind } from '../../domain/types';
import { clearEditorDraft, readEditorDraft, saveEditorDraft, type DraftTarget } from './editorDraftStorage';
import { formFromDraft, type EditorForm } from './editorForm';

/** How long typing may pause before the draft is written: keystrokes never wait for storage. */
const draftWriteDelayMs = 300;

/** Whether the editor's unsaved work is kept: not yet written, written, or refused by storage. */
export type DraftStatus = 'unchanged' | 'pending' | 'kept' | 'not-kept';

export interface EditorDraftState {
  target: DraftTarget;
  startForm: EditorForm;
  /** The entry as it was when editing began, and its revision (null for a new entry). */
  base: EntryDraft | null;
  baseRevision: string | null;
  /** True when the form came back from a kept draft. */
  isRestored: boolean;
}

/** Where an editor starts: its kept draft if there is one, else the entry, else a new entry's template. */
export function startEditorDraft(entry: Entry | null, newKind: EntryKind, newDraftId: string): EditorDraftState {
  const target: DraftTarget = entry ? { entryId: entry.id } : { newDraftId };
  const saved = readEditorDraft(target);
  const base = entry ? draftOf(entry) : null;
  const baseRevision = entry ? entryRevision(entry) : null;
  if (saved) {
    // A draft kept before this version recorded its base is checked against the entry as it is now.
    return { target, startForm: saved.form, base: saved.base ?? base, baseRevision: saved.baseRevision ?? baseRevision, isRestored: true };
  }
  const startForm = entry
    ? formFromDraft(base ?? draftOf(entry))
    : formFromDraft({ ...emptyDraft(newKind), body: entryTemplate(newKind).body });
  return { target, startForm, base, baseRevision, isRestored: false };
}

/**
 * Keeps `form` as the editor's draft while it differs from where it started: written shortly after
 * typing pauses, and at once when the page hides or the editor closes, so a reload or a crash loses
 * nothing and no keystroke waits for storage. Returns whether the draft is kept; `forget` drops it
 * (after a save or a discard).
 */
export function useKeptDraft(state: EditorDraftState, form: EditorForm, isDirty: boolean): { status: DraftStatus; forget: () => void } {
  const [status, setStatus] = useState<DraftStatus>(state.isRestored ? 'kept' : 'unchanged');
  const pending = useRef<(() => void) | null>(null);
  const isForgotten = useRef(false);

  useEffect(() => {
    if (!isDirty || isForgotten.current) return;
    const write = () => {
      pending.current = null;
      const isKept = saveEditorDraft({
        target: state.target,
        form,
        base: state.base,
        baseRevision: state.baseRevision,
        savedAt: new Date().toISOString(),
      });
      setStatus(isKept ? 'kept' : 'not-kept');
    };
    pending.current = write;
    setStatus((current) => (current === 'not-kept' ? current : 'pending'));
    const timer = window.setTimeout(write, draftWriteDelayMs);
    return () => window.clearTimeout(timer);
  }, [form, isDirty, state]);

  useEffect(() => {
    // The page may be going away (reload, close, crash of the tab's process is not catchable, but a
    // hide is): write what is pending now, synchronously.
    const flush = () => pending.current?.();
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, []);

  return {
    status,
    forget: () => {
      isForgotten.current = true;
      pending.current = null;
      clearEditorDraft(state.target);
    },
  };
}

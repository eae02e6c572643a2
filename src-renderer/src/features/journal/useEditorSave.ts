import { useState } from 'react';
import { db } from '../../db/database';
import { createEntry, saveEntryEdit, type EditOutcome } from '../../db/entriesRepository';
import { acceptEditedDraft } from '../../db/inboxRepository';
import { applyChoices, draftOf, entryRevision, mergeEdits, type EditMerge, type FieldChoices } from '../../domain/entries/entryMerge';
import type { Entry, EntryDraft } from '../../domain/types';
import { useUiStore } from '../../store/uiStore';

/** Why a save stopped to ask: the entry changed, was trashed or was deleted in another window or tab. */
export type SaveConflict =
  | { kind: 'changed'; mine: EntryDraft; current: Entry; merge: EditMerge }
  | { kind: 'trashed'; mine: EntryDraft; current: Entry }
  | { kind: 'missing'; mine: EntryDraft };

interface EditorSaveOptions {
  /** The entry being edited (null for a new one), its fields and revision when editing began. */
  entryId: string | null;
  base: EntryDraft | null;
  baseRevision: string | null;
  /** The Inbox draft a new entry is made from ("Edit and accept"), which its save accepts; else null. */
  inboxDraftId: string | null;
  /** Called once the entry is saved (or the user kept the other version): the draft goes. */
  onDone: () => void;
}

/**
 * Saving the editor's fields. A save of an existing entry checks that nobody changed it elsewhere
 * since the editor opened; if somebody did, nothing is written and `conflict` says what happened,
 * with the ways out: keep mine, keep theirs, merge field by field, restore from the trash, save as
 * a new entry, or discard.
 */
export function useEditorSave({ entryId, base, baseRevision, inboxDraftId, onDone }: EditorSaveOptions) {
  const openPanel = useUiStore((state) => state.openPanel);
  const showNotice = useUiStore((state) => state.showNotice);
  const [conflict, setConflict] = useState<SaveConflict | null>(null);
  const [isSaving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  function finish(entry: Entry, message = `Saved “${entry.title}”.`) {
    setConflict(null);
    onDone();
    showNotice({ tone: 'info', message });
    openPanel({ mode: 'view', entryId: entry.id });
  }

  async function run(write: () => Promise<EditOutcome | Entry>, mine: EntryDraft) {
    setSaving(true);
    setFailure(null);
    try {
      const outcome = await write();
      if (!('status' in outcome)) return finish(outcome);
      if (outcome.status === 'saved') return finish(outcome.entry);
      if (outcome.status === 'changed') {
        const merge = mergeEdits(base ?? draftOf(outcome.current), mine, draftOf(outcome.current));
        setConflict({ kind: 'changed', mine, current: outcome.current, merge });
      } else setConflict(outcome.status === 'trashed' ? { kind: 'trashed', mine, current: outcome.current } : { kind: 'missing', mine });
    } catch (error) {
      setFailure(`Could not save: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setSaving(false);
    }
  }

  return {
    conflict,
    isSaving,
    failure,
    /** Saves `draft`: a new entry, or the edit checked against the entry's revision. */
    save: (draft: EntryDraft) =>
      run(() => {
        if (entryId !== null) return saveEntryEdit(db, entryId, draft, baseRevision);
        return inboxDraftId === null ? createEntry(db, draft) : acceptEditedDraft(db, inboxDraftId, draft);
      }, draft),
    /** Saves the merge of my edits with the entry as it now stands, field by field as chosen. */
    saveMerged: (choices: FieldChoices) => {
      if (conflict?.kind !== 'changed') return Promise.resolve();
      const merged = applyChoices(conflict.mine, draftOf(conflict.current), choices);
      return run(() => saveEntryEdit(db, conflict.current.id, merged, entryRevision(conflict.current)), merged);
    },
    /** Takes the trashed entry back out of the trash, with my changes. */
    restoreWithMine: () => {
      if (conflict?.kind !== 'trashed') return Promise.resolve();
      const { current, mine } = conflict;
      return run(() => saveEntryEdit(db, current.id, mine, entryRevision(current), { restore: true }), mine);
    },
    /** Keeps my changes as a new entry, leaving the other one as it is. */
    saveAsNew: () => (conflict === null ? Promise.resolve() : run(() => createEntry(db, conflict.mine), conflict.mine)),
    /** Drops my changes: the entry stays as the other window left it. */
    keepTheirs: () => {
      const current = conflict?.kind === 'missing' ? null : conflict?.current;
      setConflict(null);
      onDone();
      if (current && current.deletedAt === null) openPanel({ mode: 'view', entryId: current.id });
      else useUiStore.getState().closePanel();
    },
  };
}

import { newId } from '../../domain/ids';
import { useUiStore } from '../../store/uiStore';
import { clearEditorDraft, readEditorDraft, saveEditorDraft } from './editorDraftStorage';

/** An entry that is gone, with nothing of the user's left to save. */
export function MissingEntry({ onClose }: { onClose: () => void }) {
  return (
    <div className="empty-state">
      <p>This entry no longer exists.</p>
      <button type="button" onClick={onClose}>
        Close
      </button>
    </div>
  );
}

/**
 * The editor of an entry that was deleted elsewhere. When unsaved changes to it were kept, they are
 * offered back as a new entry rather than lost or left behind.
 */
export function OrphanedDraft({ entryId }: { entryId: string }) {
  const openPanel = useUiStore((state) => state.openPanel);
  const closePanel = useUiStore((state) => state.closePanel);
  const kept = readEditorDraft({ entryId });
  if (kept === null) return <MissingEntry onClose={closePanel} />;

  function restoreAsNew() {
    if (kept === null) return;
    const draftId = newId();
    const isMoved = saveEditorDraft({ ...kept, target: { newDraftId: draftId }, base: null, baseRevision: null });
    if (!isMoved) return;
    clearEditorDraft({ entryId });
    openPanel({ mode: 'new', kind: kept.form.kind, draftId });
  }

  function discard() {
    if (!window.confirm('Discard the unsaved changes to this deleted entry?')) return;
    clearEditorDraft({ entryId });
    closePanel();
  }

  return (
    <div className="empty-state" role="region" aria-label="Unsaved changes to a deleted entry">
      <p>
        “<bdi>{kept.form.title || 'Untitled'}</bdi>” was deleted elsewhere, but the changes you had not saved were kept. You can keep them
        as a new entry.
      </p>
      <div className="panel-actions">
        <button type="button" className="primary" onClick={restoreAsNew}>
          Restore as a new entry
        </button>
        <button type="button" onClick={discard}>
          Discard the changes
        </button>
      </div>
    </div>
  );
}

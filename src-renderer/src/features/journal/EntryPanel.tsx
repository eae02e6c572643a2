import { useState } from 'react';
import { ErrorBoundary } from '../../components/ErrorBoundary';
import { newId } from '../../domain/ids';
import { useEntry } from '../../hooks/useJournalData';
import type { Framework } from '../../domain/types';
import type { EntryPanel as PanelState } from '../../store/journalSlice';
import { useUiStore } from '../../store/uiStore';
import { EntryEditor } from './EntryEditor';
import { EntryRenderFailure } from './EntryRenderFailure';
import { EntryView } from './EntryView';
import { MissingEntry, OrphanedDraft } from './OrphanedDraft';

/** The side panel: one entry read, edited, or a new one being written. */
export function EntryPanel({ panel, framework }: { panel: Exclude<PanelState, { mode: 'closed' }>; framework: Framework }) {
  const entryId = panel.mode === 'new' ? null : panel.entryId;
  const entry = useEntry(entryId);
  const closePanel = useUiStore((state) => state.closePanel);
  // A new entry opened without a draft id of its own (a shortcut, the menu) gets one per panel.
  const [fallbackDraftId] = useState(newId);

  let content;
  if (panel.mode === 'new') {
    const draftId = panel.draftId ?? fallbackDraftId;
    content = <EntryEditor key={`new:${draftId}`} entry={null} newKind={panel.kind} framework={framework} newDraftId={draftId} />;
  } else if (entry === undefined) {
    content = <p className="muted">Loading…</p>;
  } else if (entry === null) {
    content = panel.mode === 'edit' ? <OrphanedDraft entryId={panel.entryId} /> : <MissingEntry onClose={closePanel} />;
  } else if (panel.mode === 'edit') {
    content = <EntryEditor key={entry.id} entry={entry} newKind={entry.kind} framework={framework} />;
  } else {
    // Keyed by the entry's version, so an edit that fixes the entry shows it again.
    content = (
      <ErrorBoundary
        resetKey={`${entry.id}@${entry.updatedAt}`}
        fallback={() => <EntryRenderFailure entryId={entry.id} title={entry.title} />}
      >
        <EntryView entry={entry} framework={framework} />
      </ErrorBoundary>
    );
  }

  return (
    <aside className="entry-panel" aria-label={panel.mode === 'view' ? 'Entry' : 'Entry editor'}>
      {content}
    </aside>
  );
}

import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { db } from '../../db/database';
import { acceptDrafts, dismissDrafts, inboxEditorDraftId, listDrafts, mergeDrafts, undoDismiss } from '../../db/inboxRepository';
import { entryDraftOf } from '../../domain/evidence/inboxEntries';
import type { EvidenceDraft } from '../../domain/types';
import { navigateTo } from '../../hooks/useHashRoute';
import { useUiStore } from '../../store/uiStore';
import { saveEditorDraft } from '../journal/editorDraftStorage';
import { formFromDraft } from '../journal/editorForm';
import { useDataTask } from '../data/dataTask';
import { CalendarSection } from './CalendarSection';
import { DraftCard } from './DraftCard';
import { GitHistorySection } from './GitHistorySection';
import { TrackerSection } from './TrackerSection';

/** Drafts shown at first, and added by each "Show more": a year of a calendar makes thousands. */
export const draftsPerPage = 50;

/**
 * The Inbox: drafts of evidence found in the user's own activity, waiting for a decision. Nothing
 * enters the journal until the user accepts a draft (as it is, edited, or merged with others); a
 * dismissed draft never comes back.
 */
export function InboxScreen() {
  const drafts = useLiveQuery(() => listDrafts(db), []);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [shown, setShown] = useState(draftsPerPage);
  const { status, isWorking: isBusy, run, setStatus } = useDataTask();
  const showNotice = useUiStore((state) => state.showNotice);

  // A selection only ever holds drafts still waiting (another window may accept or dismiss one).
  const waitingIds = new Set(drafts?.map((draft) => draft.id));
  const chosen = [...selected].filter((id) => waitingIds.has(id));

  /** A decision on drafts: quick, so it shows no progress and cannot be cancelled. */
  const act = (work: () => Promise<string | null>) => run('Working…', work);

  const forget = (ids: readonly string[]) => setSelected((current) => new Set([...current].filter((id) => !ids.includes(id))));

  const accept = (draft: EvidenceDraft) =>
    act(async () => {
      await acceptDrafts(db, [draft.id]);
      forget([draft.id]);
      return `“${draft.title}” is now in your journal.`;
    });

  const dismiss = (draft: EvidenceDraft) =>
    act(async () => {
      const dismissed = await dismissDrafts(db, [draft.id]);
      forget([draft.id]);
      showNotice({ tone: 'info', message: `Dismissed “${draft.title}”.`, undo: () => undoDismiss(db, dismissed) });
      return null;
    });

  const editAndAccept = (draft: EvidenceDraft) => {
    // The editor opens on the journal with the draft as its unsaved work; saving it accepts the draft.
    const isKept = saveEditorDraft({
      target: { newDraftId: inboxEditorDraftId(draft.id) },
      form: formFromDraft(entryDraftOf(draft)),
      base: null,
      baseRevision: null,
      savedAt: new Date().toISOString(),
    });
    if (!isKept) {
      setStatus({
        tone: 'error',
        message: 'The editor could not open: the browser’s storage is full or unavailable. Nothing was changed.',
      });
      return;
    }
    useUiStore.getState().openPanel({ mode: 'new', kind: draft.kind, draftId: inboxEditorDraftId(draft.id) });
    navigateTo('journal');
  };

  const mergeSelected = () =>
    act(async () => {
      const entry = await mergeDrafts(db, chosen);
      forget(chosen);
      return `Merged ${chosen.length} drafts into “${entry.title}”, now in your journal.`;
    });

  const waiting = drafts?.length ?? 0;
  return (
    <div className="inbox-screen">
      <header className="screen-header">
        <h1>Inbox</h1>
        <p className="muted">Evidence found in your own activity. Nothing enters your journal until you accept it.</p>
      </header>
      <div className="inbox-layout">
        <div className="inbox-sources">
          <GitHistorySection run={run} isWorking={isBusy} />
          <CalendarSection run={run} isWorking={isBusy} />
          <TrackerSection run={run} isWorking={isBusy} />
        </div>
        <section className="inbox-drafts" aria-labelledby="inbox-drafts-heading">
          <div className="inbox-drafts-header">
            <h2 id="inbox-drafts-heading">Drafts</h2>
            <p role="status" className="entry-count">
              {drafts === undefined ? 'Loading…' : `${waiting.toLocaleString('en-US')} ${waiting === 1 ? 'draft' : 'drafts'} waiting`}
            </p>
            <button type="button" onClick={() => void mergeSelected()} disabled={isBusy || chosen.length < 2}>
              Merge selected
            </button>
          </div>
          {status && (
            <div className="inbox-status">
              <p
                className={`inbox-message${status.tone === 'error' ? ' error' : ''}`}
                role={status.tone === 'error' ? 'alert' : 'status'}
                aria-busy={status.tone === 'working'}
              >
                {status.message}
              </p>
              {status.cancel && (
                <button type="button" onClick={status.cancel}>
                  Cancel
                </button>
              )}
            </div>
          )}
          {drafts !== undefined && drafts.length === 0 ? (
            <div className="empty-state">
              <p>No drafts waiting.</p>
              <p className="muted">Import your git history, a calendar or a tracker export to find the work you forgot to write down.</p>
            </div>
          ) : (
            <ol className="inbox-list">
              {drafts?.slice(0, shown).map((draft) => (
                <li key={draft.id}>
                  <DraftCard
                    draft={draft}
                    isSelected={selected.has(draft.id)}
                    isBusy={isBusy}
                    onSelect={(isOn) =>
                      setSelected((current) => {
                        const next = new Set(current);
                        if (isOn) next.add(draft.id);
                        else next.delete(draft.id);
                        return next;
                      })
                    }
                    onAccept={() => void accept(draft)}
                    onEdit={() => editAndAccept(draft)}
                    onDismiss={() => void dismiss(draft)}
                  />
                </li>
              ))}
            </ol>
          )}
          {waiting > shown && (
            <p className="inbox-more">
              <button type="button" onClick={() => setShown((count) => count + draftsPerPage)}>
                Show {Math.min(draftsPerPage, waiting - shown).toLocaleString('en-US')} more
              </button>{' '}
              <span className="muted">
                {shown.toLocaleString('en-US')} of {waiting.toLocaleString('en-US')} shown
              </span>
            </p>
          )}
        </section>
      </div>
    </div>
  );
}

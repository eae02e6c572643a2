import { db } from '../../db/database';
import { deleteEntriesForever, emptyTrash, restoreEntries } from '../../db/entriesRepository';
import { formatLocalDate } from '../../domain/dates';
import { describeFailure } from '../../domain/failureMessage';
import { kindLabel } from '../../domain/entries/entryKinds';
import { useTrashedEntries } from '../../hooks/useJournalData';
import { useUiStore } from '../../store/uiStore';
import { entryCountLabel } from './journalRows';
import { attachmentHashesInKeptDrafts } from './editorDraftStorage';

/** What deleting forever must not free besides what entries use: the files unsaved drafts hold. */
function cleanup() {
  return { keep: attachmentHashesInKeptDrafts() };
}

/** Trashed entries: restore any of them, delete one for good, or empty the trash. */
export function TrashList() {
  const trashed = useTrashedEntries();
  const showNotice = useUiStore((state) => state.showNotice);

  async function report(action: () => Promise<string>) {
    try {
      showNotice({ tone: 'info', message: await action() });
    } catch (error) {
      showNotice({ tone: 'error', message: `That did not work. ${describeFailure(error)}` });
    }
  }

  if (trashed === undefined) return <p className="entry-count">Loading…</p>;

  return (
    <div className="trash">
      <div className="trash-toolbar">
        <p className="entry-count" role="status">
          {entryCountLabel(trashed.length)} in the trash
        </p>
        <button
          type="button"
          className="danger"
          disabled={trashed.length === 0}
          onClick={() => {
            if (!window.confirm(`Delete ${entryCountLabel(trashed.length)} for good? This cannot be undone.`)) return;
            void report(async () => `Deleted ${entryCountLabel(await emptyTrash(db, cleanup()))} for good.`);
          }}
        >
          Empty trash
        </button>
      </div>
      {trashed.length === 0 ? (
        <div className="empty-state">
          <p>The trash is empty. Entries you move to the trash wait here until you restore them or empty it.</p>
        </div>
      ) : (
        <ul className="trash-list">
          {trashed.map((entry) => (
            <li key={entry.id}>
              <article aria-labelledby={`trash-title-${entry.id}`} className="trash-item">
                <div>
                  <h3 id={`trash-title-${entry.id}`}>
                    <bdi>{entry.title}</bdi>
                  </h3>
                  <p className="muted">
                    {kindLabel(entry.kind)} · {formatLocalDate(entry.occurredOn)}
                  </p>
                </div>
                <div className="trash-actions">
                  <button
                    type="button"
                    onClick={() => void report(async () => (await restoreEntries(db, [entry.id]), `Restored “${entry.title}”.`))}
                  >
                    Restore
                  </button>
                  <button
                    type="button"
                    className="danger"
                    aria-label={`Delete “${entry.title}” forever`}
                    onClick={() => {
                      if (!window.confirm(`Delete “${entry.title}” for good? This cannot be undone.`)) return;
                      void report(
                        async () => (await deleteEntriesForever(db, [entry.id], cleanup()), `Deleted “${entry.title}” for good.`),
                      );
                    }}
                  >
                    Delete forever
                  </button>
                </div>
              </article>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useId, useState } from 'react';
import { defaultGitSince, gitLogCommand } from '../../../../src-main/shared/gitLogCommand';
import { MarkdownView } from '../../components/MarkdownView';
import { db } from '../../db/database';
import { acceptDrafts, addDrafts, dismissDrafts, inboxEditorDraftId, listDrafts, mergeDrafts, undoDismiss } from '../../db/inboxRepository';
import { readSetting, writeSetting } from '../../db/settingsRepository';
import { formatLocalDate, todayLocalDate } from '../../domain/dates';
import { kindLabel } from '../../domain/entries/entryKinds';
import { gitDrafts } from '../../domain/evidence/gitDrafts';
import { entryDraftOf } from '../../domain/evidence/inboxEntries';
import { parseGitLog } from '../../domain/evidence/gitLog';
import { newId } from '../../domain/ids';
import { scopeLabel } from '../../domain/scopeLevels';
import type { EvidenceDraft } from '../../domain/types';
import { desktop } from '../../platform/desktop';
import { navigateTo } from '../../hooks/useHashRoute';
import { useUiStore } from '../../store/uiStore';
import { saveEditorDraft } from '../journal/editorDraftStorage';
import { formFromDraft } from '../journal/editorForm';

const gitLogFilters = [
  { name: 'git log output', extensions: ['txt', 'log', 'gitlog'] },
  { name: 'All files', extensions: ['*'] },
];

type Status = { tone: 'info' | 'error'; message: string } | null;

/** A repository's name from the file its history was saved to: "scope-journal.txt" → "scope-journal". */
function repositoryFromFileName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const stem = base.replace(/\.(gitlog|log|txt)$/i, '').trim();
  return stem || 'repository';
}

/** Emails typed one per line or separated by commas. */
function emailsFrom(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[\n,;]/)
        .map((email) => email.trim())
        .filter(Boolean),
    ),
  ];
}

/**
 * The Inbox: drafts of evidence found in the user's own activity, waiting for a decision. Nothing
 * enters the journal until the user accepts a draft (as it is, edited, or merged with others); a
 * dismissed draft never comes back.
 */
export function InboxScreen() {
  const drafts = useLiveQuery(() => listDrafts(db), []);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [status, setStatus] = useState<Status>(null);
  const [isBusy, setBusy] = useState(false);
  const showNotice = useUiStore((state) => state.showNotice);

  // A selection only ever holds drafts still waiting (another window may accept or dismiss one).
  const waitingIds = new Set(drafts?.map((draft) => draft.id));
  const chosen = [...selected].filter((id) => waitingIds.has(id));

  async function act(work: () => Promise<string | null>) {
    setBusy(true);
    try {
      const message = await work();
      setStatus(message === null ? null : { tone: 'info', message });
    } catch (error) {
      setStatus({ tone: 'error', message: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
    }
  }

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
        <GitHistorySection isBusy={isBusy} act={act} />
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
            <p className={`inbox-message${status.tone === 'error' ? ' error' : ''}`} role={status.tone === 'error' ? 'alert' : 'status'}>
              {status.message}
            </p>
          )}
          {drafts !== undefined && drafts.length === 0 ? (
            <div className="empty-state">
              <p>No drafts waiting.</p>
              <p className="muted">Import your git history to find the work you forgot to write down.</p>
            </div>
          ) : (
            <ol className="inbox-list">
              {drafts?.map((draft) => (
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
        </section>
      </div>
    </div>
  );
}

interface DraftCardProps {
  draft: EvidenceDraft;
  isSelected: boolean;
  isBusy: boolean;
  onSelect: (isOn: boolean) => void;
  onAccept: () => void;
  onEdit: () => void;
  onDismiss: () => void;
}

function DraftCard({ draft, isSelected, isBusy, onSelect, onAccept, onEdit, onDismiss }: DraftCardProps) {
  const titleId = useId();
  return (
    <article className="inbox-draft" aria-labelledby={titleId}>
      <div className="inbox-draft-header">
        <input
          type="checkbox"
          aria-label={`Select “${draft.title}”`}
          checked={isSelected}
          onChange={(event) => onSelect(event.target.checked)}
        />
        <h3 id={titleId}>
          <bdi>{draft.title}</bdi>
        </h3>
      </div>
      <dl className="inbox-draft-facts">
        <div>
          <dt>Source</dt>
          <dd>
            {draft.source === 'git' ? 'Git' : draft.source} · <bdi>{draft.origin}</bdi>
          </dd>
        </div>
        <div>
          <dt>Date</dt>
          <dd>{formatLocalDate(draft.occurredOn)}</dd>
        </div>
        <div>
          <dt>Kind</dt>
          <dd>{kindLabel(draft.kind)}</dd>
        </div>
        <div>
          <dt>Scope</dt>
          <dd>{scopeLabel(draft.scope)}</dd>
        </div>
        {draft.people.length > 0 && (
          <div>
            <dt>People</dt>
            <dd>{draft.people.join(', ')}</dd>
          </div>
        )}
        {draft.tags.length > 0 && (
          <div>
            <dt>Tags</dt>
            <dd>{draft.tags.join(', ')}</dd>
          </div>
        )}
      </dl>
      {/* Scrolls when long: focusable, so the keyboard can scroll it too. */}
      <div className="inbox-draft-body" tabIndex={0} role="region" aria-label={`Details of “${draft.title}”`}>
        <MarkdownView markdown={draft.body} />
      </div>
      <div className="inbox-draft-actions">
        <button type="button" className="primary" onClick={onAccept} disabled={isBusy}>
          Accept
        </button>
        <button type="button" onClick={onEdit} disabled={isBusy}>
          Edit and accept
        </button>
        <button type="button" onClick={onDismiss} disabled={isBusy}>
          Dismiss
        </button>
      </div>
    </article>
  );
}

/**
 * Git history, in any build: the exact `git log` command to run in a repository (with "Copy
 * command"), and "Import git log…" for its output. The commit emails and the first day are kept.
 */
function GitHistorySection({ isBusy, act }: { isBusy: boolean; act: (work: () => Promise<string | null>) => Promise<void> }) {
  const today = todayLocalDate();
  const [emailsText, setEmailsText] = useState<string | null>(null);
  const [since, setSince] = useState<string | null>(null);
  const [repository, setRepository] = useState('');
  const [copyStatus, setCopyStatus] = useState('');

  useEffect(() => {
    let isCurrent = true;
    void Promise.all([readSetting(db, 'inboxGitEmails'), readSetting(db, 'inboxGitSince')]).then(([emails, savedSince]) => {
      if (!isCurrent) return;
      setEmailsText((current) => current ?? (emails ?? []).join('\n'));
      setSince((current) => current ?? savedSince ?? null);
    });
    return () => {
      isCurrent = false;
    };
  }, []);

  const sinceDay = since ?? defaultGitSince(today);
  const command = gitLogCommand({ since: sinceDay });
  const emails = emailsFrom(emailsText ?? '');

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(command);
      setCopyStatus('Command copied.');
    } catch {
      setCopyStatus('Could not copy: select the command and copy it yourself.');
    }
  };

  const importLog = () =>
    act(async () => {
      if (emails.length === 0) throw new Error('Add at least one of your commit emails first, so the Inbox knows which commits are yours.');
      const opened = await desktop.openTextFile({ title: 'Import git log', filters: gitLogFilters });
      if (opened.status === 'cancelled') return null;
      const name = repository.trim() || repositoryFromFileName(opened.fileName);
      let commits;
      try {
        commits = parseGitLog(opened.contents);
      } catch (error) {
        throw new Error(
          `${opened.fileName} was not imported. ${error instanceof Error ? error.message : String(error)} Nothing was changed.`,
          {
            cause: error,
          },
        );
      }
      const createdAt = new Date().toISOString();
      const added = await addDrafts(db, (known) => gitDrafts(commits, { repository: name, emails, known, createdAt, newId }));
      const draftWord = added.length === 1 ? 'draft' : 'drafts';
      return added.length === 0
        ? `Nothing new in ${opened.fileName}: every commit of yours there is already in the Inbox, accepted or dismissed.`
        : `Added ${added.length} ${draftWord} from ${name} (${commits.length.toLocaleString('en-US')} commits read).`;
    });

  return (
    <section className="inbox-source" aria-labelledby="inbox-git-heading">
      <h2 id="inbox-git-heading">Git history</h2>
      <label className="field">
        <span>Your commit emails</span>
        <textarea
          rows={2}
          value={emailsText ?? ''}
          placeholder="you@example.com"
          onChange={(event) => setEmailsText(event.target.value)}
          onBlur={() => void writeSetting(db, 'inboxGitEmails', emails)}
        />
        <small className="muted">One per line. A repository’s .mailmap is respected.</small>
      </label>
      <label className="field">
        <span>Since</span>
        <input
          type="date"
          value={sinceDay}
          max={today}
          onChange={(event) => {
            const value = event.target.value;
            setSince(value || null);
            if (value) void writeSetting(db, 'inboxGitSince', value);
          }}
        />
      </label>
      <p>Run this in a repository, saving its output to a file named after it:</p>
      <pre className="inbox-command">
        <code aria-label="git log command">{command}</code>
      </pre>
      <p className="inbox-command-actions">
        <button type="button" onClick={() => void copy()}>
          Copy command
        </button>
        <span role="status" className="muted">
          {copyStatus}
        </span>
      </p>
      <label className="field">
        <span>Repository name</span>
        <input type="text" value={repository} placeholder="from the file’s name" onChange={(event) => setRepository(event.target.value)} />
      </label>
      <button type="button" className="primary" onClick={() => void importLog()} disabled={isBusy}>
        Import git log…
      </button>
    </section>
  );
}

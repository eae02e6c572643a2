import { useEffect, useState } from 'react';
import { defaultGitSince, gitLogCommand } from '../../../../src-main/shared/gitLogCommand';
import type { GitRepositoryView } from '../../../../src-main/shared/contract';
import { db } from '../../db/database';
import { addDrafts } from '../../db/inboxRepository';
import { readSetting, writeSetting } from '../../db/settingsRepository';
import { todayLocalDate } from '../../domain/dates';
import { gitDrafts } from '../../domain/evidence/gitDrafts';
import { parseGitLog } from '../../domain/evidence/gitLog';
import { newId } from '../../domain/ids';
import { desktop, isDesktopApp } from '../../platform/desktop';

const gitLogFilters = [
  { name: 'git log output', extensions: ['txt', 'log', 'gitlog'] },
  { name: 'All files', extensions: ['*'] },
];

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

function draftCount(count: number): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? 'draft' : 'drafts'}`;
}

function requireEmails(emails: readonly string[]): void {
  if (emails.length === 0) throw new Error('Add at least one of your commit emails first, so the Inbox knows which commits are yours.');
}

/**
 * Parses a `git log` output and adds its new drafts, in one transaction; a bad output changes
 * nothing and its message starts with `refusal`.
 */
async function draftsFromGitLog(text: string, repository: string, emails: readonly string[], refusal: string) {
  let commits;
  try {
    commits = parseGitLog(text);
  } catch (error) {
    throw new Error(`${refusal} ${error instanceof Error ? error.message : String(error)} Nothing was changed.`, { cause: error });
  }
  const createdAt = new Date().toISOString();
  const added = await addDrafts(db, (known) => gitDrafts(commits, { repository, emails, known, createdAt, newId }));
  return { added: added.length, commits: commits.length };
}

const gitMissingMessage =
  'Git is not installed on this computer, or not where Scope Journal can find it. Install it from git-scm.com ' +
  '(on a Mac, xcode-select --install; on Windows, winget install Git.Git; on Linux, your package manager, such as sudo apt install git), ' +
  'then scan again. Until then, run the command below in a terminal where git works and import its output.';

/**
 * The desktop app's own scan: repositories added once with the folder chooser, and "Scan now",
 * which runs the same `git log` in each (in the main process) and adds what is new.
 */
function RepositoryScan({ emails, since, isBusy, act }: { emails: readonly string[]; since: string } & ActProps) {
  const [repositories, setRepositories] = useState<GitRepositoryView[] | undefined>(undefined);
  const [progress, setProgress] = useState('');

  useEffect(() => {
    let isCurrent = true;
    desktop.listGitRepositories().then(
      (list) => isCurrent && setRepositories(list),
      () => isCurrent && setRepositories([]),
    );
    return () => {
      isCurrent = false;
    };
  }, []);

  const add = () =>
    act(async () => {
      const list = await desktop.addGitRepository();
      if (list === null) return null;
      setRepositories(list);
      return `${list.at(-1)?.name ?? 'The repository'} is in the list. Choose “Scan now” to find your work in it.`;
    });

  const remove = (repository: GitRepositoryView) =>
    act(async () => {
      setRepositories(await desktop.removeGitRepository({ id: repository.id }));
      return `${repository.name} was taken off the list. Its drafts stay in the Inbox.`;
    });

  const scan = () =>
    act(async () => {
      requireEmails(emails);
      const list = repositories ?? [];
      let added = 0;
      let commits = 0;
      try {
        for (const [index, repository] of list.entries()) {
          setProgress(`Scanning ${repository.name} (${index + 1} of ${list.length})…`);
          const result = await desktop.readGitLog({ id: repository.id, since });
          if (result.status === 'git-missing') throw new Error(gitMissingMessage);
          const found = await draftsFromGitLog(result.text, result.repository.name, emails, `${repository.name} was not scanned.`);
          added += found.added;
          commits += found.commits;
        }
      } finally {
        setProgress('');
      }
      const scanned = `${list.length} ${list.length === 1 ? 'repository' : 'repositories'}`;
      return added === 0
        ? `Nothing new in ${scanned}: every commit of yours there is already in the Inbox, accepted or dismissed.`
        : `Added ${draftCount(added)} from ${scanned} (${commits.toLocaleString('en-US')} commits read).`;
    });

  return (
    <div className="inbox-repositories">
      <h3>Repositories</h3>
      {repositories !== undefined && repositories.length === 0 && <p className="muted">No repositories yet.</p>}
      <ul aria-label="Repositories">
        {repositories?.map((repository) => (
          <li key={repository.id}>
            <span>
              <strong>
                <bdi>{repository.name}</bdi>
              </strong>{' '}
              <span className="muted">
                <bdi>{repository.path}</bdi>
              </span>
            </span>
            <button type="button" onClick={() => void remove(repository)} disabled={isBusy} aria-label={`Remove ${repository.name}`}>
              Remove
            </button>
          </li>
        ))}
      </ul>
      <p className="inbox-command-actions">
        <button type="button" onClick={() => void add()} disabled={isBusy}>
          Add git repository…
        </button>
        <button type="button" className="primary" onClick={() => void scan()} disabled={isBusy || !repositories?.length}>
          Scan now
        </button>
      </p>
      <p role="status" className="muted">
        {progress}
      </p>
    </div>
  );
}

export interface ActProps {
  isBusy: boolean;
  act: (work: () => Promise<string | null>) => Promise<void>;
}

/**
 * Git history, in any build: the exact `git log` command to run in a repository (with "Copy
 * command"), and "Import git log…" for its output. The commit emails and the first day are kept.
 */
export function GitHistorySection({ isBusy, act }: ActProps) {
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
      requireEmails(emails);
      const opened = await desktop.openTextFile({ title: 'Import git log', filters: gitLogFilters });
      if (opened.status === 'cancelled') return null;
      const name = repository.trim() || repositoryFromFileName(opened.fileName);
      const found = await draftsFromGitLog(opened.contents, name, emails, `${opened.fileName} was not imported.`);
      return found.added === 0
        ? `Nothing new in ${opened.fileName}: every commit of yours there is already in the Inbox, accepted or dismissed.`
        : `Added ${draftCount(found.added)} from ${name} (${found.commits.toLocaleString('en-US')} commits read).`;
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
      {isDesktopApp && <RepositoryScan emails={emails} since={sinceDay} isBusy={isBusy} act={act} />}
      {isDesktopApp && <h3>Or run git yourself</h3>}
      <p>Run this in a repository, saving its output to a file named after it (add “&gt; my-repository.txt”):</p>
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

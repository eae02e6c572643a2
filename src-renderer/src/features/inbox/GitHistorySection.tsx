import { useEffect, useState } from 'react';
import { defaultGitSince, gitLogCommand } from '../../../../src-main/shared/gitLogCommand';
import type { GitRepositoryView } from '../../../../src-main/shared/contract';
import { db } from '../../db/database';
import { readSetting, writeSetting } from '../../db/settingsRepository';
import { counted } from '../../domain/counted';
import { todayLocalDate } from '../../domain/dates';
import { desktop, isDesktopApp } from '../../platform/desktop';
import type { TaskControl } from '../data/dataTask';
import { CopyCommand } from './CopyCommand';
import { draftCount, draftsFromSource, useListSetting, type SourceSectionProps } from './evidenceImport';
import { ListField } from './ListField';

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

function requireEmails(emails: readonly string[]): void {
  if (emails.length === 0) throw new Error('Add at least one of your commit emails first, so the Inbox knows which commits are yours.');
}

/** A git log's drafts, from the worker, added in one transaction; a bad log changes nothing. */
function draftsFromGitLog(text: string, repository: string, emails: string[], refusal: string, control: TaskControl) {
  return draftsFromSource({ source: 'git', text, repository, emails }, refusal, control);
}

const gitMissingMessage =
  'Git is not installed on this computer, or not where Scope Journal can find it. Install it from git-scm.com ' +
  '(on a Mac, xcode-select --install; on Windows, winget install Git.Git; on Linux, your package manager, such as sudo apt install git), ' +
  'then scan again. Until then, run the command below in a terminal where git works and import its output.';

/**
 * The desktop app's own scan: repositories added once with the folder chooser, and "Scan now",
 * which runs the same `git log` in each (in the main process) and adds what is new. Cancel stops
 * git itself as well as the worker reading its output.
 */
function RepositoryScan({ emails, since, run, isWorking }: { emails: string[]; since: string } & SourceSectionProps) {
  const [repositories, setRepositories] = useState<GitRepositoryView[] | undefined>(undefined);

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
    run('Adding the repository…', async () => {
      const list = await desktop.addGitRepository();
      if (list === null) return null;
      setRepositories(list);
      return `${list.at(-1)?.name ?? 'The repository'} is in the list. Choose “Scan now” to find your work in it.`;
    });

  const remove = (repository: GitRepositoryView) =>
    run(`Removing ${repository.name}…`, async () => {
      setRepositories(await desktop.removeGitRepository({ id: repository.id }));
      return `${repository.name} was taken off the list. Its drafts stay in the Inbox.`;
    });

  const scan = () =>
    run(
      'Scanning…',
      async (control) => {
        requireEmails(emails);
        const { signal, progress } = control;
        const stopGit = () => void desktop.cancelGitLog();
        signal.addEventListener('abort', stopGit, { once: true });
        const list = repositories ?? [];
        let added = 0;
        let commits = 0;
        try {
          for (const [index, repository] of list.entries()) {
            const step = `${repository.name} (${index + 1} of ${list.length})`;
            progress(`Running git in ${step}…`);
            const result = await desktop.readGitLog({ id: repository.id, since });
            signal.throwIfAborted();
            if (result.status === 'git-missing') throw new Error(gitMissingMessage);
            if (result.status === 'cancelled') throw new DOMException('The scan was cancelled.', 'AbortError');
            const found = await draftsFromGitLog(result.text, result.repository.name, emails, `${repository.name} was not scanned.`, {
              signal,
              progress: (message) => progress(`${step}: ${message}`),
            });
            added += found.added;
            commits += found.read;
          }
        } finally {
          signal.removeEventListener('abort', stopGit);
        }
        const scanned = counted(list.length, 'repository', 'repositories');
        return added === 0
          ? `Nothing new in ${scanned}: every commit of yours there is already in the Inbox, accepted or dismissed.`
          : `Added ${draftCount(added)} from ${scanned} (${commits.toLocaleString('en-US')} commits read).`;
      },
      { cancellable: true },
    );

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
            <button type="button" onClick={() => void remove(repository)} disabled={isWorking} aria-label={`Remove ${repository.name}`}>
              Remove
            </button>
          </li>
        ))}
      </ul>
      <p className="inbox-command-actions">
        <button type="button" onClick={() => void add()} disabled={isWorking}>
          Add git repository…
        </button>
        <button type="button" className="primary" onClick={() => void scan()} disabled={isWorking || !repositories?.length}>
          Scan now
        </button>
      </p>
    </div>
  );
}

/**
 * Git history, in any build: the exact `git log` command to run in a repository (with "Copy
 * command"), and "Import git log…" for its output. The commit emails and the first day are kept.
 */
export function GitHistorySection({ run, isWorking }: SourceSectionProps) {
  const today = todayLocalDate();
  const emailsSetting = useListSetting('inboxGitEmails');
  const emails = emailsSetting[2];
  const [since, setSince] = useState<string | null>(null);
  const [repository, setRepository] = useState('');

  useEffect(() => {
    let isCurrent = true;
    void readSetting(db, 'inboxGitSince').then((savedSince) => isCurrent && setSince((current) => current ?? savedSince ?? null));
    return () => {
      isCurrent = false;
    };
  }, []);

  const sinceDay = since ?? defaultGitSince(today);
  const command = gitLogCommand({ since: sinceDay });

  const importLog = () =>
    run(
      'Reading the git log…',
      async (control) => {
        requireEmails(emails);
        const opened = await desktop.openTextFile({ title: 'Import git log', filters: gitLogFilters });
        if (opened.status === 'cancelled') return null;
        const name = repository.trim() || repositoryFromFileName(opened.fileName);
        const found = await draftsFromGitLog(opened.contents, name, emails, `${opened.fileName} was not imported.`, control);
        return found.added === 0
          ? `Nothing new in ${opened.fileName}: every commit of yours there is already in the Inbox, accepted or dismissed.`
          : `Added ${draftCount(found.added)} from ${name} (${found.read.toLocaleString('en-US')} commits read).`;
      },
      { cancellable: true },
    );

  return (
    <section className="inbox-source" aria-labelledby="inbox-git-heading">
      <h2 id="inbox-git-heading">Git history</h2>
      <ListField
        label="Your commit emails"
        setting={emailsSetting}
        placeholder="you@example.com"
        hint="One per line. A repository’s .mailmap is respected."
      />
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
      {isDesktopApp && <RepositoryScan emails={emails} since={sinceDay} run={run} isWorking={isWorking} />}
      {isDesktopApp && <h3>Or run git yourself</h3>}
      <p>Run this in a repository, saving its output to a file named after it (add “&gt; my-repository.txt”):</p>
      <CopyCommand command={command} label="git log command" />
      <label className="field">
        <span>Repository name</span>
        <input type="text" value={repository} placeholder="from the file’s name" onChange={(event) => setRepository(event.target.value)} />
      </label>
      <button type="button" className="primary" onClick={() => void importLog()} disabled={isWorking}>
        Import git log…
      </button>
    </section>
  );
}

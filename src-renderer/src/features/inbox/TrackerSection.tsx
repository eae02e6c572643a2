import { counted } from '../../domain/counted';
import { ghPrListCommand } from '../../domain/evidence/trackerDrafts';
import { desktop } from '../../platform/desktop';
import { CopyCommand } from './CopyCommand';
import {
  draftCount,
  draftSourceNames,
  draftsFromSource,
  useListSetting,
  userTimeZone,
  useTextSetting,
  type SourceSectionProps,
} from './evidenceImport';
import { ListField } from './ListField';

const trackerFilters = [
  { name: 'Tracker export (.csv, .json)', extensions: ['csv', 'json', 'txt'] },
  { name: 'All files', extensions: ['*'] },
];

/**
 * Tracker exports: Jira's CSV (resolved issues assigned to the user), Linear's CSV (completed
 * issues) and the JSON of `gh pr list` (merged pull requests). Which one a file is, is read from
 * its contents; each issue or pull request is one draft with its key, link and day.
 */
export function TrackerSection({ run, isWorking }: SourceSectionProps) {
  const namesSetting = useListSetting('inboxTrackerNames');
  const names = namesSetting[2];
  const [jiraSite, setJiraSite, saveJiraSite] = useTextSetting('inboxJiraSite');

  const importExport = () =>
    run(
      'Reading the export…',
      async (control) => {
        const opened = await desktop.openTextFile({ title: 'Import tracker export', filters: trackerFilters });
        if (opened.status === 'cancelled') return null;
        const site = jiraSite.trim();
        const found = await draftsFromSource(
          {
            source: 'tracker',
            text: opened.contents,
            fileName: opened.fileName,
            names,
            ...(site === '' ? {} : { jiraSite: site }),
            timeZone: userTimeZone(),
          },
          `${opened.fileName} was not imported.`,
          control,
        );
        const read =
          found.source === 'github' ? counted(found.read, 'pull request', 'pull requests') : counted(found.read, 'issue', 'issues');
        const what = `a ${draftSourceNames[found.source]} export, ${read} read`;
        return found.added === 0
          ? `Nothing new in ${opened.fileName} (${what}): everything of yours in it is already in the Inbox, accepted or dismissed.`
          : `Added ${draftCount(found.added)} from ${opened.fileName} (${what}).`;
      },
      { cancellable: true },
    );

  return (
    <section className="inbox-source" aria-labelledby="inbox-tracker-heading">
      <h2 id="inbox-tracker-heading">Tracker exports</h2>
      <p>
        Jira: export your filter’s issues as CSV (all fields). Linear: export your issues as CSV. GitHub: run this where the GitHub CLI is
        signed in, in a repository, and save its output (add “&gt; prs.json”):
      </p>
      <CopyCommand command={ghPrListCommand} label="gh pr list command" />
      <ListField
        label="Your name in Jira and Linear"
        setting={namesSetting}
        placeholder="Ada Lovelace"
        hint="One per line, as the export shows you as assignee. Jira issues assigned to you and resolved become drafts."
      />
      <label className="field">
        <span>Jira site</span>
        <input
          type="url"
          value={jiraSite}
          placeholder="https://your-company.atlassian.net"
          onChange={(event) => setJiraSite(event.target.value)}
          onBlur={saveJiraSite}
        />
        <small className="muted">Optional: links each Jira issue to its page.</small>
      </label>
      <button type="button" className="primary" onClick={() => void importExport()} disabled={isWorking}>
        Import tracker export…
      </button>
    </section>
  );
}

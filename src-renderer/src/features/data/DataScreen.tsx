import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db/database';
import { attachmentUsage } from '../../db/attachmentsRepository';
import { describeBytes } from '../../domain/attachments/attachmentChecks';
import { counted } from '../../domain/counted';
import { useFirstRunState } from '../../hooks/useJournalData';
import { useAppInfo } from '../../hooks/useAppInfo';
import { entryCountLabel } from '../journal/journalRows';
import { AutomaticBackupSection } from './AutomaticBackupSection';
import { BackupSection } from './BackupSection';
import { useDataTask } from './dataTask';
import { ExportSection } from './ExportSection';
import { ImportSection } from './ImportSection';
import { PassphrasePrompt, RestorePanel } from './RestorePanel';
import { addSampleJournal, deleteSampleJournal } from './sampleJournalActions';
import { useRestoreFlow } from './useRestoreFlow';

/** Where the user's data is managed: backups and restore, imports, exports, the sample journal. */
export function DataScreen() {
  const { sampleEntryCount } = useFirstRunState();
  const totalEntries = useLiveQuery(() => db.entries.count(), []) ?? 0;
  const attachments = useLiveQuery(() => attachmentUsage(db), []);
  const appInfo = useAppInfo();
  const { status, isWorking, run } = useDataTask();
  const restoreFlow = useRestoreFlow(run);

  return (
    <div className="data-screen">
      <header className="screen-header">
        <h1>Data</h1>
      </header>
      <p className="lead">
        Everything you write stays on this computer, in this app's own database. {entryCountLabel(totalEntries)} in all, trash included.
        {attachments && ' '}
        {attachments && (
          <span className="attachment-usage">
            Attachments: {counted(attachments.fileCount, 'file', 'files')}, {describeBytes(attachments.byteSize)}.
          </span>
        )}
      </p>
      {status && (
        <p
          role={status.tone === 'error' ? 'alert' : 'status'}
          aria-busy={status.tone === 'working'}
          className={`data-status ${status.tone}`}
        >
          {status.message}
        </p>
      )}
      {status?.cancel && (
        <div className="button-row">
          <button type="button" onClick={status.cancel}>
            Cancel
          </button>
        </div>
      )}
      {restoreFlow.locked && (
        <section className="data-section" aria-label="Restore">
          <PassphrasePrompt locked={restoreFlow.locked} isWorking={isWorking} onUnlock={restoreFlow.unlock} onCancel={restoreFlow.cancel} />
        </section>
      )}
      {restoreFlow.pending && (
        <section className="data-section" aria-label="Restore">
          <RestorePanel pending={restoreFlow.pending} isWorking={isWorking} onRestore={restoreFlow.restore} onCancel={restoreFlow.cancel} />
        </section>
      )}
      <BackupSection run={run} isWorking={isWorking} offerRestore={restoreFlow.offerRestore} />
      <AutomaticBackupSection run={run} isWorking={isWorking} offerRestore={restoreFlow.offerRestore} />
      <ImportSection run={run} isWorking={isWorking} />
      <ExportSection run={run} isWorking={isWorking} />
      <section className="data-section" aria-labelledby="sample-heading">
        <h2 id="sample-heading">Sample journal</h2>
        {sampleEntryCount > 0 ? (
          <>
            <p>
              The sample journal of a fictional engineer is loaded ({entryCountLabel(sampleEntryCount)}). Removing it leaves your own
              entries untouched.
            </p>
            <button
              type="button"
              className="danger"
              disabled={isWorking}
              onClick={() =>
                void run(
                  'Removing the sample journal…',
                  async () => `Removed ${entryCountLabel(await deleteSampleJournal())} of the sample journal.`,
                )
              }
            >
              Remove sample journal
            </button>
          </>
        ) : (
          <>
            <p>Two years of a fictional engineer whose scope grows from team to company: a way to explore every screen.</p>
            <button
              type="button"
              disabled={isWorking}
              onClick={() =>
                void run(
                  'Loading the sample journal…',
                  async () => `Loaded ${entryCountLabel(await addSampleJournal())} of the sample journal.`,
                )
              }
            >
              Load sample journal
            </button>
          </>
        )}
      </section>
      <section className="data-section" aria-labelledby="about-heading">
        <h2 id="about-heading">About</h2>
        <p className="muted">
          {appInfo
            ? `${appInfo.name} ${appInfo.version} · ${appInfo.platform === 'web' ? 'running in a browser' : `${appInfo.platform}, Electron ${appInfo.versions.electron}`}`
            : '…'}
        </p>
      </section>
    </div>
  );
}

import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import type { AppInfo } from '../../../../src-main/shared/contract';
import { db } from '../../db/database';
import { importEntries } from '../../db/entriesRepository';
import { todayLocalDate } from '../../domain/dates';
import { useFirstRunState } from '../../hooks/useJournalData';
import { desktop } from '../../platform/desktop';
import { entryCountLabel } from '../journal/journalRows';
import { parseEntriesFile, serializeEntriesFile } from './entriesFile';
import { addSampleJournal, deleteSampleJournal } from './sampleJournalActions';

type Status = { tone: 'info' | 'error'; message: string } | null;

const jsonFilters = [{ name: 'Scope Journal entries', extensions: ['json'] }];

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Where the user's data is managed: the sample journal, and entries in and out as files. */
export function DataScreen() {
  const { sampleEntryCount } = useFirstRunState();
  const totalEntries = useLiveQuery(() => db.entries.count(), []) ?? 0;
  const [appInfo, setAppInfo] = useState<AppInfo | null>(null);
  const [status, setStatus] = useState<Status>(null);
  const [isWorking, setWorking] = useState(false);

  useEffect(() => {
    desktop.getAppInfo().then(setAppInfo, () => setAppInfo(null));
  }, []);

  async function run(action: () => Promise<string | null>) {
    setWorking(true);
    setStatus(null);
    try {
      const message = await action();
      if (message) setStatus({ tone: 'info', message });
    } catch (error) {
      setStatus({ tone: 'error', message: errorMessage(error) });
    } finally {
      setWorking(false);
    }
  }

  const exportEntries = () =>
    run(async () => {
      const entries = await db.entries.toArray();
      const result = await desktop.saveTextFile({
        title: 'Export entries',
        suggestedName: `scope-journal-entries-${todayLocalDate()}.json`,
        filters: jsonFilters,
        contents: serializeEntriesFile(entries),
      });
      return result.status === 'saved' ? `Exported ${entryCountLabel(entries.length)} to ${result.filePath}.` : null;
    });

  const importEntriesFile = () =>
    run(async () => {
      const opened = await desktop.openTextFile({ title: 'Import entries', filters: jsonFilters });
      if (opened.status === 'cancelled') return null;
      const parsed = parseEntriesFile(opened.contents);
      if (!parsed.isValid) throw new Error(`${opened.fileName} was not imported. ${parsed.problem} Nothing was changed.`);
      const { added, skipped } = await importEntries(db, parsed.entries);
      return `Imported ${entryCountLabel(added)} from ${opened.fileName}${skipped > 0 ? `; ${entryCountLabel(skipped)} already in the journal were skipped` : ''}.`;
    });

  return (
    <div className="data-screen">
      <header className="screen-header">
        <h1>Data</h1>
      </header>
      <p className="lead">
        Everything you write stays on this computer, in this app's own database. {entryCountLabel(totalEntries)} in all, trash included.
      </p>
      {status && (
        <p role={status.tone === 'error' ? 'alert' : 'status'} className={`data-status ${status.tone}`}>
          {status.message}
        </p>
      )}
      <section className="data-section" aria-labelledby="sample-heading">
        <h2 id="sample-heading">Sample journal</h2>
        {sampleEntryCount > 0 ? (
          <>
            <p>The sample journal of a fictional engineer is loaded ({entryCountLabel(sampleEntryCount)}). Removing it leaves your own entries untouched.</p>
            <button
              type="button"
              className="danger"
              disabled={isWorking}
              onClick={() => void run(async () => `Removed ${entryCountLabel(await deleteSampleJournal())} of the sample journal.`)}
            >
              Remove sample journal
            </button>
          </>
        ) : (
          <>
            <p>Two years of a fictional engineer whose scope grows from team to company: a way to explore every screen.</p>
            <button type="button" disabled={isWorking} onClick={() => void run(async () => `Loaded ${entryCountLabel(await addSampleJournal())} of the sample journal.`)}>
              Load sample journal
            </button>
          </>
        )}
      </section>
      <section className="data-section" aria-labelledby="entries-file-heading">
        <h2 id="entries-file-heading">Entries as a file</h2>
        <p>Save every entry, trash included, as one JSON file you can read and keep; add entries from such a file. Entries already in the journal are never duplicated.</p>
        <div className="button-row">
          <button type="button" disabled={isWorking} onClick={() => void exportEntries()}>
            Export entries (JSON)
          </button>
          <button type="button" disabled={isWorking} onClick={() => void importEntriesFile()}>
            Import entries (JSON)
          </button>
        </div>
      </section>
      <section className="data-section" aria-labelledby="about-heading">
        <h2 id="about-heading">About</h2>
        <p className="muted">
          {appInfo ? `${appInfo.name} ${appInfo.version} · ${appInfo.platform === 'web' ? 'running in a browser' : `${appInfo.platform}, Electron ${appInfo.versions.electron}`}` : '…'}
        </p>
      </section>
    </div>
  );
}

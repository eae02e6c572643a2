import { useLiveQuery } from 'dexie-react-hooks';
import { usePendingCommand } from '../../appCommands';
import { db } from '../../db/database';
import { listSnapshots, restoreSnapshot } from '../../db/backupRepository';
import { todayLocalDate } from '../../domain/dates';
import { entryCountLabel } from '../journal/journalRows';
import { attachedFiles, openBackupStream, saveBackup, type RestoreSource } from './backupFiles';
import { formatBytes, formatInstant, progressMessage, type RunTask } from './dataTask';

const backupFilters = [
  { name: 'Scope Journal backup', extensions: ['json', 'zip', 'enc'] },
  { name: 'All files', extensions: ['*'] },
];

/**
 * The whole journal in one file and back: "Export backup" saves every table (the trash included)
 * with a checksum; "Restore backup" reads one, checks it whole and shows what it holds first.
 * Every restore takes a safety snapshot, listed here to undo it.
 */
export function BackupSection({
  run,
  isWorking,
  offerRestore,
}: {
  run: RunTask;
  isWorking: boolean;
  offerRestore: (source: RestoreSource) => void;
}) {
  const snapshots = useLiveQuery(() => listSnapshots(db), []);
  const attachedFileCount = useLiveQuery(() => db.attachments.count(), []) ?? 0;

  const exportAll = () =>
    run('Exporting the backup…', async ({ progress }) => {
      const saved = await saveBackup(
        {
          target: 'dialog',
          title: 'Export backup',
          suggestedName: `scope-journal-backup-${todayLocalDate()}.json`,
          filters: [{ name: 'Scope Journal backup', extensions: ['json'] }],
        },
        (written, total) => progress(progressMessage(`Exporting the backup: ${written} of ${attachedFiles(total)}…`, written / total)),
      );
      if (saved === null) return null;
      const files = saved.fileCount > 0 ? `, with ${attachedFiles(saved.fileCount)}` : '';
      return `Saved the backup to ${saved.filePath} (${formatBytes(saved.bytes)}${files}).`;
    });

  const restoreFromFile = () =>
    run('Opening the backup…', async () => {
      const opened = await openBackupStream({ source: 'dialog', title: 'Restore backup', filters: backupFilters });
      if (opened !== null) offerRestore(opened);
      return null;
    });

  // File › Export backup in the menu opens this screen and exports.
  usePendingCommand('export-backup', () => void exportAll());

  const undoTo = (id: string, createdAt: string) => {
    if (
      !window.confirm(`Put the journal back as it was at ${formatInstant(createdAt)}? What it holds now is kept as a new snapshot first.`)
    )
      return;
    void run('Restoring the snapshot…', async () => {
      await restoreSnapshot(db, id);
      return `The journal is back as it was at ${formatInstant(createdAt)}.`;
    });
  };

  return (
    <section className="data-section" aria-labelledby="backup-heading">
      <h2 id="backup-heading">Backup and restore</h2>
      <p>
        One file holds everything: entries (the trash too), reviews, goals, the reading list, packets, frameworks and settings, with a
        checksum that shows if it was damaged.
      </p>
      {attachedFileCount > 0 && (
        <p className="muted">
          With {attachedFiles(attachedFileCount)}, the backup is a .zip: the same file, and every attached file beside it, named by its
          checksum.
        </p>
      )}
      <div className="button-row">
        <button type="button" disabled={isWorking} onClick={() => void exportAll()}>
          Export backup
        </button>
        <button type="button" disabled={isWorking} onClick={() => void restoreFromFile()}>
          Restore backup
        </button>
      </div>
      {snapshots && snapshots.length > 0 && (
        <>
          <h3>Safety snapshots</h3>
          <p className="muted">Taken automatically before each restore; the newest three are kept.</p>
          <ul className="snapshot-list">
            {snapshots.map((snapshot) => (
              <li key={snapshot.id}>
                <span>
                  {formatInstant(snapshot.createdAt)} · {entryCountLabel(snapshot.entryCount)} · {formatBytes(snapshot.bytes)}
                </span>{' '}
                <button type="button" disabled={isWorking} onClick={() => undoTo(snapshot.id, snapshot.createdAt)}>
                  Restore snapshot of {formatInstant(snapshot.createdAt)}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

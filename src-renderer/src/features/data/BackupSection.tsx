import { useLiveQuery } from 'dexie-react-hooks';
import { usePendingCommand } from '../../appCommands';
import { db } from '../../db/database';
import { exportBackup, listSnapshots, restoreSnapshot } from '../../db/backupRepository';
import { counted } from '../../domain/counted';
import { todayLocalDate } from '../../domain/dates';
import { desktop } from '../../platform/desktop';
import { entryCountLabel } from '../journal/journalRows';
import { formatBytes, formatInstant, isEncryptedBackupBytes, type RunTask } from './dataTask';
import type { RestoreSource } from './useRestoreFlow';

const backupFilters = [
  { name: 'Scope Journal backup', extensions: ['json', 'enc'] },
  { name: 'All files', extensions: ['*'] },
];

/**
 * What a backup leaves out for now: the attached files themselves (it keeps the entries'
 * references to them). Said plainly, before and after every export, never found out at a restore.
 */
function attachedFilesNotInBackups(fileCount: number, isThisBackup: boolean): string {
  const files = counted(fileCount, 'attached file is', 'attached files are');
  return isThisBackup
    ? `${files} not in this backup yet: it keeps which entry has which file, not the files themselves.`
    : `${files} not in backups yet: a backup keeps which entry has which file, not the files themselves.`;
}

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
    run('Exporting the backup…', async () => {
      const contents = await exportBackup(db);
      const fileCount = await db.attachments.count();
      const result = await desktop.saveTextFile({
        title: 'Export backup',
        suggestedName: `scope-journal-backup-${todayLocalDate()}.json`,
        filters: [{ name: 'Scope Journal backup', extensions: ['json'] }],
        contents,
      });
      if (result.status === 'cancelled') return null;
      const notIncluded = fileCount > 0 ? ` ${attachedFilesNotInBackups(fileCount, true)}` : '';
      return `Saved the backup to ${result.filePath} (${formatBytes(result.bytes)}).${notIncluded}`;
    });

  const restoreFromFile = () =>
    run('Opening the backup…', async () => {
      const opened = await desktop.openFile({ title: 'Restore backup', filters: backupFilters });
      if (opened.status === 'cancelled') return null;
      const { fileName, bytes } = opened;
      if (isEncryptedBackupBytes(bytes)) {
        offerRestore({
          origin: fileName,
          needsPassphrase: true,
          load: (passphrase) => desktop.decryptBackup({ bytes, passphrase: passphrase ?? '' }).then((result) => result.contents),
        });
        return null;
      }
      offerRestore({
        origin: fileName,
        needsPassphrase: false,
        load: () => {
          try {
            return Promise.resolve(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
          } catch {
            return Promise.reject(new Error(`${fileName} is not a Scope Journal backup: it is not text. Nothing was changed.`));
          }
        },
      });
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
      {attachedFileCount > 0 && <p className="muted">{attachedFilesNotInBackups(attachedFileCount, false)}</p>}
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

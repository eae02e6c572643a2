import { useState } from 'react';
import { formatLocalDate } from '../../domain/dates';
import type { BackupSummary, ParsedBackup } from '../../domain/backup/backupFile';
import type { RestoreMode } from '../../db/backupRepository';
import type { StoredAttachment } from '../../domain/types';
import { useUiStore } from '../../store/uiStore';
import { entryCountLabel } from '../journal/journalRows';
import { attachedFiles, type LoadedBackup } from './backupFiles';
import { formatInstant } from './dataTask';

/** A backup read and checked in full, waiting for the user to choose how to restore it. */
export interface PendingRestore {
  origin: string;
  backup: ParsedBackup;
  summary: BackupSummary;
  /** The attached files an archive carries, checked and ready to store with the restore. */
  files: StoredAttachment[];
}

/** A backup that needs its passphrase before it can be read. */
export interface LockedBackup {
  origin: string;
  unlock: (passphrase: string, onProgress?: (fraction: number) => void) => Promise<LoadedBackup>;
}

const tableLabels: [keyof BackupSummary['counts'], string, string][] = [
  ['reviews', 'quarterly review', 'quarterly reviews'],
  ['goals', 'goal', 'goals'],
  ['readingList', 'book', 'books'],
  ['packets', 'packet', 'packets'],
  ['frameworks', 'framework', 'frameworks'],
  ['settings', 'setting', 'settings'],
  ['drafts', 'Inbox draft', 'Inbox drafts'],
];

/** "150 entries (3 in the trash) from 2 Jan 2025 to 20 Nov 2026; 8 quarterly reviews; …" */
export function describeBackup(summary: BackupSummary): string {
  const { counts, trashedEntryCount, entryDates } = summary;
  const entries = `${entryCountLabel(counts.entries)}${trashedEntryCount > 0 ? ` (${trashedEntryCount} in the trash)` : ''}${
    entryDates ? ` from ${formatLocalDate(entryDates.first)} to ${formatLocalDate(entryDates.last)}` : ''
  }`;
  const others = tableLabels.map(([table, one, many]) => `${counts[table].toLocaleString('en-US')} ${counts[table] === 1 ? one : many}`);
  return [entries, ...others].join('; ');
}

/** What the backup holds, replace or merge, and the one button that writes. */
export function RestorePanel({
  pending,
  isWorking,
  onRestore,
  onCancel,
}: {
  pending: PendingRestore;
  isWorking: boolean;
  onRestore: (mode: RestoreMode) => void;
  onCancel: () => void;
}) {
  const [mode, setMode] = useState<RestoreMode>('replace');
  // A restore is a change like any other: once a sync folder is set, it reaches every computer.
  const isSyncing = useUiStore((state) => typeof state.sync.settings?.folder === 'string');
  return (
    <div className="restore-panel" role="region" aria-label="Restore preview">
      <h3>Restore “{pending.origin}”</h3>
      <p>
        Made {formatInstant(pending.summary.exportedAt)}. It holds {describeBackup(pending.summary)}.
        {pending.files.length > 0 &&
          ` It carries ${attachedFiles(pending.files.length)}, ${pending.files.length === 1 ? 'matching' : 'each matching'} its checksum.`}
      </p>
      <fieldset className="restore-mode">
        <legend>How to restore</legend>
        <label>
          <input type="radio" name="restore-mode" value="replace" checked={mode === 'replace'} onChange={() => setMode('replace')} />
          Replace: the journal becomes exactly this backup
        </label>
        <label>
          <input type="radio" name="restore-mode" value="merge" checked={mode === 'merge'} onChange={() => setMode('merge')} />
          Merge: add what is new; where both have a record, the newer one wins
        </label>
      </fieldset>
      {isSyncing && (
        <p role="note" aria-label="Sync">
          <strong>This computer syncs with your other computers.</strong>{' '}
          {mode === 'replace'
            ? 'At their next sync they follow: their journals become this backup too, and what it does not hold is deleted there as well.'
            : 'What the merge adds or changes reaches them at their next sync.'}
        </p>
      )}
      <p className="muted">A safety snapshot of the journal as it is now is taken first, so this can be undone.</p>
      <div className="button-row">
        <button type="button" className="primary" disabled={isWorking} onClick={() => onRestore(mode)}>
          Restore now
        </button>
        <button type="button" disabled={isWorking} onClick={onCancel}>
          Cancel restore
        </button>
      </div>
    </div>
  );
}

/** Asks for the passphrase of an encrypted backup. */
export function PassphrasePrompt({
  locked,
  isWorking,
  onUnlock,
  onCancel,
}: {
  locked: LockedBackup;
  isWorking: boolean;
  onUnlock: (passphrase: string) => void;
  onCancel: () => void;
}) {
  const [passphrase, setPassphrase] = useState('');
  return (
    <form
      className="restore-panel"
      aria-label="Unlock backup"
      onSubmit={(event) => {
        event.preventDefault();
        onUnlock(passphrase);
      }}
    >
      <h3>{locked.origin}</h3>
      <p>This backup is encrypted. Enter the passphrase it was made with.</p>
      <div className="field">
        <label htmlFor="backup-passphrase">Backup passphrase</label>
        <input
          id="backup-passphrase"
          type="password"
          autoComplete="off"
          value={passphrase}
          onChange={(event) => setPassphrase(event.target.value)}
        />
      </div>
      <div className="button-row">
        <button type="submit" className="primary" disabled={isWorking || passphrase.length === 0}>
          Unlock
        </button>
        <button type="button" disabled={isWorking} onClick={onCancel}>
          Cancel restore
        </button>
      </div>
    </form>
  );
}

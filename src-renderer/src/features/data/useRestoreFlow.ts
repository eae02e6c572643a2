import { useState } from 'react';
import { db } from '../../db/database';
import { restoreBackup, type RestoreMode } from '../../db/backupRepository';
import { entryCountLabel } from '../journal/journalRows';
import { runFileWork } from '../../workers/fileWorkClient';
import { attachedFiles, type LoadedBackup, type RestoreSource } from './backupFiles';
import { progressMessage, type RunTask, type TaskControl } from './dataTask';
import type { LockedBackup, PendingRestore } from './RestorePanel';

const asksForPassphrase = (error: unknown): boolean => error instanceof Error && /enter its passphrase/i.test(error.message);

/**
 * Restoring, in steps that change nothing until the last: load (unlocking it if encrypted), check
 * the whole file, show what it holds, then restore it — replace or merge — all or nothing.
 */
export function useRestoreFlow(run: RunTask) {
  const [locked, setLocked] = useState<LockedBackup | null>(null);
  const [pending, setPending] = useState<PendingRestore | null>(null);

  const [source, setSource] = useState<RestoreSource | null>(null);

  const check = async (origin: string, loaded: LoadedBackup, { signal, progress }: TaskControl): Promise<string | null> => {
    const read = await runFileWork({ kind: 'check-backup', text: loaded.text }, { signal, onProgress: (stage) => progress(stage) });
    if (!read.ok) throw new Error(`${origin} cannot be restored. ${read.problem} Nothing was changed.`);
    setLocked(null);
    setPending({ origin, backup: read.backup, summary: read.summary, files: loaded.files });
    return null;
  };

  const reading = (control: TaskControl) => (fraction: number) => control.progress(progressMessage('Reading the backup…', fraction));

  const letGo = (current: RestoreSource | null) => {
    void current?.close();
    setSource(null);
  };

  const offerRestore = (offered: RestoreSource) => {
    setPending(null);
    letGo(source);
    setSource(offered);
    const unlock = (passphrase: string, onProgress?: (fraction: number) => void) => offered.load(passphrase, onProgress);
    if (offered.needsPassphrase) {
      setLocked({ origin: offered.origin, unlock });
      return;
    }
    void run(
      'Checking the backup…',
      async (control) => {
        let loaded: LoadedBackup;
        try {
          loaded = await offered.load(undefined, reading(control));
        } catch (error) {
          if (!asksForPassphrase(error)) throw error;
          setLocked({ origin: offered.origin, unlock });
          return null;
        }
        return check(offered.origin, loaded, control);
      },
      { cancellable: true },
    );
  };

  const unlock = (passphrase: string) => {
    if (!locked) return;
    const current = locked;
    void run(
      'Decrypting the backup…',
      async (control) => check(current.origin, await current.unlock(passphrase, reading(control)), control),
      {
        cancellable: true,
      },
    );
  };

  const restore = (mode: RestoreMode) => {
    if (!pending) return;
    const current = pending;
    void run('Restoring… a safety snapshot first, then every table at once.', async () => {
      const report = await restoreBackup(db, current.backup, mode, new Date(), current.files);
      setPending(null);
      letGo(source);
      const entries = report.tables.entries;
      const detail =
        mode === 'replace'
          ? `the journal now holds ${entryCountLabel(current.summary.counts.entries)}`
          : `${entryCountLabel(entries.added)} added, ${entryCountLabel(entries.updated)} updated`;
      const files = current.files.length > 0 ? `, with ${attachedFiles(current.files.length)}` : '';
      return `Restored ${current.origin} (${mode === 'replace' ? 'replaced' : 'merged'}): ${detail}${files}. The journal as it was is kept as a safety snapshot.`;
    });
  };

  const cancel = () => {
    setLocked(null);
    setPending(null);
    letGo(source);
  };

  return { locked, pending, offerRestore, unlock, restore, cancel };
}

import { useState } from 'react';
import { db } from '../../db/database';
import { restoreBackup, type RestoreMode } from '../../db/backupRepository';
import { entryCountLabel } from '../journal/journalRows';
import { runFileWork } from '../../workers/fileWorkClient';
import type { RunTask, TaskControl } from './dataTask';
import type { LockedBackup, PendingRestore } from './RestorePanel';

/** Where a backup comes from: a file the user opened, or one in the backup folder. */
export interface RestoreSource {
  /** How the backup is named to the user: its file name. */
  origin: string;
  /** True when it is known to be encrypted: the passphrase is asked for before loading. */
  needsPassphrase: boolean;
  /** Its text; a passphrase for an encrypted one. Rejects with a message fit for an alert. */
  load: (passphrase?: string) => Promise<string>;
}

const asksForPassphrase = (error: unknown): boolean => error instanceof Error && /enter its passphrase/i.test(error.message);

/**
 * Restoring, in steps that change nothing until the last: load (unlocking it if encrypted), check
 * the whole file, show what it holds, then restore it — replace or merge — all or nothing.
 */
export function useRestoreFlow(run: RunTask) {
  const [locked, setLocked] = useState<LockedBackup | null>(null);
  const [pending, setPending] = useState<PendingRestore | null>(null);

  const check = async (origin: string, text: string, { signal, progress }: TaskControl): Promise<string | null> => {
    const read = await runFileWork({ kind: 'check-backup', text }, { signal, onProgress: (stage) => progress(stage) });
    if (!read.ok) throw new Error(`${origin} cannot be restored. ${read.problem} Nothing was changed.`);
    setLocked(null);
    setPending({ origin, backup: read.backup, summary: read.summary });
    return null;
  };

  const offerRestore = (source: RestoreSource) => {
    setPending(null);
    const unlock = (passphrase: string) => source.load(passphrase);
    if (source.needsPassphrase) {
      setLocked({ origin: source.origin, unlock });
      return;
    }
    void run(
      'Checking the backup…',
      async (control) => {
        let text: string;
        try {
          text = await source.load();
        } catch (error) {
          if (!asksForPassphrase(error)) throw error;
          setLocked({ origin: source.origin, unlock });
          return null;
        }
        return check(source.origin, text, control);
      },
      { cancellable: true },
    );
  };

  const unlock = (passphrase: string) => {
    if (!locked) return;
    const current = locked;
    void run('Decrypting the backup…', async (control) => check(current.origin, await current.unlock(passphrase), control), {
      cancellable: true,
    });
  };

  const restore = (mode: RestoreMode) => {
    if (!pending) return;
    const current = pending;
    void run('Restoring… a safety snapshot first, then every table at once.', async () => {
      const report = await restoreBackup(db, current.backup, mode);
      setPending(null);
      const entries = report.tables.entries;
      const detail =
        mode === 'replace'
          ? `the journal now holds ${entryCountLabel(current.summary.counts.entries)}`
          : `${entryCountLabel(entries.added)} added, ${entryCountLabel(entries.updated)} updated`;
      return `Restored ${current.origin} (${mode === 'replace' ? 'replaced' : 'merged'}): ${detail}. The journal as it was is kept as a safety snapshot.`;
    });
  };

  const cancel = () => {
    setLocked(null);
    setPending(null);
  };

  return { locked, pending, offerRestore, unlock, restore, cancel };
}

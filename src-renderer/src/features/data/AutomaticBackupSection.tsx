import { useCallback, useEffect, useState } from 'react';
import type { BackupCadence, BackupFileInfo, BackupSettingsChange, BackupSettingsView } from '../../../../src-main/shared/contract';
import { backupCadences, maximumKeptBackups } from '../../../../src-main/shared/values';
import { SelectField } from '../../components/SelectField';
import { desktop, isDesktopApp } from '../../platform/desktop';
import { openBackupStream, type RestoreSource } from './backupFiles';
import { writeBackupNow } from './backupNow';
import { errorMessage, formatBytes, formatInstant, type RunTask } from './dataTask';

/** A label for each cadence of the contract's; a `Record`, so a new cadence cannot be left unnamed. */
const cadenceLabels: Record<BackupCadence, string> = { daily: 'Daily', weekly: 'Weekly', off: 'Off' };
const cadences = backupCadences.map((id) => ({ id, label: cadenceLabels[id] }));

/**
 * Automatic backups (desktop only): a folder the user chooses, daily or weekly and when the app
 * quits, the newest N kept, optionally encrypted; every backup in the folder can be restored.
 */
export function AutomaticBackupSection({
  run,
  isWorking,
  offerRestore,
}: {
  run: RunTask;
  isWorking: boolean;
  offerRestore: (source: RestoreSource) => void;
}) {
  const [settings, setSettings] = useState<BackupSettingsView | null>(null);
  const [backups, setBackups] = useState<BackupFileInfo[]>([]);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [keep, setKeep] = useState('');

  const [version, setVersion] = useState(0);
  const refresh = useCallback(() => setVersion((current) => current + 1), []);

  // Read again after every change: the settings, and the backups in the folder.
  useEffect(() => {
    if (!isDesktopApp) return;
    let isCurrent = true;
    Promise.all([desktop.getBackupSettings(), desktop.listBackups()]).then(
      ([view, list]) => {
        if (!isCurrent) return;
        setSettings(view);
        setKeep(String(view.keep));
        setBackups(list);
        setLoadError(null);
      },
      (error: unknown) => {
        if (isCurrent) setLoadError(errorMessage(error));
      },
    );
    return () => {
      isCurrent = false;
    };
  }, [version]);

  if (!isDesktopApp) {
    return (
      <section className="data-section" aria-labelledby="auto-backup-heading">
        <h2 id="auto-backup-heading">Automatic backups</h2>
        <p className="muted">
          Automatic backups to a folder of your choice, optionally encrypted, are made by the desktop app. Here, use “Export backup”.
        </p>
      </section>
    );
  }

  const change = (working: string, update: BackupSettingsChange, done: string) =>
    run(working, async () => {
      setSettings(await desktop.updateBackupSettings(update));
      refresh();
      return done;
    });

  const chooseFolder = () =>
    run('Choosing the backup folder…', async () => {
      const view = await desktop.chooseBackupFolder();
      if (!view) return null;
      refresh();
      return `Backups will be written to ${view.folder ?? 'the chosen folder'}.`;
    });

  const backUpNow = () =>
    run('Backing up…', async () => {
      const written = await writeBackupNow('now');
      refresh();
      return `Backed up to ${written.fileName} (${formatBytes(written.bytes)})${written.removed.length > 0 ? `; ${written.removed.length} older removed` : ''}.`;
    });

  const restoreFromFolder = (backup: BackupFileInfo) =>
    run('Opening the backup…', async () => {
      const opened = await openBackupStream({ source: 'backup-folder', fileName: backup.fileName });
      if (opened === null) return null;
      // With a stored passphrase, an encrypted backup of the folder opens without asking.
      offerRestore({ ...opened, needsPassphrase: opened.needsPassphrase && settings?.hasPassphrase !== true });
      return null;
    });

  const hasFolder = Boolean(settings?.folder);
  return (
    <section className="data-section" aria-labelledby="auto-backup-heading">
      <h2 id="auto-backup-heading">Automatic backups</h2>
      <p>
        Backups are written to a folder you choose (another disk, or a synced folder), on a schedule and when the app quits. The newest are
        kept; older ones are deleted.
      </p>
      {loadError && <p role="alert">{loadError}</p>}
      {settings && (
        <>
          <div className="backup-folder-row">
            <div className="field">
              <label htmlFor="backup-folder">Backup folder</label>
              <input
                id="backup-folder"
                type="text"
                readOnly
                value={settings.folder ?? ''}
                placeholder="No folder chosen: automatic backups are off"
              />
            </div>
            <button type="button" disabled={isWorking} onClick={() => void chooseFolder()}>
              Choose backup folder…
            </button>
          </div>
          <div className="backup-settings-row">
            <SelectField
              label="Backup schedule"
              value={settings.cadence}
              onChange={(value) =>
                void change(
                  'Saving…',
                  { cadence: value as BackupCadence },
                  `Automatic backups: ${cadences.find((cadence) => cadence.id === value)?.label ?? value}.`,
                )
              }
            >
              {cadences.map((cadence) => (
                <option key={cadence.id} value={cadence.id}>
                  {cadence.label}
                </option>
              ))}
            </SelectField>
            <div className="field">
              <label htmlFor="backups-kept">Backups kept</label>
              <input
                id="backups-kept"
                type="number"
                min={1}
                max={maximumKeptBackups}
                value={keep}
                onChange={(event) => setKeep(event.target.value)}
                onBlur={() => {
                  const value = Number(keep);
                  if (Number.isInteger(value) && value >= 1 && value <= maximumKeptBackups && value !== settings.keep)
                    void change('Saving…', { keep: value }, `The newest ${value} backups will be kept.`);
                  else setKeep(String(settings.keep));
                }}
              />
            </div>
          </div>
          <p className="muted">
            {settings.lastBackupAt ? `Last backup ${formatInstant(settings.lastBackupAt)}.` : 'No automatic backup yet.'}
            {settings.nextBackupAt ? ` Next one due ${formatInstant(settings.nextBackupAt)}.` : ''}
          </p>
          <div className="backup-encryption">
            <label className="checkbox">
              <input
                type="checkbox"
                checked={settings.encrypt}
                disabled={isWorking || (!settings.hasPassphrase && !settings.encrypt)}
                onChange={(event) =>
                  void change(
                    'Saving…',
                    { encrypt: event.target.checked },
                    event.target.checked ? 'New backups will be encrypted.' : 'New backups will not be encrypted.',
                  )
                }
              />
              Encrypt backups
            </label>
            <form
              className="passphrase-form"
              onSubmit={(event) => {
                event.preventDefault();
                const typed = passphrase;
                setPassphrase('');
                void change(
                  'Saving the passphrase…',
                  { passphrase: typed, encrypt: true },
                  'Saved the passphrase: new backups will be encrypted with it. Keep it somewhere safe; without it an encrypted backup cannot be read.',
                );
              }}
            >
              <div className="field">
                <label htmlFor="backup-new-passphrase">
                  {settings.hasPassphrase ? 'New passphrase' : 'Passphrase for encrypted backups'}
                </label>
                <input
                  id="backup-new-passphrase"
                  type="password"
                  autoComplete="new-password"
                  minLength={8}
                  value={passphrase}
                  onChange={(event) => setPassphrase(event.target.value)}
                />
              </div>
              <button type="submit" disabled={isWorking || passphrase.length === 0}>
                Save passphrase
              </button>
            </form>
          </div>
          <div className="button-row">
            <button type="button" disabled={isWorking || !hasFolder} onClick={() => void backUpNow()}>
              Back up now
            </button>
          </div>
          {hasFolder && (
            <table className="data-table backup-list">
              <caption>
                {backups.length === 0 ? 'No backups in the folder yet.' : `Backups in the folder, newest first (${backups.length})`}
              </caption>
              {backups.length > 0 && (
                <thead>
                  <tr>
                    <th scope="col">Made</th>
                    <th scope="col">Size</th>
                    <th scope="col">Encrypted</th>
                    <th scope="col">
                      <span className="visually-hidden">Actions</span>
                    </th>
                  </tr>
                </thead>
              )}
              <tbody>
                {backups.map((backup) => (
                  <tr key={backup.fileName}>
                    <th scope="row">{formatInstant(backup.createdAt)}</th>
                    <td>{formatBytes(backup.bytes)}</td>
                    <td>{backup.encrypted ? 'Yes' : 'No'}</td>
                    <td>
                      <button
                        type="button"
                        disabled={isWorking}
                        aria-label={`Restore the backup of ${formatInstant(backup.createdAt)}`}
                        onClick={() => void restoreFromFolder(backup)}
                      >
                        Restore…
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </section>
  );
}

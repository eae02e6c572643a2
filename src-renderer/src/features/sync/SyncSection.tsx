import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type FormEvent } from 'react';
import type { SyncSettingsView } from '../../../../src-main/shared/contract';
import { Field } from '../../components/Field';
import { db } from '../../db/database';
import { navigateTo } from '../../hooks/useHashRoute';
import { clearSyncState, conflictedRecords } from '../../db/syncRepository';
import { desktop, isDesktopApp } from '../../platform/desktop';
import { useUiStore } from '../../store/uiStore';
import { formatInstant } from '../data/dataTask';
import { describeSyncReport, deviceActivity } from './syncWords';
import { requestSync } from './useSyncRunner';

/**
 * Settings › Sync folder: sync this journal with the user's other computers through a folder they
 * already sync (Dropbox, Syncthing, iCloud Drive, OneDrive, a network share). Choose the folder,
 * give the passphrase, then "Sync now"; the status line says when it last synced, which computers
 * the folder has seen, and any problem. In a browser it says this is a desktop feature.
 */
export function SyncSection() {
  return (
    <section className="data-section" aria-labelledby="sync-heading">
      <h2 id="sync-heading">Sync folder</h2>
      {isDesktopApp ? (
        <SyncSettingsForm />
      ) : (
        <p className="muted">
          Sync between your computers is a desktop feature: the desktop app keeps your journal in step through a folder you already sync
          (Dropbox, Syncthing, iCloud Drive, OneDrive or a network share), encrypted, with no server of ours. A browser cannot reach that
          folder.
        </p>
      )}
    </section>
  );
}

function SyncSettingsForm() {
  const { settings, isSyncing, report, problem } = useUiStore((state) => state.sync);
  const setSyncStatus = useUiStore((state) => state.setSyncStatus);
  const [actionProblem, setActionProblem] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);

  async function act(work: () => Promise<SyncSettingsView | null>) {
    setBusy(true);
    setActionProblem(null);
    try {
      const next = await work();
      if (next !== null) setSyncStatus({ settings: next });
      await requestSync();
    } catch (error) {
      setActionProblem(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  }

  if (settings === null) return <p className="muted">Reading the sync settings…</p>;
  return (
    <>
      <p>
        Keep this journal in step with your other computers through a folder you already sync. Each computer writes only its own files
        there, encrypted with a passphrase you choose, so the sync service never sees a word of your journal or two computers writing one
        file.
      </p>
      {actionProblem && (
        <p role="alert" className="data-status error">
          {actionProblem}
        </p>
      )}
      <div className="sync-folder-row">
        <p>{settings.folder === null ? 'No sync folder: this computer does not sync.' : `Sync folder: ${settings.folder}`}</p>
        <button type="button" disabled={isBusy} onClick={() => void act(() => desktop.chooseSyncFolder())}>
          {settings.folder === null ? 'Choose sync folder' : 'Choose another sync folder'}
        </button>
      </div>
      {settings.folder !== null && !settings.hasPassphrase && (
        <PassphraseForm isBusy={isBusy} onSubmit={(passphrase) => void act(() => desktop.setSyncPassphrase({ passphrase }))} />
      )}
      {settings.folder !== null && settings.hasPassphrase && (
        <>
          <div className="sync-actions">
            <button type="button" disabled={isBusy || isSyncing} onClick={() => void act(() => Promise.resolve(null))}>
              Sync now
            </button>
          </div>
          <p role="status" className="data-status">
            {isSyncing ? 'Syncing…' : report ? describeSyncReport(report, formatInstant) : 'Not synced yet on this computer.'}
          </p>
          {problem && (
            <p role="alert" className="data-status error">
              {problem}
            </p>
          )}
          {report && report.devices.length > 0 && (
            <ul className="sync-devices" aria-label="Computers in the sync folder">
              {report.devices.map((device) => (
                <li key={device.deviceId}>{deviceActivity(device, formatInstant)}</li>
              ))}
            </ul>
          )}
          <ConflictList />
          {!settings.isPassphraseStored && (
            <p className="muted">This computer has no keychain to keep the passphrase, so the app asks for it again at each start.</p>
          )}
          <DeviceName settings={settings} isBusy={isBusy} onRename={(name) => void act(() => desktop.renameSyncDevice({ name }))} />
          <button
            type="button"
            disabled={isBusy}
            onClick={() => {
              if (
                !window.confirm(
                  'Stop syncing this computer? The journal stays here as it is, and the sync folder stays as it is for your other computers.',
                )
              )
                return;
              void act(async () => {
                const next = await desktop.leaveSyncFolder();
                await clearSyncState(db);
                setSyncStatus({ report: null, problem: null });
                return next;
              });
            }}
          >
            Remove this computer
          </button>
        </>
      )}
    </>
  );
}

function PassphraseForm({ isBusy, onSubmit }: { isBusy: boolean; onSubmit: (passphrase: string) => void }) {
  const [passphrase, setPassphrase] = useState('');
  const [repeated, setRepeated] = useState('');
  const isMismatch = repeated !== '' && repeated !== passphrase;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (isMismatch || passphrase === '') return;
    onSubmit(passphrase);
  };
  return (
    <form className="sync-passphrase" onSubmit={submit}>
      <p>
        The files in the sync folder are encrypted with this passphrase. On a computer joining a folder your other computers use, give the
        passphrase you chose there. Without it, no one can read the folder, and neither can the app: keep it somewhere safe.
      </p>
      <Field label="Sync passphrase">
        {(id) => (
          <input
            id={id}
            type="password"
            autoComplete="new-password"
            value={passphrase}
            onChange={(event) => setPassphrase(event.target.value)}
          />
        )}
      </Field>
      <Field label="Repeat the sync passphrase">
        {(id) => (
          <input
            id={id}
            type="password"
            autoComplete="new-password"
            aria-invalid={isMismatch}
            value={repeated}
            onChange={(event) => setRepeated(event.target.value)}
          />
        )}
      </Field>
      {isMismatch && <p className="data-status error">The two passphrases differ.</p>}
      <button type="submit" disabled={isBusy || passphrase === '' || repeated !== passphrase}>
        Use this passphrase
      </button>
    </form>
  );
}

function DeviceName({ settings, isBusy, onRename }: { settings: SyncSettingsView; isBusy: boolean; onRename: (name: string) => void }) {
  const [name, setName] = useState(settings.deviceName);
  return (
    <form
      className="sync-device-name"
      onSubmit={(event) => {
        event.preventDefault();
        if (name.trim() !== '' && name.trim() !== settings.deviceName) onRename(name.trim());
      }}
    >
      <Field label="This computer’s name">
        {(id) => <input id={id} value={name} maxLength={80} onChange={(event) => setName(event.target.value)} />}
      </Field>
      <button type="submit" disabled={isBusy || name.trim() === '' || name.trim() === settings.deviceName}>
        Rename
      </button>
    </form>
  );
}

/** The entries edited on two computers whose changes overlap, each a link to settle it. */
function ConflictList() {
  const openPanel = useUiStore((state) => state.openPanel);
  const conflicts = useLiveQuery(async () => {
    const records = await conflictedRecords(db);
    const entries = await db.entries.bulkGet(records.map((record) => record.id));
    return entries.flatMap((entry) => (entry ? [{ id: entry.id, title: entry.title }] : []));
  }, []);
  if (!conflicts || conflicts.length === 0) return null;
  return (
    <div className="sync-conflicts">
      <h3>Edited on two computers</h3>
      <p>These entries were changed on two computers in the same place. Open each to choose the text to keep.</p>
      <ul>
        {conflicts.map((entry) => (
          <li key={entry.id}>
            <button
              type="button"
              className="link-button"
              onClick={() => {
                openPanel({ mode: 'view', entryId: entry.id });
                navigateTo('journal');
              }}
            >
              {entry.title || 'Untitled entry'}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

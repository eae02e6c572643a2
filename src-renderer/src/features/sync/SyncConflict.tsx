import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { db } from '../../db/database';
import { keepBodyVersion } from '../../db/syncRepository';
import { resolveBody } from '../../domain/sync/bodyVersions';
import { stampDevice, stampTime } from '../../domain/sync/hybridClock';
import { readStoredSyncRecord, syncRecordKey } from '../../domain/sync/syncRecord';
import { useUiStore } from '../../store/uiStore';
import { formatInstant } from '../data/dataTask';
import { requestSync } from './useSyncRunner';

/**
 * Shown on an entry whose body was edited on two computers in the same place: both texts side by
 * side, each with "Keep this one". Nothing is lost meanwhile: every computer keeps both texts and
 * shows the newer one until the user chooses, and the choice then reaches every computer.
 */
export function SyncConflict({ entryId }: { entryId: string }) {
  const record = useLiveQuery(async () => {
    const stored = await db.syncRecords.get(syncRecordKey('entries', entryId));
    return stored === undefined ? undefined : readStoredSyncRecord(stored);
  }, [entryId]);
  const { settings, report } = useUiStore((state) => state.sync);
  const [problem, setProblem] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);
  if (record?.conflict !== 1 || record.bodies === undefined) return null;
  const versions = resolveBody(record.bodies).conflicting;
  if (versions.length < 2) return null;
  const nameOf = (deviceId: string) => {
    if (deviceId === settings?.deviceId) return 'this computer';
    const device = report?.devices.find((candidate) => (candidate.info?.deviceId ?? candidate.deviceId) === deviceId);
    return device?.info?.name ?? 'another computer';
  };
  const keep = async (text: string) => {
    if (settings === null) return;
    setBusy(true);
    setProblem(null);
    try {
      await keepBodyVersion(db, settings.deviceId, () => Date.now(), entryId, text, new Date().toISOString());
      await requestSync();
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="sync-conflict" aria-labelledby={`sync-conflict-${entryId}`}>
      <h3 id={`sync-conflict-${entryId}`}>Edited on two computers</h3>
      <p>
        This entry’s text was changed on two computers in the same place, so both texts are kept. Choose the one to keep: your other
        computers follow at their next sync. Until then the newer text is shown.
      </p>
      {problem && (
        <p role="alert" className="data-status error">
          {problem}
        </p>
      )}
      <div className="sync-conflict-versions">
        {versions.map((version) => {
          const source = nameOf(stampDevice(version.clock));
          const when = formatInstant(new Date(stampTime(version.clock)).toISOString());
          return (
            <section key={version.clock} className="sync-conflict-version" aria-label={`Text from ${source}, ${when}`}>
              <h4>
                From {source}, {when}
              </h4>
              <div className="sync-conflict-text">{version.text}</div>
              <button type="button" disabled={isBusy || settings === null} onClick={() => void keep(version.text)}>
                Keep this one
              </button>
            </section>
          );
        })}
      </div>
    </section>
  );
}

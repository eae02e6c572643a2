import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { usePendingCommand } from '../../appCommands';
import { db } from '../../db/database';
import { deletePacket, listPackets, savePacket } from '../../db/packetsRepository';
import { listReviews } from '../../db/reviewsRepository';
import { formatLocalDate, todayLocalDate } from '../../domain/dates';
import { duplicatePacket, newPacket } from '../../domain/packet/packet';
import type { Packet } from '../../domain/types';
import { desktop } from '../../platform/desktop';
import { useActiveFramework, useJournalEntries } from '../../hooks/useJournalData';
import { useUiStore } from '../../store/uiStore';
import { PacketBuilder } from './PacketBuilder';

/** Saved promotion packets, and the builder for the one chosen. */
export function PacketScreen() {
  const packets = useLiveQuery(() => listPackets(db), []);
  const reviews = useLiveQuery(() => listReviews(db), []);
  const journal = useJournalEntries();
  const framework = useActiveFramework();
  const showNotice = useUiStore((state) => state.showNotice);
  const [chosenId, setChosenId] = useState<string | null>(null);
  // The desktop readies a print window in the background, so Export PDF only has to draw.
  useEffect(() => {
    desktop.preparePdfExport().catch((error: unknown) => console.warn('Could not prepare PDF export:', error));
  }, []);
  const chosen = packets?.find((packet) => packet.id === chosenId) ?? packets?.[0];
  const isReady = packets !== undefined && reviews !== undefined && journal?.isComplete === true;

  // With no packet to export, the menu's Export packet as PDF explains what to do.
  usePendingCommand(
    'export-packet-pdf',
    () => showNotice({ tone: 'info', message: 'There is no packet to export yet: choose “New packet” first.' }),
    packets !== undefined && packets.length === 0,
  );

  async function create(packet: Packet) {
    await savePacket(db, packet);
    setChosenId(packet.id);
  }

  async function remove(packet: Packet) {
    await deletePacket(db, packet.id);
    showNotice({ tone: 'info', message: `Deleted “${packet.title}”.`, undo: () => savePacket(db, packet).then(() => undefined) });
  }

  return (
    <div className="packet-screen">
      <header className="screen-header">
        <h1>Packet</h1>
        <button
          type="button"
          className="primary"
          disabled={!isReady}
          onClick={() => journal && void create(newPacket(new Date(), todayLocalDate(), journal.entries))}
        >
          New packet
        </button>
      </header>
      {!isReady ? (
        <p className="entry-count" role="status">
          Loading…
        </p>
      ) : packets.length === 0 || !chosen ? (
        <div className="empty-state">
          <p>
            No packets yet. A packet gathers your evidence by competency, with the scope chart, highlights and feedback, into a document to
            print or share.
          </p>
          <p className="muted">“New packet” starts one with the last twelve months’ best evidence selected.</p>
        </div>
      ) : (
        <>
          <nav className="packet-list" aria-label="Saved packets">
            <ul>
              {packets.map((packet) => (
                <li key={packet.id}>
                  <button type="button" aria-current={packet.id === chosen.id ? 'true' : undefined} onClick={() => setChosenId(packet.id)}>
                    <bdi>{packet.title}</bdi> <span className="muted">· {formatLocalDate(packet.updatedAt.slice(0, 10))}</span>
                  </button>
                  <button
                    type="button"
                    className="link-button"
                    aria-label={`Duplicate “${packet.title}”`}
                    onClick={() => void create(duplicatePacket(packet, new Date()))}
                  >
                    Duplicate
                  </button>
                  <button
                    type="button"
                    className="link-button danger"
                    aria-label={`Delete “${packet.title}”`}
                    onClick={() => void remove(packet)}
                  >
                    Delete
                  </button>
                </li>
              ))}
            </ul>
          </nav>
          <PacketBuilder key={chosen.id} packet={chosen} entries={journal.entries} framework={framework} reviews={reviews} />
        </>
      )}
    </div>
  );
}

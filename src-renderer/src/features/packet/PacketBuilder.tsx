import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { db } from '../../db/database';
import { savePacket } from '../../db/packetsRepository';
import { assembleUnredacted } from '../../domain/packet/assemblePacket';
import { draftNarratives } from '../../domain/packet/narrativeDraft';
import { suggestPacketEntries } from '../../domain/packet/packet';
import { listPacketNames, redactTickedNames } from '../../domain/packet/packetNames';
import { collectPeopleNames } from '../../domain/packet/redaction';
import type { Entry, Framework, Packet, QuarterlyReview } from '../../domain/types';
import { EvidencePicker } from './EvidencePicker';
import { NamesToRedact } from './NamesToRedact';
import { NarrativeFields } from './NarrativeFields';
import { PacketDocument } from './PacketDocument';
import { PacketExportBar } from './PacketExportBar';
import { PacketSettings } from './PacketSettings';
import { Readiness } from './Readiness';

interface PacketBuilderProps {
  packet: Packet;
  entries: readonly Entry[];
  framework: Framework;
  reviews: readonly QuarterlyReview[];
}

/** How long typing may pause before the packet is written. */
const saveDelayMs = 400;

/**
 * Builds one packet: its settings, the evidence, a narrative per competency, and a live preview
 * of exactly what prints. Edits are saved shortly after typing stops, and always before leaving
 * or exporting.
 */
export function PacketBuilder({ packet: stored, entries, framework, reviews }: PacketBuilderProps) {
  const [packet, setPacket] = useState(stored);
  const pending = useRef<Packet | null>(null);
  const timer = useRef<number | undefined>(undefined);
  const previewRef = useRef<HTMLDivElement>(null);

  const flush = useCallback(async () => {
    window.clearTimeout(timer.current);
    const next = pending.current;
    pending.current = null;
    if (next) await savePacket(db, next);
  }, []);

  useEffect(() => () => void flush(), [flush]);

  function update(changes: Partial<Packet>) {
    const next = { ...packet, ...changes };
    setPacket(next);
    pending.current = next;
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => void flush(), saveDelayMs);
  }

  const suggestions = useMemo(
    () => suggestPacketEntries(entries, packet.periodStart, packet.periodEnd),
    [entries, packet.periodStart, packet.periodEnd],
  );
  // The same steps as `assemblePacket`, kept apart so "Names to redact" lists what the packet
  // shows before redaction, and the preview is exactly what prints.
  const unredacted = useMemo(() => assembleUnredacted(packet, entries, framework, reviews), [packet, entries, framework, reviews]);
  const people = useMemo(() => collectPeopleNames(entries), [entries]);
  const names = useMemo(
    () => listPacketNames(unredacted, people, packet.redaction, packet.authorName),
    [unredacted, people, packet.redaction, packet.authorName],
  );
  const isRedacting = packet.options.redactPeople;
  const assembled = useMemo(() => (isRedacting ? redactTickedNames(unredacted, names) : unredacted), [isRedacting, unredacted, names]);

  return (
    <div className="packet-builder">
      <div className="packet-form">
        <PacketSettings packet={packet} update={update} />
        <EvidencePicker suggestions={suggestions} selected={packet.entryIds} onChange={(entryIds) => update({ entryIds })} />
        <Readiness packet={packet} entries={entries} framework={framework} />
        <fieldset>
          <legend>Narratives</legend>
          <NarrativeFields
            packet={packet}
            sections={assembled.competencySections}
            framework={framework}
            draft={() => draftNarratives(packet, entries)}
            update={update}
          />
        </fieldset>
        <NamesToRedact
          names={names}
          redaction={packet.redaction}
          isRedacting={isRedacting}
          authorName={packet.authorName}
          onChange={(redaction) => update({ redaction })}
        />
        <PacketExportBar packet={packet} assembled={assembled} previewRef={previewRef} flush={flush} />
      </div>
      <section className="packet-preview" aria-label="Preview">
        <div className="print-view" ref={previewRef}>
          <PacketDocument packet={assembled} />
        </div>
      </section>
    </div>
  );
}

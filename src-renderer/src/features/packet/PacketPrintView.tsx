import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useRef } from 'react';
import { printReadyAttribute } from '../../../../src-main/shared/contract';
import { db } from '../../db/database';
import { listReviews } from '../../db/reviewsRepository';
import { assemblePacket } from '../../domain/packet/assemblePacket';
import { packetDocumentTitle } from '../../domain/packet/packet';
import type { Entry } from '../../domain/types';
import { useActiveFramework, useJournalEntries } from '../../hooks/useJournalData';
import { PacketDocument } from './PacketDocument';
import { onePageWidth, onePageZoom } from './onePageFit';

/** Marks the page ready (or failed) for whoever prints it: the desktop's hidden window or a test. */
function setPrintReady(state: 'true' | 'error' | null): void {
  if (state === null) document.documentElement.removeAttribute(printReadyAttribute);
  else document.documentElement.setAttribute(printReadyAttribute, state);
}

/**
 * The print view at `#/print/packet/<id>`: the packet alone, laid out for paper. Once everything
 * has drawn — the chart's bars and the appendix's images included — it sets `data-print-ready="true"` on `<html>`.
 */
export function PacketPrintView({ packetId }: { packetId: string }) {
  const packet = useLiveQuery(async () => (await db.packets.get(packetId)) ?? null, [packetId]);
  // Only the packet's own entries — unless redacting, which needs every entry's people, since a
  // chosen entry's body can name someone listed only on another entry.
  const isRedacting = packet?.options.redactPeople === true;
  const chosenEntries = useLiveQuery(async () => {
    if (!packet || isRedacting) return undefined;
    const chosen = await db.entries.bulkGet(packet.entryIds);
    return chosen.filter((entry): entry is Entry => entry !== undefined && entry.deletedAt === null);
  }, [packet, isRedacting]);
  // The whole journal comes from the shared in-memory model, kept current by the change feed.
  const journal = useJournalEntries();
  const entries = isRedacting ? (journal?.isComplete ? journal.entries : undefined) : chosenEntries;
  const reviews = useLiveQuery(() => listReviews(db), []);
  const framework = useActiveFramework();
  const documentRef = useRef<HTMLDivElement>(null);
  const onePageRef = useRef<HTMLDivElement>(null);

  const assembled = useMemo(
    () => (packet && entries && reviews ? assemblePacket(packet, entries, framework, reviews) : null),
    [packet, entries, reviews, framework],
  );

  const pageSize = packet?.options.pageSize ?? 'A4';

  // The document's title is the PDF's title: a reader shows the packet's, not the app's name.
  const title = packet?.title;
  useEffect(() => {
    if (title === undefined) return;
    const appTitle = document.title;
    document.title = packetDocumentTitle(title);
    return () => {
      document.title = appTitle;
    };
  }, [title]);

  useEffect(() => {
    if (packet === null) {
      setPrintReady('error');
      return;
    }
    if (!assembled) return;
    let frame = 0;
    // A one-page summary must print as one page whatever the summary's length or the number of
    // competencies: measured at the page's width, it is scaled down when it would overflow.
    const fitOnePage = () => {
      const frameElement = onePageRef.current;
      if (!frameElement) return;
      frameElement.style.zoom = '';
      frameElement.style.zoom = String(onePageZoom(frameElement.getBoundingClientRect().height, pageSize));
    };
    const hasBars = assembled.scopeRows.some((row) => row.total > 0);
    // Wait until the chart's bars exist (when there is data) and every image is read and loaded
    // (a broken one counts as loaded: it must not hold the PDF up), then one more frame for paint.
    const check = (remaining: number) => {
      frame = requestAnimationFrame(() => {
        const root = documentRef.current;
        const isDrawn =
          (!hasBars || root?.querySelector('.print-chart .recharts-bar-rectangle') != null) &&
          root?.querySelector('[data-print-pending]') == null &&
          Array.from(root?.querySelectorAll('img') ?? []).every((image) => image.complete);
        if (isDrawn && remaining <= 0) {
          fitOnePage();
          setPrintReady('true');
        } else check(isDrawn ? remaining - 1 : remaining);
      });
    };
    check(1);
    return () => {
      cancelAnimationFrame(frame);
      setPrintReady(null);
    };
  }, [packet, assembled, pageSize]);

  if (packet === null) {
    return (
      <main className="print-view">
        <p role="alert">This packet no longer exists.</p>
      </main>
    );
  }
  return (
    <main className="print-view" ref={documentRef}>
      {!assembled ? (
        <p className="print-muted">Preparing the packet…</p>
      ) : assembled.onePage ? (
        <div ref={onePageRef} style={{ width: onePageWidth(pageSize) }}>
          <PacketDocument packet={assembled} />
        </div>
      ) : (
        <PacketDocument packet={assembled} />
      )}
    </main>
  );
}

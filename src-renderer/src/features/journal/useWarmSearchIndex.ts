import { useEffect } from 'react';
import type { JournalSearch } from '../../domain/entries/journalSearch';
import type { Entry } from '../../domain/types';

/** Entries prepared at a time: a few milliseconds for entries never seen, far less for known ones. */
const chunkSize = 250;
/** Idle time left unused at the end of a slice, so the next frame is never late. */
const idleMarginMs = 3;

/**
 * Prepares the journal's search while the app is idle (every entry's search text and words), so
 * the first keystroke of a search costs no more than the tenth. Each idle slice prepares as much as
 * its idle time allows (one chunk when it had to run without any), so a journal changed by a save,
 * whose entries are all known, is ready again within a slice or two. Also drops entries that are
 * gone, so the index never outgrows the journal.
 */
export function useWarmSearchIndex(search: JournalSearch, entries: readonly Entry[] | undefined): void {
  useEffect(() => {
    if (!entries) return;
    search.index.retainOnly(entries);
    let handle = 0;
    const schedule = (work: (deadline?: IdleDeadline) => void) =>
      typeof requestIdleCallback === 'function' ? requestIdleCallback(work, { timeout: 500 }) : window.setTimeout(work, 0);
    const cancel = (id: number) => (typeof cancelIdleCallback === 'function' ? cancelIdleCallback(id) : window.clearTimeout(id));
    const prepareSlice = (deadline?: IdleDeadline) => {
      let isReady = search.prepare(entries, chunkSize);
      while (!isReady && deadline && deadline.timeRemaining() > idleMarginMs) isReady = search.prepare(entries, chunkSize);
      if (!isReady) handle = schedule(prepareSlice);
    };
    handle = schedule(prepareSlice);
    return () => cancel(handle);
  }, [search, entries]);
}

import { useEffect } from 'react';
import type { JournalSearch } from '../../domain/entries/journalSearch';
import type { Entry } from '../../domain/types';

/** Entries prepared per idle slice: small enough never to make a long task. */
const sliceSize = 500;

/**
 * Prepares the journal's search while the app is idle (every entry's search text and words), so
 * the first keystroke of a search costs no more than the tenth. Also drops entries that are gone,
 * so the index never outgrows the journal.
 */
export function useWarmSearchIndex(search: JournalSearch, entries: readonly Entry[] | undefined): void {
  useEffect(() => {
    if (!entries) return;
    search.index.retainOnly(entries);
    let handle = 0;
    const schedule = (work: () => void) =>
      typeof requestIdleCallback === 'function' ? requestIdleCallback(work, { timeout: 500 }) : window.setTimeout(work, 0);
    const cancel = (id: number) => (typeof cancelIdleCallback === 'function' ? cancelIdleCallback(id) : window.clearTimeout(id));
    const prepareSlice = () => {
      if (!search.prepare(entries, sliceSize)) handle = schedule(prepareSlice);
    };
    handle = schedule(prepareSlice);
    return () => cancel(handle);
  }, [search, entries]);
}

import { useEffect } from 'react';
import type { SearchIndex } from '../../domain/entries/search';
import type { Entry } from '../../domain/types';

/** Entries prepared per idle slice: small enough never to make a long task. */
const sliceSize = 1_000;

/**
 * Prepares every entry's search text while the app is idle, so the first keystroke of a search
 * costs no more than the tenth. Also drops entries that are gone, so the cache never outgrows
 * the journal.
 */
export function useWarmSearchIndex(index: SearchIndex, entries: readonly Entry[] | undefined): void {
  useEffect(() => {
    if (!entries) return;
    index.retainOnly(entries);
    let next = 0;
    let handle = 0;
    const schedule = (work: () => void) =>
      typeof requestIdleCallback === 'function' ? requestIdleCallback(work, { timeout: 500 }) : window.setTimeout(work, 0);
    const cancel = (id: number) => (typeof cancelIdleCallback === 'function' ? cancelIdleCallback(id) : window.clearTimeout(id));
    const prepareSlice = () => {
      const end = Math.min(entries.length, next + sliceSize);
      for (; next < end; next++) {
        const entry = entries[next];
        if (entry) index.documentFor(entry);
      }
      if (next < entries.length) handle = schedule(prepareSlice);
    };
    handle = schedule(prepareSlice);
    return () => cancel(handle);
  }, [index, entries]);
}

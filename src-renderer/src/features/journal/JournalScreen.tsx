import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { JournalSearch } from '../../domain/entries/journalSearch';
import { hasActiveFilters, noFilters, queryTerms, type TagCount } from '../../domain/entries/search';
import type { Entry } from '../../domain/types';
import { searchInputId } from '../../hooks/useGlobalShortcuts';
import { navigateTo, trashRoute, useIsTrashOpen } from '../../hooks/useHashRoute';
import { useActiveFramework, useFirstRunState, useJournalEntries, useTrashCount } from '../../hooks/useJournalData';
import { useUiStore } from '../../store/uiStore';
import { draftToRestore } from './editorDraftStorage';
import { EntryList } from './EntryList';
import { EntryPanel } from './EntryPanel';
import { FilterBar } from './FilterBar';
import { FirstRun } from './FirstRun';
import { entryCountLabel } from './journalRows';
import { TrashList } from './TrashList';
import { useWarmSearchIndex } from './useWarmSearchIndex';

const noEntries: Entry[] = [];
const noTags: readonly TagCount[] = [];
/** How many matches a ranked search lists before "Show all matches". */
const rankedListLimit = 500;
/** Journals up to this many entries are searched within the keystroke's own render. */
const searchWithKeystrokeUpTo = 20_000;

export function JournalScreen() {
  const journal = useJournalEntries();
  const framework = useActiveFramework();
  const firstRun = useFirstRunState();
  const trashCount = useTrashCount();
  const filters = useUiStore((state) => state.filters);
  const setFilters = useUiStore((state) => state.setFilters);
  const clearFilters = useUiStore((state) => state.clearFilters);
  const isTrashOpen = useIsTrashOpen();
  const panel = useUiStore((state) => state.panel);
  const openPanel = useUiStore((state) => state.openPanel);
  const closePanel = useUiStore((state) => state.closePanel);
  // One search (its index and recent results) per mounted journal; useState keeps the same instance.
  const [journalSearch] = useState(() => new JournalSearch());

  // A search over a journal this size fits in a frame or two, so it runs with the keystroke in
  // one commit. Over a larger one it is deferred: the typed character shows at once and the
  // list follows at a lower priority (a second commit is cheaper than a blocked keystroke).
  // Below that size nothing is deferred, not even a copy: it would cost a render per keystroke.
  const isDeferred = (journal?.entries.length ?? 0) > searchWithKeystrokeUpTo;
  const filtersAfterKeystroke = useDeferredValue(isDeferred ? filters : noFilters);
  const appliedFilters = isDeferred ? filtersAfterKeystroke : filters;
  const isFiltering = hasActiveFilters(appliedFilters);
  // Until the whole journal has loaded, only the unfiltered first page can be shown truthfully.
  const entries = journal && (journal.isComplete || !isFiltering) ? journal.entries : undefined;
  const visibleEntries = useMemo(
    () => (entries ? journalSearch.search(entries, appliedFilters) : noEntries),
    [entries, appliedFilters, journalSearch],
  );
  const visibleCount = journal && !isFiltering ? journal.totalCount : visibleEntries.length;
  const isRanked = queryTerms(appliedFilters.text).length > 0;
  // A ranked search lists its best matches; the rest on request. The count still says how many.
  const [showAllMatchesFor, setShowAllMatchesFor] = useState<string | null>(null);
  const isCapped = isRanked && showAllMatchesFor !== appliedFilters.text && visibleEntries.length > rankedListLimit;
  const listedEntries = useMemo(() => (isCapped ? visibleEntries.slice(0, rankedListLimit) : visibleEntries), [isCapped, visibleEntries]);
  useWarmSearchIndex(journalSearch, journal?.isComplete ? journal.entries : undefined);

  // Unsaved work from before a reload or a trip to another screen comes back where it was.
  useEffect(() => {
    if (useUiStore.getState().panel.mode !== 'closed') return;
    const saved = draftToRestore();
    if (saved)
      openPanel(
        'entryId' in saved.target
          ? { mode: 'edit', entryId: saved.target.entryId }
          : { mode: 'new', kind: saved.form.kind, draftId: saved.target.newDraftId },
      );
  }, [openPanel]);

  // The trash lists entries, not an entry: however it was reached (its button, back, a link), the
  // side panel closes. A draft in it is kept and comes back with the editor.
  useEffect(() => {
    if (isTrashOpen) closePanel();
  }, [isTrashOpen, closePanel]);

  // Until the database says whether this is a first run, neither the journal nor the welcome is
  // drawn: a click in that moment would land on a screen about to be replaced.
  if (firstRun.isLoading) {
    return (
      <p className="entry-count" role="status">
        Opening your journal…
      </p>
    );
  }
  if (firstRun.needsFirstRun && panel.mode === 'closed') return <FirstRun />;

  return (
    <div className={`journal-screen${panel.mode === 'closed' ? '' : ' has-panel'}`}>
      <section className="journal-main" aria-labelledby="journal-heading">
        <header className="screen-header">
          <h1 id="journal-heading">{isTrashOpen ? 'Trash' : 'Journal'}</h1>
          {!isTrashOpen && (
            <>
              <input
                id={searchInputId}
                className="search-input"
                type="search"
                aria-label="Search entries"
                placeholder="Search entries  /"
                value={filters.text}
                onChange={(event) => setFilters({ text: event.target.value })}
                onKeyDown={(event) => {
                  if (event.key === 'Escape') setFilters({ text: '' });
                }}
              />
              <button
                type="button"
                className="primary"
                onClick={() => openPanel({ mode: 'new', kind: 'win' })}
                aria-keyshortcuts="Control+N Meta+N"
              >
                New entry
              </button>
            </>
          )}
          <button
            type="button"
            className="trash-toggle"
            onClick={() => {
              if (isTrashOpen) navigateTo('journal');
              else window.location.hash = trashRoute;
            }}
            aria-pressed={isTrashOpen}
          >
            {isTrashOpen ? 'Back to journal' : `Trash (${trashCount})`}
          </button>
        </header>
        {isTrashOpen ? (
          <TrashList />
        ) : (
          <>
            <FilterBar tags={journal?.tags ?? noTags} framework={framework} />
            <p className="entry-count" role="status" aria-live="polite">
              {entries === undefined ? 'Loading…' : entryCountLabel(visibleCount)}
              {isRanked && entries !== undefined && <span className="muted"> · best matches first</span>}
            </p>
            {entries !== undefined && visibleEntries.length === 0 ? (
              <div className="empty-state">
                {hasActiveFilters(filters) ? (
                  <>
                    <p>No entries match these filters.</p>
                    <button type="button" onClick={clearFilters}>
                      Clear filters
                    </button>
                  </>
                ) : (
                  <>
                    <p>Your journal is empty. Capture your first piece of evidence: a win, a decision, some feedback.</p>
                    <p className="muted">Press Ctrl+N (⌘N on a Mac) from anywhere to start one.</p>
                  </>
                )}
              </div>
            ) : (
              <>
                <EntryList entries={listedEntries} isGrouped={!isRanked} isBusy={!journal?.isComplete} label="Entries" />
                {isCapped && (
                  <p className="more-matches">
                    Showing the best {rankedListLimit.toLocaleString('en-US')} of {visibleEntries.length.toLocaleString('en-US')} matches.{' '}
                    <button type="button" className="link-button" onClick={() => setShowAllMatchesFor(appliedFilters.text)}>
                      Show all matches
                    </button>
                  </p>
                )}
              </>
            )}
          </>
        )}
      </section>
      {panel.mode !== 'closed' && <EntryPanel panel={panel} framework={framework} />}
    </div>
  );
}

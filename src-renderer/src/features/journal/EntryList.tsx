import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { monthLabel } from '../../domain/dates';
import type { Entry } from '../../domain/types';
import { useUiStore } from '../../store/uiStore';
import { EntryCard } from './EntryCard';
import { journalRowsFor } from './journalRows';
import { useEntryActions } from './useEntryActions';

/** Row heights in rem; styles.css lays each card out to fit exactly. */
const entryRowRem = 7.5;
const monthRowRem = 3;

interface EntryListProps {
  entries: readonly Entry[];
  /** Month headings for a timeline; none for a ranked search. */
  isGrouped: boolean;
  /** True while more entries are still loading. */
  isBusy: boolean;
  label: string;
}

/**
 * The timeline — month headings and one article per entry — virtualised so it stays smooth at any size: only the rows in view exist in the
 * DOM. Keyboard: ↑/↓ or j/k move, Home/End jump, Enter opens, e edits, s stars, Delete trashes.
 */
export const EntryList = memo(function EntryList({ entries, isGrouped, isBusy, label }: EntryListProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const rows = journalRowsFor(entries, isGrouped);
  // The layout the virtualizer knows: kept while new rows have the same keys in the same places
  // (an edit that moved nothing), so a save in a long journal does not lay every row out again.
  const [layout, setLayout] = useState({ rows, keys: rows });
  let keys = layout.keys;
  if (layout.rows !== rows) {
    keys = rows.hasSameKeys(layout.keys) ? layout.keys : rows;
    setLayout({ rows, keys });
  }
  // Rows have fixed heights (in rem, so they follow the user's font size): the virtualizer knows
  // every offset without measuring, and a new result set never needs a second layout pass.
  const [rootFontSize] = useState(() => parseFloat(getComputedStyle(document.documentElement).fontSize) || 16);
  // Stable callbacks: the virtualizer recomputes every row's offset whenever these change.
  const estimateSize = useCallback(
    (index: number) => (keys.isMonth(index) ? monthRowRem : entryRowRem) * rootFontSize,
    [keys, rootFontSize],
  );
  const getItemKey = useCallback((index: number) => keys.keyAt(index) ?? index, [keys]);
  const selectedEntryId = useUiStore((state) => state.selectedEntryId);
  const selectEntry = useUiStore((state) => state.selectEntry);
  const openPanel = useUiStore((state) => state.openPanel);
  const { moveToTrash, toggleStar } = useEntryActions();

  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize,
    getItemKey,
    overscan: 8,
  });

  const selectedIndex = useMemo(
    () => (selectedEntryId ? entries.findIndex((entry) => entry.id === selectedEntryId) : -1),
    [entries, selectedEntryId],
  );

  const open = useCallback((entry: Entry) => openPanel({ mode: 'view', entryId: entry.id }), [openPanel]);

  const moveSelection = useCallback(
    (index: number) => {
      const entryIndex = Math.max(0, Math.min(entries.length - 1, index));
      const entry = entries[entryIndex];
      if (!entry) return;
      selectEntry(entry.id);
      virtualizer.scrollToIndex(rows.rowOfEntry(entryIndex), { align: 'auto' });
      requestAnimationFrame(() => {
        scrollRef.current?.querySelector<HTMLElement>(`[data-entry-id="${CSS.escape(entry.id)}"]`)?.focus();
      });
    },
    [entries, rows, selectEntry, virtualizer],
  );

  // Keep a selection that still exists; otherwise the first entry is where the keyboard starts.
  const focusableId = selectedIndex >= 0 ? selectedEntryId : (entries[0]?.id ?? null);

  useEffect(() => {
    if (entries.length === 0) virtualizer.scrollToOffset(0);
  }, [entries.length, virtualizer]);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.target instanceof HTMLElement && event.target.closest('button, a, input, textarea, select')) return;
    const current = selectedIndex >= 0 ? selectedIndex : -1;
    const selected = entries[current];
    const handlers: Record<string, () => void> = {
      ArrowDown: () => moveSelection(current + 1),
      j: () => moveSelection(current + 1),
      ArrowUp: () => moveSelection(current - 1),
      k: () => moveSelection(current - 1),
      Home: () => moveSelection(0),
      End: () => moveSelection(entries.length - 1),
      PageDown: () => moveSelection(current + 5),
      PageUp: () => moveSelection(current - 5),
      Enter: () => selected && open(selected),
      e: () => selected && openPanel({ mode: 'edit', entryId: selected.id }),
      s: () => selected && void toggleStar(selected),
      Delete: () => {
        if (!selected) return;
        void moveToTrash(selected);
        moveSelection(current + 1 < entries.length ? current + 1 : current - 1);
      },
    };
    const handler = handlers[event.key];
    if (handler && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      handler();
    }
  }

  return (
    <div
      ref={scrollRef}
      className="entry-list-scroll"
      role="region"
      aria-label={label}
      aria-busy={isBusy}
      onKeyDown={onKeyDown}
      onFocus={(event) => {
        const id = (event.target as HTMLElement).dataset['entryId'];
        if (id && id !== selectedEntryId) selectEntry(id);
      }}
    >
      <div className="entry-list-canvas" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows.at(item.index);
          if (!row) return null;
          return (
            <div
              key={item.key}
              data-index={item.index}
              className="entry-list-row"
              style={{ transform: `translateY(${item.start}px)`, height: item.size }}
            >
              {row.type === 'month' ? (
                <div className="month-heading">
                  <h2>{monthLabel(row.month)}</h2>
                  <span className="month-count" aria-hidden="true">
                    {row.count}
                  </span>
                </div>
              ) : (
                <EntryCard
                  entry={row.entry}
                  isSelected={row.entry.id === selectedEntryId}
                  isFocusable={row.entry.id === focusableId}
                  position={row.position}
                  total={entries.length}
                  onOpen={open}
                />
              )}
            </div>
          );
        })}
      </div>
    </div>
  );
});

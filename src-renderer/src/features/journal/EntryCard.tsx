import { memo } from 'react';
import { formatLocalDate } from '../../domain/dates';
import { kindLabel } from '../../domain/entries/entryKinds';
import { scopeLabel } from '../../domain/scopeLevels';
import type { Entry } from '../../domain/types';

interface EntryCardProps {
  entry: Entry;
  isSelected: boolean;
  /** The one card Tab reaches: the selection, or the first card before anything is selected. */
  isFocusable: boolean;
  position: number;
  total: number;
  onOpen: (entry: Entry) => void;
}

function excerpt(markdown: string): string {
  const plain = markdown
    .replace(/[#>*_`[\]()-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return plain.length > 180 ? `${plain.slice(0, 177)}…` : plain;
}

/** One entry in the timeline: an article whose heading is the entry's title. */
export const EntryCard = memo(function EntryCard({ entry, isSelected, isFocusable, position, total, onOpen }: EntryCardProps) {
  const headingId = `entry-title-${entry.id}`;
  return (
    <article
      className={`entry-card${isSelected ? ' is-selected' : ''}`}
      aria-labelledby={headingId}
      aria-posinset={position}
      aria-setsize={total}
      data-entry-id={entry.id}
      tabIndex={isFocusable ? 0 : -1}
      onClick={() => onOpen(entry)}
    >
      <div className="entry-card-meta">
        <time dateTime={entry.occurredOn}>{formatLocalDate(entry.occurredOn)}</time>
        <span className={`badge kind-${entry.kind}`}>{kindLabel(entry.kind)}</span>
        <span className={`badge scope-${entry.scope}`}>{scopeLabel(entry.scope)}</span>
        {entry.starred && (
          <span className="star" role="img" aria-label="Starred">
            ★
          </span>
        )}
      </div>
      <h3 id={headingId} className="entry-card-title">
        <bdi>{entry.title}</bdi>
      </h3>
      {entry.impact ? <p className="entry-card-impact">{entry.impact}</p> : <p className="entry-card-excerpt">{excerpt(entry.body)}</p>}
      {entry.tags.length > 0 && (
        <ul className="tag-list" aria-label="Tags">
          {entry.tags.map((tag) => (
            <li key={tag}>#{tag}</li>
          ))}
        </ul>
      )}
    </article>
  );
});

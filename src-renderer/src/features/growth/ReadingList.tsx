import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import { db } from '../../db/database';
import { ensureReadingListSeeded } from '../../db/growthRepository';
import type { Entry, Framework } from '../../domain/types';
import { AddBookForm } from './AddBookForm';
import { ReadingItem } from './ReadingItem';
import { StatusMessage } from './StatusMessage';
import { errorMessage, type Status } from './status';

interface ReadingListProps {
  /** Every entry outside the trash; undefined until the whole journal has loaded. */
  entries: readonly Entry[] | undefined;
  framework: Framework;
}

/** Books toward the plan: their status and notes, and a learning entry for each one finished. */
export function ReadingList({ entries, framework }: ReadingListProps) {
  const items = useLiveQuery(() => db.readingList.toArray(), []);
  const [seedStatus, setSeedStatus] = useState<Status>(null);

  useEffect(() => {
    ensureReadingListSeeded(db).catch((error: unknown) =>
      setSeedStatus({ tone: 'error', message: `The starting reading list could not be added. ${errorMessage(error)}` }),
    );
  }, []);

  // Alphabetical, so a book stays where it is while its status or notes change.
  const books = useMemo(() => (items ? [...items].sort((first, second) => first.title.localeCompare(second.title)) : undefined), [items]);
  // The learning entries already in the journal, by title, so a finished book is not recorded twice.
  const learningEntryIds = useMemo(
    () => new Map((entries ?? []).filter((entry) => entry.kind === 'learning').map((entry) => [entry.title, entry.id])),
    [entries],
  );

  return (
    <section className="data-section growth-section" aria-labelledby="reading-list-heading">
      <h2 id="reading-list-heading">Reading list</h2>
      <StatusMessage status={seedStatus} />
      {!books ? (
        <p role="status">Loading the reading list…</p>
      ) : books.length === 0 ? (
        <p className="growth-empty">The reading list is empty. Add a book below.</p>
      ) : (
        <ul className="reading-list">
          {books.map((item) => (
            <li key={item.id}>
              <ReadingItem item={item} framework={framework} learningEntryId={learningEntryIds.get(`Finished “${item.title}”`)} />
            </li>
          ))}
        </ul>
      )}
      <AddBookForm titles={books?.map((book) => book.title) ?? []} />
    </section>
  );
}

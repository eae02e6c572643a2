import { useRef, useState } from 'react';
import { usePendingCommand } from '../../appCommands';
import { db } from '../../db/database';
import { recordOutcome } from '../../db/entriesRepository';
import { formatLocalDate } from '../../domain/dates';
import { kindLabel } from '../../domain/entries/entryKinds';
import type { Entry } from '../../domain/types';
import { useUiStore } from '../../store/uiStore';

function OutcomeForm({ entry }: { entry: Entry }) {
  const [outcome, setOutcome] = useState('');
  const showNotice = useUiStore((state) => state.showNotice);
  const fieldId = `outcome-${entry.id}`;
  return (
    <form
      className="outcome-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (!outcome.trim()) return;
        recordOutcome(db, entry.id, outcome).then(
          () => showNotice({ tone: 'info', message: `Recorded the outcome of “${entry.title}”.` }),
          (error: unknown) => showNotice({ tone: 'error', message: `Could not record the outcome: ${String(error)}` }),
        );
      }}
    >
      <label htmlFor={fieldId}>
        Outcome of “<bdi>{entry.title}</bdi>”
      </label>
      <textarea
        id={fieldId}
        rows={2}
        value={outcome}
        placeholder="What actually happened?"
        onChange={(event) => setOutcome(event.target.value)}
      />
      <button type="submit" disabled={!outcome.trim()}>
        Record outcome
      </button>
    </form>
  );
}

/** How many follow-ups are listed at first, and how many more each "Show more" adds. */
const pageSize = 10;

/**
 * Decisions and launches whose follow-up date has passed with no outcome on record, oldest first.
 * A long backlog shows a page at a time: each item is a form, and thousands of them would cost
 * more to lay out than any user could act on. `entries` is undefined while the journal loads.
 */
export function AwaitingOutcomePanel({ entries }: { entries: readonly Entry[] | undefined }) {
  const [shown, setShown] = useState(pageSize);
  const heading = useRef<HTMLHeadingElement>(null);
  // A follow-up reminder was clicked: bring this list into view.
  usePendingCommand('show-follow-ups', () => {
    heading.current?.scrollIntoView({ block: 'start' });
    heading.current?.focus();
  });
  const listed = entries?.slice(0, shown) ?? [];
  return (
    <section className="insight-panel" aria-labelledby="awaiting-heading">
      <h2 id="awaiting-heading" ref={heading} tabIndex={-1}>
        Awaiting outcome
      </h2>
      {entries === undefined ? (
        <p className="muted" role="status">
          Loading follow-ups…
        </p>
      ) : entries.length === 0 ? (
        <p className="muted">Nothing is waiting: every follow-up that has come has its outcome.</p>
      ) : (
        <>
          <p className="muted">
            {entries.length === 1 ? '1 follow-up is due' : `${entries.length.toLocaleString('en-US')} follow-ups are due`}, oldest first.
          </p>
          <ul className="awaiting-list">
            {listed.map((entry) => (
              <li key={entry.id}>
                <p className="muted">
                  {kindLabel(entry.kind)} of {formatLocalDate(entry.occurredOn)} · follow-up was due{' '}
                  {entry.followUpOn ? formatLocalDate(entry.followUpOn) : ''}
                </p>
                <OutcomeForm entry={entry} />
              </li>
            ))}
          </ul>
          {entries.length > listed.length && (
            <button type="button" className="link-button" onClick={() => setShown(shown + pageSize)}>
              Show {Math.min(pageSize, entries.length - listed.length)} more
            </button>
          )}
        </>
      )}
    </section>
  );
}

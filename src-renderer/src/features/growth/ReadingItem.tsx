import { useState } from 'react';
import { Field } from '../../components/Field';
import { SelectField } from '../../components/SelectField';
import { db } from '../../db/database';
import { createEntry, moveEntriesToTrash } from '../../db/entriesRepository';
import { learningEntryDraftFromBook, removeReadingItem, saveReadingItem, setReadingStatus } from '../../db/growthRepository';
import { todayLocalDate } from '../../domain/dates';
import type { Framework, ReadingListItem } from '../../domain/types';
import { navigateTo } from '../../hooks/useHashRoute';
import { useUiStore } from '../../store/uiStore';
import { StatusMessage } from './StatusMessage';
import { errorMessage, type Status } from './status';

const readingStatuses: readonly { id: ReadingListItem['status']; label: string }[] = [
  { id: 'to-read', label: 'To read' },
  { id: 'reading', label: 'Reading' },
  { id: 'finished', label: 'Finished' },
];

function isReadingStatus(value: string): value is ReadingListItem['status'] {
  return readingStatuses.some((status) => status.id === value);
}

interface ReadingItemProps {
  item: ReadingListItem;
  framework: Framework;
  /** The learning entry already made from this book, if there is one. */
  learningEntryId: string | undefined;
}

/** One book: its status, its notes (saved when the field is left), and what finishing it offers. */
export function ReadingItem({ item, framework, learningEntryId }: ReadingItemProps) {
  const showNotice = useUiStore((state) => state.showNotice);
  const openPanel = useUiStore((state) => state.openPanel);
  const [notes, setNotes] = useState(item.notes);
  const [status, setStatus] = useState<Status>(null);
  const competencyNames = item.competencyIds.flatMap((id) => framework.competencies.find((competency) => competency.id === id)?.name ?? []);

  async function act(action: () => Promise<string | null>) {
    try {
      const message = await action();
      setStatus(message ? { tone: 'info', message } : null);
    } catch (error) {
      setStatus({ tone: 'error', message: errorMessage(error) });
    }
  }

  function saveNotes() {
    // Leaving the field without a change says nothing, and keeps whatever was said before.
    if (notes === item.notes) return;
    void act(async () => {
      await saveReadingItem(db, { ...item, notes });
      return 'Notes saved.';
    });
  }

  const changeStatus = (value: string) =>
    act(async () => {
      if (!isReadingStatus(value)) return null;
      await setReadingStatus(db, item.id, value);
      return value === 'finished' && !learningEntryId ? 'Finished. Record what you took from it as a learning entry.' : null;
    });

  const createLearningEntry = () =>
    act(async () => {
      // The notes as typed, even if leaving the field has not saved them yet.
      const entry = await createEntry(db, learningEntryDraftFromBook({ ...item, notes }, todayLocalDate()));
      showNotice({
        tone: 'info',
        message: `Added the learning entry “${entry.title}” to the journal.`,
        undo: () => moveEntriesToTrash(db, [entry.id]),
      });
      return `Added “${entry.title}” to the journal.`;
    });

  const remove = () =>
    act(async () => {
      const removed = await removeReadingItem(db, item.id);
      if (removed) {
        showNotice({
          tone: 'info',
          message: `Removed “${removed.title}” from the reading list.`,
          undo: () => saveReadingItem(db, removed).then(() => undefined),
        });
      }
      return null;
    });

  function openLearningEntry(entryId: string) {
    openPanel({ mode: 'view', entryId });
    navigateTo('journal');
  }

  return (
    <article className="reading-item" aria-label={item.title}>
      <div className="reading-item-header">
        <div>
          <h3>
            <bdi>{item.title}</bdi>
          </h3>
          {item.author && (
            <p className="muted reading-author">
              <bdi>{item.author}</bdi>
            </p>
          )}
        </div>
        <SelectField label="Status" className="field reading-status" value={item.status} onChange={(value) => void changeStatus(value)}>
          {readingStatuses.map((option) => (
            <option key={option.id} value={option.id}>
              {option.label}
            </option>
          ))}
        </SelectField>
      </div>
      {competencyNames.length > 0 && <p className="reading-competencies">{competencyNames.join(' · ')}</p>}
      <Field label="Notes">
        {(id) => <textarea id={id} rows={2} value={notes} onChange={(event) => setNotes(event.target.value)} onBlur={saveNotes} />}
      </Field>
      <div className="button-row reading-actions">
        {item.status === 'finished' &&
          (learningEntryId ? (
            <button type="button" className="link-button" onClick={() => openLearningEntry(learningEntryId)}>
              Open learning entry
            </button>
          ) : (
            <button type="button" className="primary" onClick={() => void createLearningEntry()}>
              Create learning entry
            </button>
          ))}
        <button type="button" className="link-button danger" aria-label={`Remove “${item.title}”`} onClick={() => void remove()}>
          Remove
        </button>
      </div>
      <StatusMessage status={status} />
    </article>
  );
}

import { useRef, useState, type FormEvent } from 'react';
import { Field } from '../../components/Field';
import { db } from '../../db/database';
import { saveReadingItem } from '../../db/growthRepository';
import { newId } from '../../domain/ids';
import { StatusMessage } from './StatusMessage';
import { errorMessage, type Status } from './status';

/** Adds a book to read: a title (required) and an author. */
export function AddBookForm({ titles }: { titles: readonly string[] }) {
  const [title, setTitle] = useState('');
  const [author, setAuthor] = useState('');
  const [status, setStatus] = useState<Status>(null);
  const titleInput = useRef<HTMLInputElement>(null);

  async function add(event: FormEvent) {
    event.preventDefault();
    const trimmed = title.trim();
    if (trimmed === '') {
      setStatus({ tone: 'error', message: 'A book needs a title.' });
      titleInput.current?.focus();
      return;
    }
    if (titles.some((existing) => existing.trim().toLowerCase() === trimmed.toLowerCase())) {
      setStatus({ tone: 'error', message: `“${trimmed}” is already on the reading list.` });
      return;
    }
    try {
      await saveReadingItem(db, {
        id: newId(),
        title: trimmed,
        author: author.trim(),
        status: 'to-read',
        notes: '',
        competencyIds: [],
        updatedAt: '',
      });
      setTitle('');
      setAuthor('');
      setStatus({ tone: 'info', message: `Added “${trimmed}” to the reading list.` });
      titleInput.current?.focus();
    } catch (error) {
      setStatus({ tone: 'error', message: `The book was not added. ${errorMessage(error)}` });
    }
  }

  return (
    <form className="add-book-form" aria-labelledby="add-book-heading" onSubmit={(event) => void add(event)}>
      <h3 id="add-book-heading">Add a book</h3>
      <div className="field-row">
        <Field label="Title">
          {(id) => <input id={id} ref={titleInput} type="text" value={title} onChange={(event) => setTitle(event.target.value)} />}
        </Field>
        <Field label="Author">
          {(id) => <input id={id} type="text" value={author} onChange={(event) => setAuthor(event.target.value)} />}
        </Field>
        <button type="submit">Add book</button>
      </div>
      <StatusMessage status={status} />
    </form>
  );
}

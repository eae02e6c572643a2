import { useId, useState, type FormEvent } from 'react';
import { Field } from '../../components/Field';
import { counted } from '../../domain/counted';
import { addName, maximumAddedName, setNameTicked, type PacketName } from '../../domain/packet/packetNames';
import type { PacketRedaction } from '../../domain/types';

interface NamesToRedactProps {
  /** The people the packet names, with the user's choices applied (`listPacketNames`). */
  names: readonly PacketName[];
  redaction: PacketRedaction | undefined;
  /** Whether "Redact people" is on: the choices apply to exports only then. */
  isRedacting: boolean;
  authorName: string;
  onChange: (redaction: PacketRedaction) => void;
}

type Status = { tone: 'done' | 'error'; message: string } | null;

/**
 * "Names to redact": every person the packet names, each with a checkbox, how often the name
 * occurs and one occurrence in context, and "Add a name" for one the finder missed. Always
 * listed, so the names can be checked before redaction is turned on; the note above the list
 * says whether the ticks apply. Every name and excerpt is shown as text.
 */
export function NamesToRedact({ names, redaction, isRedacting, authorName, onChange }: NamesToRedactProps) {
  const headingId = useId();
  const listId = useId();
  const [typed, setTyped] = useState('');
  const [status, setStatus] = useState<Status>(null);
  const tickedCount = names.filter((name) => name.isTicked).length;

  function add(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const result = addName(redaction, typed, names, authorName);
    if ('error' in result) {
      setStatus({ tone: 'error', message: result.error });
      return;
    }
    onChange(result.redaction);
    setTyped('');
    setStatus({ tone: 'done', message: result.message });
  }

  return (
    <section className="names-to-redact" aria-labelledby={headingId}>
      <h2 id={headingId}>Names to redact</h2>
      <p className="muted">
        {isRedacting
          ? `${counted(tickedCount, 'ticked name is', 'ticked names are')} replaced in the PDF, Markdown and HTML: one person becomes “a colleague”, several in one passage “Colleague A”, “Colleague B”.`
          : 'Redaction is off, so these names print as written. Turn on “Redact people” above to replace the ticked ones.'}
      </p>
      {names.length === 0 ? (
        <p className="muted">No names found in what this packet includes.</p>
      ) : (
        <ul className="name-choices" id={listId}>
          {names.map((name, index) => (
            <li key={name.key}>
              <label className="checkbox-label">
                <input
                  type="checkbox"
                  checked={name.isTicked}
                  aria-describedby={`${listId}-${index}`}
                  onChange={(event) => {
                    setStatus(null);
                    onChange(setNameTicked(redaction, name, event.target.checked));
                  }}
                />
                <bdi>{name.key}</bdi>
              </label>
              <span className="name-details muted" id={`${listId}-${index}`}>
                <span className="name-count">{name.count === 0 ? 'not in this packet' : counted(name.count, 'time', 'times')}</span>
                {name.example && (
                  <>
                    {' · '}
                    <q className="name-example">
                      {name.example.before}
                      <mark>{name.example.match}</mark>
                      {name.example.after}
                    </q>
                  </>
                )}
              </span>
            </li>
          ))}
        </ul>
      )}
      <form className="add-name" onSubmit={add}>
        <Field label="Add a name">
          {(id) => (
            <input
              id={id}
              value={typed}
              maxLength={maximumAddedName * 2}
              autoComplete="off"
              onChange={(event) => {
                setTyped(event.target.value);
                setStatus(null);
              }}
            />
          )}
        </Field>
        <button type="submit">Add</button>
      </form>
      {status && (
        <p role={status.tone === 'error' ? 'alert' : 'status'} className={`names-status ${status.tone}`}>
          {status.message}
        </p>
      )}
    </section>
  );
}

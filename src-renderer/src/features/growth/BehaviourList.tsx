import { useRef, useState } from 'react';
import { newId } from '../../domain/ids';

/** One behaviour being edited; the key keeps its input stable while others are removed. */
export interface BehaviourRow {
  key: string;
  text: string;
}

interface BehaviourListProps {
  rows: readonly BehaviourRow[];
  onChange: (rows: BehaviourRow[]) => void;
}

/** The behaviours a plan means to demonstrate: each editable and removable, and more to add. */
export function BehaviourList({ rows, onChange }: BehaviourListProps) {
  const addButton = useRef<HTMLButtonElement>(null);
  const [addedKey, setAddedKey] = useState<string | null>(null);

  function add() {
    const key = newId();
    setAddedKey(key);
    onChange([...rows, { key, text: '' }]);
  }

  function remove(key: string) {
    onChange(rows.filter((row) => row.key !== key));
    // The removed row's button goes with it; keep the keyboard in the list.
    addButton.current?.focus();
  }

  return (
    <fieldset>
      <legend>Behaviours to demonstrate</legend>
      {rows.length === 0 ? (
        <p className="muted growth-inline-empty">No behaviours yet: add what you want others to see you do.</p>
      ) : (
        <ol className="behaviour-list">
          {rows.map((row, index) => (
            <li key={row.key}>
              <div className="behaviour-row">
                <input
                  type="text"
                  aria-label={`Behaviour ${index + 1}`}
                  value={row.text}
                  autoFocus={row.key === addedKey}
                  onChange={(event) =>
                    onChange(rows.map((other) => (other.key === row.key ? { ...other, text: event.target.value } : other)))
                  }
                />
                <button
                  type="button"
                  className="link-button danger"
                  aria-label={`Remove behaviour ${index + 1}`}
                  onClick={() => remove(row.key)}
                >
                  Remove
                </button>
              </div>
            </li>
          ))}
        </ol>
      )}
      <div>
        <button type="button" ref={addButton} onClick={add}>
          Add behaviour
        </button>
      </div>
    </fieldset>
  );
}

import { useState, type FormEvent } from 'react';
import { Field } from '../../components/Field';

/** A name for a new competency, added at the end of the framework. */
export function AddCompetencyForm({ onAdd }: { onAdd: (name: string) => Promise<boolean> }) {
  const [name, setName] = useState('');

  async function add(event: FormEvent) {
    event.preventDefault();
    // Keep the name when it is refused, so it can be corrected.
    if (await onAdd(name)) setName('');
  }

  return (
    <form className="field-row add-competency-form" onSubmit={(event) => void add(event)}>
      <Field label="New competency">
        {(id) => <input id={id} type="text" value={name} onChange={(event) => setName(event.target.value)} />}
      </Field>
      <button type="submit">Add competency</button>
    </form>
  );
}

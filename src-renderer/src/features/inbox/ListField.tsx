import type { ReactNode } from 'react';
import type { useListSetting } from './evidenceImport';

/**
 * A list the user types one per line (their emails, their names), kept in a setting: a labelled
 * text area, saved when it loses focus, with a hint below.
 */
export function ListField({
  label,
  setting,
  placeholder,
  hint,
}: {
  label: string;
  setting: ReturnType<typeof useListSetting>;
  placeholder: string;
  hint: ReactNode;
}) {
  const [text, setText, , save] = setting;
  return (
    <label className="field">
      <span>{label}</span>
      <textarea rows={2} value={text} placeholder={placeholder} onChange={(event) => setText(event.target.value)} onBlur={save} />
      <small className="muted">{hint}</small>
    </label>
  );
}

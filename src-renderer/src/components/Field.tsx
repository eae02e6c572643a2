import { useId, type ReactNode } from 'react';

interface FieldProps {
  label: string;
  /** Renders the control with the id its label points at. */
  children: (id: string) => ReactNode;
  className?: string;
}

/**
 * A labelled form control, tied by `for`/`id` so the control's accessible name is exactly the
 * label (a wrapping label would also take in a textarea's text or a select's options).
 */
export function Field({ label, children, className = 'field' }: FieldProps) {
  const id = useId();
  return (
    <div className={className}>
      <label htmlFor={id}>{label}</label>
      {children(id)}
    </div>
  );
}

import { useId, type ReactNode } from 'react';

interface SelectFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  children: ReactNode;
  className?: string;
}

/**
 * A select with a visible label tied by `for`/`id`. (A label wrapped around a select would take
 * every option's text into its own, so "Kind" would not be the control's name.)
 */
export function SelectField({ label, value, onChange, children, className = 'field' }: SelectFieldProps) {
  const id = useId();
  return (
    <div className={className}>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        {children}
      </select>
    </div>
  );
}

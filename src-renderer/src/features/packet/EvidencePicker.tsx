import { formatLocalDate } from '../../domain/dates';
import { kindLabel } from '../../domain/entries/entryKinds';
import { scopeLabel } from '../../domain/scopeLevels';
import type { Entry } from '../../domain/types';

interface EvidencePickerProps {
  /** The period's entries, best first (starred, then widest scope, then impact). */
  suggestions: readonly Entry[];
  selected: readonly string[];
  onChange: (entryIds: string[]) => void;
}

/** Which entries the packet presents, suggested best first. */
export function EvidencePicker({ suggestions, selected, onChange }: EvidencePickerProps) {
  const chosen = new Set(selected);
  const inPeriod = suggestions.filter((entry) => chosen.has(entry.id)).length;
  return (
    <fieldset className="evidence-picker">
      <legend>Evidence</legend>
      <p className="muted">
        {inPeriod} of {suggestions.length} entries in the period selected. Starred entries come first, then the widest scope and measured
        impact.
      </p>
      <div className="button-row">
        <button type="button" onClick={() => onChange(suggestions.slice(0, 25).map((entry) => entry.id))}>
          Select the best 25
        </button>
        <button type="button" onClick={() => onChange(suggestions.map((entry) => entry.id))}>
          Select all
        </button>
        <button type="button" onClick={() => onChange([])}>
          Clear
        </button>
      </div>
      <ul className="evidence-choices">
        {suggestions.map((entry) => (
          <li key={entry.id}>
            <label className="checkbox-label">
              <input
                type="checkbox"
                checked={chosen.has(entry.id)}
                onChange={(event) => onChange(event.target.checked ? [...selected, entry.id] : selected.filter((id) => id !== entry.id))}
              />
              <span>
                {entry.starred ? '★ ' : ''}
                <bdi>{entry.title}</bdi>
              </span>
            </label>
            <span className="muted evidence-meta">
              {formatLocalDate(entry.occurredOn)} · {kindLabel(entry.kind)} · {scopeLabel(entry.scope)}
            </span>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

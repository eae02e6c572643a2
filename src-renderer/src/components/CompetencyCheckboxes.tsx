import type { Framework } from '../domain/types';

interface CompetencyCheckboxesProps {
  /** The group's visible name, its legend. */
  legend: string;
  framework: Framework;
  selected: readonly string[];
  onChange: (competencyIds: string[]) => void;
  className?: string;
}

/**
 * The framework's competencies as a group of checkboxes, each with its description as a hint. A
 * chosen id the framework no longer has stays listed, marked retired, so it can be seen and
 * unchecked.
 */
export function CompetencyCheckboxes({ legend, framework, selected, onChange, className }: CompetencyCheckboxesProps) {
  const known = new Set(framework.competencies.map((competency) => competency.id));
  const retired = selected.filter((id) => !known.has(id));

  function toggle(id: string, isChecked: boolean) {
    onChange(isChecked ? [...selected, id] : selected.filter((existing) => existing !== id));
  }

  return (
    <fieldset className={className}>
      <legend>{legend}</legend>
      <div className="competency-grid">
        {framework.competencies.map((competency) => (
          <label key={competency.id} className="checkbox-label" title={competency.description}>
            <input
              type="checkbox"
              checked={selected.includes(competency.id)}
              onChange={(event) => toggle(competency.id, event.target.checked)}
            />
            <bdi>{competency.name}</bdi>
          </label>
        ))}
        {retired.map((id) => (
          <label key={id} className="checkbox-label retired">
            <input type="checkbox" checked onChange={(event) => toggle(id, event.target.checked)} />
            <span>{id} (retired)</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

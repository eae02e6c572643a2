import { CompetencyCheckboxes } from '../../components/CompetencyCheckboxes';
import { Field } from '../../components/Field';
import type { Framework } from '../../domain/types';
import type { EditorForm } from './editorForm';

export interface SectionProps {
  form: EditorForm;
  update: (changes: Partial<EditorForm>) => void;
}

/** The competencies an entry gives evidence for. */
export function CompetencyPicker({ form, update, framework }: SectionProps & { framework: Framework }) {
  return (
    <CompetencyCheckboxes
      legend="Competencies"
      className="competency-picker"
      framework={framework}
      selected={form.competencies}
      onChange={(competencies) => update({ competencies })}
    />
  );
}

/** What changed, in words and optionally as one measured figure. */
export function ImpactFields({ form, update }: SectionProps) {
  return (
    <>
      <Field label="Impact" className="field">
        {(id) => (
          <textarea
            id={id}
            rows={2}
            value={form.impact}
            placeholder="What changed because of this, and for whom?"
            onChange={(event) => update({ impact: event.target.value })}
          />
        )}
      </Field>
      <div className="field-row">
        <Field label="Metric name" className="field">
          {(id) => (
            <input
              id={id}
              value={form.metricName}
              placeholder="p95 latency"
              onChange={(event) => update({ metricName: event.target.value })}
            />
          )}
        </Field>
        <Field label="Metric value" className="field narrow">
          {(id) => (
            <input
              id={id}
              inputMode="decimal"
              value={form.metricValue}
              placeholder="-40"
              onChange={(event) => update({ metricValue: event.target.value })}
            />
          )}
        </Field>
        <Field label="Metric unit" className="field narrow">
          {(id) => (
            <input id={id} value={form.metricUnit} placeholder="%" onChange={(event) => update({ metricUnit: event.target.value })} />
          )}
        </Field>
      </div>
    </>
  );
}

/** Decisions only: the options weighed, the choice, and how sure you were. */
export function DecisionFields({ form, update }: SectionProps) {
  return (
    <fieldset className="decision-fields">
      <legend>Decision</legend>
      <Field label="Options considered" className="field">
        {(id) => (
          <textarea
            id={id}
            rows={3}
            value={form.options}
            placeholder="One option per line"
            onChange={(event) => update({ options: event.target.value })}
          />
        )}
      </Field>
      <Field label="Choice" className="field">
        {(id) => (
          <textarea
            id={id}
            rows={2}
            value={form.choice}
            placeholder="What you chose, and why"
            onChange={(event) => update({ choice: event.target.value })}
          />
        )}
      </Field>
      <Field label="Confidence (%)" className="field narrow">
        {(id) => (
          <input
            id={id}
            type="number"
            min={0}
            max={100}
            step={5}
            value={form.confidence}
            onChange={(event) => update({ confidence: event.target.value })}
          />
        )}
      </Field>
    </fieldset>
  );
}

/** When to look back, and what actually happened once you did. */
export function FollowUpFields({ form, update }: SectionProps) {
  return (
    <fieldset className="follow-up-fields">
      <legend>Follow-up</legend>
      <Field label="Follow-up on" className="field narrow">
        {(id) => (
          <input
            id={id}
            type="date"
            value={form.followUpOn ?? ''}
            onChange={(event) => update({ followUpOn: event.target.value || null })}
          />
        )}
      </Field>
      <Field label="Outcome" className="field">
        {(id) => (
          <textarea
            id={id}
            rows={2}
            value={form.outcome}
            placeholder="What actually happened? Fill this in at the follow-up."
            onChange={(event) => update({ outcome: event.target.value })}
          />
        )}
      </Field>
    </fieldset>
  );
}

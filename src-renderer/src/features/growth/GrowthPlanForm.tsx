import { useState, type FormEvent } from 'react';
import { Field } from '../../components/Field';
import { db } from '../../db/database';
import { saveGrowthPlan } from '../../db/growthRepository';
import { newId } from '../../domain/ids';
import type { Framework, Goal } from '../../domain/types';
import { BehaviourList, type BehaviourRow } from './BehaviourList';
import { StatusMessage } from './StatusMessage';
import { errorMessage, type Status } from './status';
import { TargetCompetencies } from './TargetCompetencies';

interface GrowthPlanFormProps {
  /** The plan as stored (or the unsaved default); the form edits a copy until "Save plan". */
  plan: Goal;
  framework: Framework;
}

function rowsFrom(behaviours: readonly string[]): BehaviourRow[] {
  return behaviours.map((text) => ({ key: newId(), text }));
}

/** Behaviours as they are saved: trimmed, blanks dropped. */
function cleanBehaviours(rows: readonly BehaviourRow[]): string[] {
  return rows.map((row) => row.text.trim()).filter((text) => text !== '');
}

function sameList(first: readonly string[], second: readonly string[]): boolean {
  return first.length === second.length && first.every((item, index) => item === second[index]);
}

/** Current and target role, target date, target competencies and behaviours; saved on demand. */
export function GrowthPlanForm({ plan, framework }: GrowthPlanFormProps) {
  const [currentRole, setCurrentRole] = useState(plan.currentRole);
  const [targetRole, setTargetRole] = useState(plan.targetRole);
  const [targetDate, setTargetDate] = useState(plan.targetDate ?? '');
  const [competencyIds, setCompetencyIds] = useState(plan.competencyIds);
  const [behaviours, setBehaviours] = useState(() => rowsFrom(plan.behaviours));
  const [status, setStatus] = useState<Status>(null);
  const [isSaving, setSaving] = useState(false);

  const isDirty =
    currentRole.trim() !== plan.currentRole ||
    targetRole.trim() !== plan.targetRole ||
    (targetDate || null) !== plan.targetDate ||
    !sameList([...competencyIds].sort(), [...plan.competencyIds].sort()) ||
    !sameList(cleanBehaviours(behaviours), plan.behaviours);

  /** Any edit makes the last "Saved" out of date. */
  function edited<T>(setter: (value: T) => void): (value: T) => void {
    return (value) => {
      setter(value);
      setStatus(null);
    };
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    try {
      await saveGrowthPlan(db, {
        ...plan,
        currentRole: currentRole.trim(),
        targetRole: targetRole.trim(),
        targetDate: targetDate || null,
        competencyIds,
        behaviours: cleanBehaviours(behaviours),
      });
      setBehaviours((rows) => rows.filter((row) => row.text.trim() !== '').map((row) => ({ ...row, text: row.text.trim() })));
      setStatus({ tone: 'info', message: 'Saved the growth plan.' });
    } catch (error) {
      setStatus({ tone: 'error', message: `The growth plan was not saved. ${errorMessage(error)}` });
    } finally {
      setSaving(false);
    }
  }

  return (
    <section className="data-section growth-section" aria-labelledby="growth-plan-heading">
      <h2 id="growth-plan-heading">Growth plan</h2>
      <form className="growth-plan-form" onSubmit={(event) => void save(event)}>
        <div className="field-row">
          <Field label="Current role">
            {(id) => <input id={id} type="text" value={currentRole} onChange={(event) => edited(setCurrentRole)(event.target.value)} />}
          </Field>
          <Field label="Target role">
            {(id) => <input id={id} type="text" value={targetRole} onChange={(event) => edited(setTargetRole)(event.target.value)} />}
          </Field>
          <Field label="Target date" className="field growth-date-field">
            {(id) => <input id={id} type="date" value={targetDate} onChange={(event) => edited(setTargetDate)(event.target.value)} />}
          </Field>
        </div>
        <TargetCompetencies framework={framework} selected={competencyIds} onChange={edited(setCompetencyIds)} />
        <BehaviourList rows={behaviours} onChange={edited(setBehaviours)} />
        <div className="button-row growth-save-row">
          <button type="submit" className="primary" disabled={isSaving}>
            Save plan
          </button>
          {isDirty && !isSaving && <span className="muted">Unsaved changes</span>}
        </div>
        <StatusMessage status={status} />
      </form>
    </section>
  );
}

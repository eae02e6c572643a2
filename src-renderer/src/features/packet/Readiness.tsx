import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { SelectField } from '../../components/SelectField';
import { db } from '../../db/database';
import { addGrowthTarget, loadGrowthPlan } from '../../db/growthRepository';
import { todayLocalDate } from '../../domain/dates';
import { describeFailure } from '../../domain/failureMessage';
import { isRoleLevel, roleLevelLabel, roleLevelOf, roleLevels } from '../../domain/framework/expectedScope';
import { assessReadiness, strongEntryCount, type CompetencyReadiness, type ReadinessVerdict } from '../../domain/packet/readiness';
import type { Entry, Framework, Packet, RoleLevel } from '../../domain/types';
import { openNewEntry, readinessEntryDraft } from './readinessActions';
import { ReadinessRow } from './ReadinessRow';

interface ReadinessProps {
  packet: Packet;
  /** The whole journal: the packet's selection within its period is what counts. */
  entries: readonly Entry[];
  framework: Framework;
}

type Status = { tone: 'info' | 'error'; message: string; shouldFocus: boolean } | null;

const verdicts: readonly ReadinessVerdict[] = ['strong', 'thin', 'missing'];

/** "Compared with Staff, the level “Staff Engineer” names.", or why a level has to be chosen. */
function levelNote(targetRole: string, namedLevel: RoleLevel | null, level: RoleLevel): string {
  const role = targetRole.trim();
  if (namedLevel === level) return `Compared with ${roleLevelLabel(level)}, the level “${role}” names.`;
  if (namedLevel) return `Compared with ${roleLevelLabel(level)}; “${role}” names ${roleLevelLabel(namedLevel)}.`;
  if (role === '') return 'The packet has no target role yet: choose the level to compare with.';
  return `“${role}” names no level (Senior, Staff or Principal): choose the level to compare with.`;
}

/**
 * "Readiness": each competency of the framework judged strong, thin or missing against the role
 * the packet aims at, with the figures behind the verdict (`assessReadiness` states the rule). The
 * role's level is read from the target role, and can be chosen when the role does not name one.
 * A thin or missing competency offers a new entry for it, or a place in the growth plan.
 */
export function Readiness({ packet, entries, framework }: ReadinessProps) {
  const headingId = useId();
  const { entryIds, periodStart, periodEnd, targetRole } = packet;
  const namedLevel = roleLevelOf(targetRole);
  // A level chosen under "Compare with" holds while the target role reads as it did then.
  const [choice, setChoice] = useState<{ targetRole: string; level: RoleLevel } | null>(null);
  const level = choice?.targetRole === targetRole ? choice.level : (namedLevel ?? 'senior');
  const rows = useMemo(
    () => assessReadiness({ entryIds, periodStart, periodEnd }, entries, framework, level),
    [entryIds, periodStart, periodEnd, entries, framework, level],
  );
  const plan = useLiveQuery(() => loadGrowthPlan(db), []);
  const [status, setStatus] = useState<Status>(null);
  const statusRef = useRef<HTMLParagraphElement>(null);

  // The button that was pressed may have gone (added to the plan): keep the keyboard nearby.
  useEffect(() => {
    if (status?.shouldFocus) statusRef.current?.focus();
  }, [status]);

  function writeEntry(readiness: CompetencyReadiness) {
    if (!openNewEntry(readinessEntryDraft(readiness, todayLocalDate()))) {
      setStatus({
        tone: 'error',
        message: 'The editor could not open: the browser’s storage is full or unavailable. Nothing was changed.',
        shouldFocus: false,
      });
    }
  }

  async function addToPlan({ competency }: CompetencyReadiness) {
    try {
      const isAdded = await addGrowthTarget(db, competency.id);
      setStatus({
        tone: 'info',
        message: isAdded
          ? `Added “${competency.name}” to the growth plan’s target competencies.`
          : `“${competency.name}” is already a target competency of the growth plan.`,
        shouldFocus: true,
      });
    } catch (error) {
      setStatus({
        tone: 'error',
        message: `“${competency.name}” was not added to the growth plan. ${describeFailure(error)}`,
        shouldFocus: true,
      });
    }
  }

  const totals = verdicts.map((verdict) => `${rows.filter((row) => row.verdict === verdict).length} ${verdict}`).join(' · ');
  return (
    <section className="readiness" aria-labelledby={headingId}>
      <h2 id={headingId}>Readiness</h2>
      <div className="readiness-level">
        <SelectField
          label="Compare with"
          value={level}
          onChange={(value) => {
            if (isRoleLevel(value)) setChoice({ targetRole, level: value });
          }}
        >
          {roleLevels.map((item) => (
            <option key={item.id} value={item.id}>
              {item.label}
            </option>
          ))}
        </SelectField>
        <p className="muted">{levelNote(targetRole, namedLevel, level)}</p>
      </div>
      <p className="readiness-rule muted">
        Strong: at least {strongEntryCount} selected entries, the scope the role expects, and feedback from others. Thin: some evidence,
        short of that. Missing: none selected.
      </p>
      <p className="readiness-totals">{totals}</p>
      {status && (
        <p ref={statusRef} tabIndex={-1} role={status.tone === 'error' ? 'alert' : 'status'} className={`readiness-status ${status.tone}`}>
          {status.message}
        </p>
      )}
      <ul className="readiness-list">
        {rows.map((readiness) => (
          <ReadinessRow
            key={readiness.competency.id}
            readiness={readiness}
            level={level}
            isInPlan={plan?.competencyIds.includes(readiness.competency.id)}
            onWriteEntry={() => writeEntry(readiness)}
            onAddToPlan={() => void addToPlan(readiness)}
          />
        ))}
      </ul>
    </section>
  );
}

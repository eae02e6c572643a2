import { useId } from 'react';
import { describedNumber } from '../../domain/counted';
import { describeReadiness, type CompetencyReadiness } from '../../domain/packet/readiness';
import type { RoleLevel } from '../../domain/types';

interface ReadinessRowProps {
  readiness: CompetencyReadiness;
  level: RoleLevel;
  /** Whether the growth plan targets it already; undefined while the plan loads. */
  isInPlan: boolean | undefined;
  onWriteEntry: () => void;
  onAddToPlan: () => void;
}

/**
 * One competency's verdict, in a word, and the rule's figures behind it. A figure that falls
 * short is marked as well as worded so. A thin or missing competency offers what to do next.
 */
export function ReadinessRow({ readiness, level, isInPlan, onWriteEntry, onAddToPlan }: ReadinessRowProps) {
  const { competency, verdict, unselectedCount } = readiness;
  const nameId = useId();
  const figures = describeReadiness(readiness, level);
  return (
    <li className={`readiness-row readiness-${verdict}`} aria-labelledby={nameId}>
      <div className="readiness-heading">
        <bdi className="readiness-name" id={nameId}>
          {competency.name}
        </bdi>
        <span className="readiness-verdict">{verdict}</span>
      </div>
      <p className="readiness-figures">
        {figures.map((figure, index) => (
          <span key={figure.criterion}>
            {index > 0 && ' · '}
            <span className={figure.isMet ? undefined : 'readiness-short'}>{figure.text}</span>
          </span>
        ))}
      </p>
      {unselectedCount > 0 && (
        <p className="readiness-more muted">{describedNumber(unselectedCount)} more in your journal for this period, not yet selected</p>
      )}
      {verdict !== 'strong' && (
        <div className="readiness-actions">
          <button type="button" className="link-button" onClick={onWriteEntry}>
            Write an entry for <bdi>{competency.name}</bdi>
          </button>
          {isInPlan ? (
            <span className="readiness-in-plan muted">
              <span aria-hidden="true">✓ </span>In the growth plan
            </span>
          ) : (
            <button type="button" className="link-button" disabled={isInPlan === undefined} onClick={onAddToPlan}>
              Add <bdi>{competency.name}</bdi> to the growth plan
            </button>
          )}
        </div>
      )}
    </li>
  );
}

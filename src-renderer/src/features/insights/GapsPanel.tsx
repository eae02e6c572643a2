import type { Gap } from '../../domain/insights';
import { scopeLabel } from '../../domain/scopeLevels';

/** What is missing this quarter, each gap with a question to act on. */
export function GapsPanel({ gaps, quarterLabel }: { gaps: readonly Gap[]; quarterLabel: string }) {
  return (
    <section className="insight-panel" aria-labelledby="gaps-heading">
      <h2 id="gaps-heading">Gaps</h2>
      {gaps.length === 0 ? (
        <p className="muted">No gaps in {quarterLabel}: every competency has evidence, and your scope widened.</p>
      ) : (
        <ul className="gap-list">
          {gaps.map((gap) =>
            gap.kind === 'missing-competency' ? (
              <li key={gap.competencyId}>
                <strong>No {gap.name} evidence in {quarterLabel}.</strong> <span>{gap.prompt}</span>
              </li>
            ) : (
              <li key="scope-plateau">
                <strong>
                  Scope plateau: nothing above {scopeLabel(gap.previousHighest)}
                  {gap.currentHighest ? ` (this quarter's widest: ${scopeLabel(gap.currentHighest)})` : ''}.
                </strong>{' '}
                <span>{gap.prompt}</span>
              </li>
            ),
          )}
        </ul>
      )}
    </section>
  );
}

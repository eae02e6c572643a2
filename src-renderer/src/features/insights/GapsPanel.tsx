import type { GapsVerdict, NoGapsReason } from '../../domain/insights/insights';
import { scopeLabel } from '../../domain/scopeLevels';

/** Why the panel is empty, in words: every competency has evidence, and the scope did not stall. */
const noGapsBecause: Record<NoGapsReason, string> = {
  'scope-widened': 'every competency has evidence, and your scope widened beyond the quarter before.',
  'no-previous-quarter': 'every competency has evidence, and there is no earlier quarter to compare your scope with.',
  'already-widest': 'every competency has evidence, and the quarter before already reached Industry, the widest scope.',
};

/** What is missing this quarter, each gap with a question to act on; with none, why not. */
export function GapsPanel({ verdict, quarterLabel }: { verdict: GapsVerdict; quarterLabel: string }) {
  const { gaps, whyNone } = verdict;
  return (
    <section className="insight-panel" aria-labelledby="gaps-heading">
      <h2 id="gaps-heading">Gaps</h2>
      {whyNone !== null ? (
        <p className="muted">
          No gaps in {quarterLabel}: {noGapsBecause[whyNone]}
        </p>
      ) : (
        <ul className="gap-list">
          {gaps.map((gap) =>
            gap.kind === 'missing-competency' ? (
              <li key={gap.competencyId}>
                <strong>
                  No <bdi>{gap.name}</bdi> evidence in {quarterLabel}.
                </strong>{' '}
                <span>{gap.prompt}</span>
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

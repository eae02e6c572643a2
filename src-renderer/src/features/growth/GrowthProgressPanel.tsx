import { useMemo } from 'react';
import { formatLocalDate, todayLocalDate } from '../../domain/dates';
import { growthProgress } from '../../domain/growth/growthProgress';
import type { Entry, Framework, Goal } from '../../domain/types';
import { entryCountLabel } from '../journal/journalRows';
import { twelveMonthsBefore } from './evidenceWindow';

/** A bar is full at one piece of evidence a month. */
const fullBarCount = 12;

interface GrowthProgressPanelProps {
  /** The saved plan; undefined while it loads. */
  plan: Goal | undefined;
  /** Every entry outside the trash; undefined until the whole journal has loaded. */
  entries: readonly Entry[] | undefined;
  framework: Framework;
}

/** Evidence for each target competency of the saved plan over the last 12 months. */
export function GrowthProgressPanel({ plan, entries, framework }: GrowthProgressPanelProps) {
  const today = todayLocalDate();
  const since = twelveMonthsBefore(today);
  const progress = useMemo(
    () => (plan && entries ? growthProgress(plan, entries, since, framework) : undefined),
    [plan, entries, since, framework],
  );

  return (
    <section className="data-section growth-section" aria-labelledby="growth-progress-heading">
      <h2 id="growth-progress-heading">Progress toward your targets</h2>
      <p className="muted">
        Evidence in the last 12 months (since {formatLocalDate(since)}): entries that cite each target competency of the saved plan. A bar
        is full at {fullBarCount}, about one a month.
      </p>
      {!progress ? (
        <p role="status">Counting evidence…</p>
      ) : progress.length === 0 ? (
        <p className="growth-empty">
          No target competencies yet. Choose some in the growth plan above and save it to follow their evidence here.
        </p>
      ) : (
        <ul className="progress-list">
          {progress.map((row) => {
            const name = row.name ?? `${row.competencyId} (retired)`;
            return (
              <li key={row.competencyId} className="progress-row">
                <div className="progress-heading">
                  <bdi className="progress-name">{name}</bdi>
                  <span className="progress-count">{entryCountLabel(row.evidenceCount)}</span>
                </div>
                <div className="progress-bar" aria-hidden="true">
                  <span style={{ width: `${Math.min(row.evidenceCount / fullBarCount, 1) * 100}%` }} />
                </div>
                <p className="progress-last muted">
                  {row.lastEvidenceOn ? (
                    <>
                      Last evidence <time dateTime={row.lastEvidenceOn}>{formatLocalDate(row.lastEvidenceOn)}</time>
                    </>
                  ) : (
                    'No evidence yet in this period'
                  )}
                </p>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

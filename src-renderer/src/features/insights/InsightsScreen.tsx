import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { SelectField } from '../../components/SelectField';
import { db } from '../../db/database';
import { loadGrowthPlan } from '../../db/growthRepository';
import { listReviews } from '../../db/reviewsRepository';
import { todayLocalDate } from '../../domain/dates';
import { activityByKind, awaitingOutcome, competencyCoverage, judgeGaps, scopeOverTime } from '../../domain/insights/insights';
import { periodQuarters, previousQuarter, quarterLabel, type QuarterKey } from '../../domain/quarters';
import type { Entry } from '../../domain/types';
import { useActiveFramework, useJournalEntries } from '../../hooks/useJournalData';
import { useUiStore } from '../../store/uiStore';
import { ActivityByKindChart } from './ActivityByKindChart';
import { AwaitingOutcomePanel } from './AwaitingOutcomePanel';
import { CompetencyCoverageChart } from './CompetencyCoverageChart';
import { GapsPanel } from './GapsPanel';
import { PeriodPicker } from './PeriodPicker';
import { QuarterlyReviewEditor } from './QuarterlyReviewEditor';
import { ReviewsPanel } from './ReviewsPanel';
import { ScopeOverTimeChart } from './ScopeOverTimeChart';

const noEntries: Entry[] = [];

/** The quarterly view: how scope grew, which competencies have evidence, and what to act on. */
export function InsightsScreen() {
  const journal = useJournalEntries();
  const framework = useActiveFramework();
  const plan = useLiveQuery(() => loadGrowthPlan(db), []);
  const reviews = useLiveQuery(() => listReviews(db), []);
  const reviewQuarter = useUiStore((state) => state.reviewQuarter);
  const period = useUiStore((state) => state.insightsPeriod);
  const setPeriod = useUiStore((state) => state.setInsightsPeriod);
  const chosenQuarter = useUiStore((state) => state.insightsQuarter);
  const setQuarter = useUiStore((state) => state.setInsightsQuarter);
  const today = todayLocalDate();
  const entries = journal?.isComplete ? journal.entries : noEntries;

  const allQuarters = useMemo(() => periodQuarters({ kind: 'all' }, today, entries), [today, entries]);
  const quarters = useMemo(() => periodQuarters(period, today, entries), [period, today, entries]);
  const quarter: QuarterKey | undefined = chosenQuarter && quarters.includes(chosenQuarter) ? chosenQuarter : quarters[quarters.length - 1];
  const targets = plan?.competencyIds ?? noTargets;

  const shaped = useMemo(() => {
    if (!quarter) return null;
    return {
      scope: scopeOverTime(entries, quarters),
      kinds: activityByKind(entries, quarters),
      coverage: competencyCoverage(entries, framework, quarter, targets),
      gaps: judgeGaps(entries, framework, quarter),
    };
  }, [entries, quarters, quarter, framework, targets]);
  const awaiting = useMemo(() => awaitingOutcome(entries, today), [entries, today]);

  return (
    <div className="insights-screen">
      <header className="screen-header">
        <h1>Insights</h1>
        <PeriodPicker period={period} onChange={setPeriod} quarters={allQuarters} year={Number(today.slice(0, 4))} />
        {quarter && (
          <SelectField label="Quarter" className="filter-field" value={quarter} onChange={(value) => setQuarter(value as QuarterKey)}>
            {quarters.map((option) => (
              <option key={option} value={option}>
                {quarterLabel(option)}
              </option>
            ))}
          </SelectField>
        )}
      </header>
      {!journal?.isComplete || !shaped || !quarter ? (
        <p className="entry-count" role="status">
          Loading…
        </p>
      ) : (
        <div className="insights-grid">
          {reviewQuarter === quarter && reviews !== undefined && (
            <QuarterlyReviewEditor
              key={quarter}
              quarter={quarter}
              review={reviews.find((review) => review.quarter === quarter)}
              framework={framework}
              scopeRow={shaped.scope.find((row) => row.quarter === quarter)}
              coverage={shaped.coverage}
            />
          )}
          <ScopeOverTimeChart rows={shaped.scope} />
          <CompetencyCoverageChart
            rows={shaped.coverage}
            quarterLabel={quarterLabel(quarter)}
            previousLabel={quarterLabel(previousQuarter(quarter))}
          />
          <GapsPanel verdict={shaped.gaps} quarterLabel={quarterLabel(quarter)} />
          <AwaitingOutcomePanel entries={awaiting} />
          <ReviewsPanel reviews={reviews ?? []} quarter={quarter} />
          <ActivityByKindChart rows={shaped.kinds} />
        </div>
      )}
    </div>
  );
}

const noTargets: string[] = [];

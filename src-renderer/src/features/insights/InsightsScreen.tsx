import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { AfterFirstPaint } from '../../components/AfterFirstPaint';
import { SelectField } from '../../components/SelectField';
import { db } from '../../db/database';
import { loadGrowthPlan } from '../../db/growthRepository';
import { listReviews } from '../../db/reviewsRepository';
import { todayLocalDate } from '../../domain/dates';
import { awaitingOutcome, coverageRows, gapsFrom, kindRows, scopeRows, statsSpan } from '../../domain/insights/insights';
import { periodQuarters, previousQuarter, quarterFromOrdinal, quarterLabel, quarterRange, type QuarterKey } from '../../domain/quarters';
import type { JournalStats } from '../../domain/insights/insights';
import { useActiveFramework, useJournalEntries, useJournalStats } from '../../hooks/useJournalData';
import { useUiStore } from '../../store/uiStore';
import { ActivityByKindChart } from './ActivityByKindChart';
import { AwaitingOutcomePanel } from './AwaitingOutcomePanel';
import { CompetencyCoverageChart } from './CompetencyCoverageChart';
import { GapsPanel } from './GapsPanel';
import { PeriodPicker } from './PeriodPicker';
import { QuarterlyReviewEditor } from './QuarterlyReviewEditor';
import { ReviewsPanel } from './ReviewsPanel';
import { ScopeOverTimeChart } from './ScopeOverTimeChart';

/** The quarterly view: how scope grew, which competencies have evidence, and what to act on. */
export function InsightsScreen() {
  const stats = useJournalStats();
  const framework = useActiveFramework();
  const plan = useLiveQuery(() => loadGrowthPlan(db), []);
  const reviews = useLiveQuery(() => listReviews(db), []);
  const reviewQuarter = useUiStore((state) => state.reviewQuarter);
  const period = useUiStore((state) => state.insightsPeriod);
  const setPeriod = useUiStore((state) => state.setInsightsPeriod);
  const chosenQuarter = useUiStore((state) => state.insightsQuarter);
  const setQuarter = useUiStore((state) => state.setInsightsQuarter);
  const today = todayLocalDate();
  // The charts paint from the per-quarter counts, read from the indexes before the journal itself;
  // only the list of entries awaiting an outcome needs the entries.
  const spanEnds = useMemo(() => datedEnds(stats), [stats]);
  const allQuarters = useMemo(() => periodQuarters({ kind: 'all' }, today, spanEnds), [today, spanEnds]);
  const quarters = useMemo(() => periodQuarters(period, today, spanEnds), [period, today, spanEnds]);
  const quarter: QuarterKey | undefined = chosenQuarter && quarters.includes(chosenQuarter) ? chosenQuarter : quarters[quarters.length - 1];
  const targets = plan?.competencyIds ?? noTargets;

  const shaped = useMemo(() => {
    if (!quarter || !stats) return null;
    return {
      scope: scopeRows(stats, quarters),
      kinds: kindRows(stats, quarters),
      coverage: coverageRows(stats, framework, quarter, targets),
      gaps: gapsFrom(stats, framework, quarter),
    };
  }, [stats, quarters, quarter, framework, targets]);

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
      {!shaped || !quarter ? (
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
          <AfterFirstPaint>
            <CompetencyCoverageChart
              rows={shaped.coverage}
              quarterLabel={quarterLabel(quarter)}
              previousLabel={quarterLabel(previousQuarter(quarter))}
            />
            <GapsPanel verdict={shaped.gaps} quarterLabel={quarterLabel(quarter)} />
            <AwaitingOutcome today={today} />
            <ReviewsPanel reviews={reviews ?? []} quarter={quarter} />
            <ActivityByKindChart rows={shaped.kinds} />
          </AfterFirstPaint>
        </div>
      )}
    </div>
  );
}

const noTargets: string[] = [];

/**
 * The follow-ups awaiting an outcome: the one part of the screen that needs the entries, so the
 * journal is subscribed to here, after the charts have painted from the counts.
 */
function AwaitingOutcome({ today }: { today: string }) {
  const journal = useJournalEntries();
  const awaiting = useMemo(() => (journal?.isComplete ? awaitingOutcome(journal.entries, today) : undefined), [journal, today]);
  return <AwaitingOutcomePanel entries={awaiting} />;
}

/** The first days of the first and last quarters with entries: the span the period "all" covers. */
function datedEnds(stats: JournalStats | undefined): { occurredOn: string; deletedAt: null }[] {
  const span = stats ? statsSpan(stats) : null;
  if (!span) return [];
  return [span.first, span.last].map((ordinal) => ({ occurredOn: quarterRange(quarterFromOrdinal(ordinal)).start, deletedAt: null }));
}

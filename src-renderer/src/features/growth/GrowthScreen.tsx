import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db/database';
import { loadGrowthPlan } from '../../db/growthRepository';
import { useActiveFramework, useJournalEntries } from '../../hooks/useJournalData';
import { FrameworkEditor } from './FrameworkEditor';
import { GrowthPlanForm } from './GrowthPlanForm';
import { GrowthProgressPanel } from './GrowthProgressPanel';
import { ReadingList } from './ReadingList';

/** The growth plan, the evidence gathered toward it, the reading list, and the framework itself. */
export function GrowthScreen() {
  const journal = useJournalEntries();
  const framework = useActiveFramework();
  const plan = useLiveQuery(() => loadGrowthPlan(db), []);
  // Counts need the whole journal, not just its first page.
  const entries = journal?.isComplete ? journal.entries : undefined;

  return (
    <div className="growth-screen">
      <header className="screen-header">
        <h1>Growth</h1>
      </header>
      <p className="lead">Where you are heading, the evidence you have gathered toward it, and what you are reading on the way.</p>
      {plan ? (
        // Keyed by the plan, so saving (same id) keeps what is being typed.
        <GrowthPlanForm key={plan.id} plan={plan} framework={framework} />
      ) : (
        <section className="data-section growth-section" aria-label="Growth plan">
          <p role="status">Loading the growth plan…</p>
        </section>
      )}
      <GrowthProgressPanel plan={plan} entries={entries} framework={framework} />
      <ReadingList entries={entries} framework={framework} />
      <FrameworkEditor framework={framework} entries={entries} />
    </div>
  );
}

import { useState } from 'react';
import { addSampleJournal, startEmptyJournal } from '../data/sampleJournalActions';
import { scopeLevels } from '../../domain/scopeLevels';

/** The first screen of a new journal: explore a sample, or start writing your own. */
export function FirstRun() {
  const [isWorking, setWorking] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function run(action: () => Promise<unknown>) {
    setWorking(true);
    setError(null);
    try {
      await action();
    } catch (caught) {
      setError(`That did not work: ${caught instanceof Error ? caught.message : String(caught)}`);
      setWorking(false);
    }
  }

  return (
    <section className="first-run" aria-labelledby="first-run-heading">
      <h1 id="first-run-heading">Welcome to Scope Journal</h1>
      <p className="lead">
        Keep the evidence of your growth as it happens — wins, decisions, feedback, mentoring — and watch the reach of your work widen:
      </p>
      <ol className="scope-ladder" aria-label="Scope levels">
        {scopeLevels.map((level) => (
          <li key={level.id}>
            <strong>{level.label}</strong> <span>{level.meaning}</span>
          </li>
        ))}
      </ol>
      <p>Everything stays on this computer. Nothing is sent anywhere unless you export it.</p>
      <div className="first-run-choices">
        <div>
          <button type="button" className="primary" disabled={isWorking} onClick={() => void run(addSampleJournal)}>
            Load sample journal
          </button>
          <p className="muted">Two years of a fictional engineer growing from team to company scope. Remove it in one step from Data.</p>
        </div>
        <div>
          <button type="button" disabled={isWorking} onClick={() => void run(startEmptyJournal)}>
            Start empty
          </button>
          <p className="muted">Begin your own journal straight away.</p>
        </div>
      </div>
      {error && <p role="alert">{error}</p>}
    </section>
  );
}

import { useEffect, useRef, useState } from 'react';
import { Field } from '../../components/Field';
import { SelectField } from '../../components/SelectField';
import { db } from '../../db/database';
import { saveReview } from '../../db/reviewsRepository';
import { competencyPromptFor, type CoverageRow, type ScopeQuarterRow } from '../../domain/insights/insights';
import { quarterLabel, type QuarterKey } from '../../domain/quarters';
import { scopeLabel } from '../../domain/scopeLevels';
import type { Framework, QuarterlyReview } from '../../domain/types';
import { useUiStore } from '../../store/uiStore';

interface QuarterlyReviewEditorProps {
  quarter: QuarterKey;
  /** The saved review of this quarter, when there is one. */
  review: QuarterlyReview | undefined;
  framework: Framework;
  scopeRow: ScopeQuarterRow | undefined;
  coverage: readonly CoverageRow[];
}

const ratingLabels = ['Not rated', '1 — not yet', '2 — emerging', '3 — solid', '4 — strong', '5 — a model for others'];

/**
 * A guided write-up of one quarter: per competency, the framework's prompt for the quarter, the
 * evidence count and a self-rating from 1 to 5; then a summary. The quarter's figures stand
 * beside it, and the charts above follow the same quarter.
 */
export function QuarterlyReviewEditor({ quarter, review, framework, scopeRow, coverage }: QuarterlyReviewEditorProps) {
  const openReview = useUiStore((state) => state.openReview);
  const showNotice = useUiStore((state) => state.showNotice);
  const [answers, setAnswers] = useState<Record<string, string>>(review?.answers ?? {});
  const [ratings, setRatings] = useState<Record<string, number>>(review?.ratings ?? {});
  const [summary, setSummary] = useState(review?.summary ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);

  // The review opens above the charts, wherever the button that opened it was: bring it into view.
  useEffect(() => {
    formRef.current?.scrollIntoView({ block: 'start' });
    formRef.current?.querySelector('textarea')?.focus({ preventScroll: true });
  }, []);
  const label = quarterLabel(quarter);
  const evidence = new Map(coverage.map((row) => [row.id, row.current]));
  const covered = coverage.filter((row) => !row.isRetired && row.current > 0).length;

  async function save() {
    try {
      await saveReview(db, { quarter, answers, ratings, summary });
      showNotice({ tone: 'info', message: `Saved the review of ${label}.` });
      openReview(null);
    } catch (error) {
      setProblem(`Could not save the review: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  return (
    <form
      ref={formRef}
      className="review-editor"
      aria-labelledby="review-heading"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <div className="panel-header">
        <h2 id="review-heading">Quarterly review: {label}</h2>
        <button type="button" onClick={() => openReview(null)}>
          Close
        </button>
      </div>
      <dl className="review-figures" aria-label={`Figures for ${label}`}>
        <div>
          <dt>Entries</dt>
          <dd>{scopeRow?.total ?? 0}</dd>
        </div>
        <div>
          <dt>Widest scope</dt>
          <dd>{scopeRow?.highestScope ? scopeLabel(scopeRow.highestScope) : '—'}</dd>
        </div>
        <div>
          <dt>Competencies with evidence</dt>
          <dd>
            {covered} of {framework.competencies.length}
          </dd>
        </div>
      </dl>
      {problem && <p role="alert">{problem}</p>}
      <ol className="review-competencies">
        {framework.competencies.map((competency) => (
          <li key={competency.id}>
            <h3>
              <bdi>{competency.name}</bdi>
            </h3>
            <p className="muted">
              {evidence.get(competency.id) ?? 0} {(evidence.get(competency.id) ?? 0) === 1 ? 'entry' : 'entries'} this quarter
            </p>
            <div className="field-row">
              <Field label={competencyPromptFor(competency, quarter)}>
                {(id) => (
                  <textarea
                    id={id}
                    rows={2}
                    value={answers[competency.id] ?? ''}
                    onChange={(event) => setAnswers({ ...answers, [competency.id]: event.target.value })}
                  />
                )}
              </Field>
              <SelectField
                label={`Self-rating for ${competency.name}`}
                className="field narrow-wide"
                value={String(ratings[competency.id] ?? 0)}
                onChange={(value) => {
                  const { [competency.id]: _removed, ...rest } = ratings;
                  setRatings(Number(value) > 0 ? { ...rest, [competency.id]: Number(value) } : rest);
                }}
              >
                {ratingLabels.map((text, rating) => (
                  <option key={text} value={rating}>
                    {text}
                  </option>
                ))}
              </SelectField>
            </div>
          </li>
        ))}
      </ol>
      <Field label="Summary">
        {(id) => (
          <textarea
            id={id}
            rows={4}
            value={summary}
            placeholder="The quarter in a few sentences: what grew, what did not, what comes next."
            onChange={(event) => setSummary(event.target.value)}
          />
        )}
      </Field>
      <div className="panel-actions">
        <button type="submit" className="primary">
          Save review
        </button>
      </div>
    </form>
  );
}

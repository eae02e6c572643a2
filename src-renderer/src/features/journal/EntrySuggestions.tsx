import { useId } from 'react';
import { kindLabel } from '../../domain/entries/entryKinds';
import { isQuiet, type Suggestions } from '../../domain/coach/suggestions';
import type { FoundMetric } from '../../domain/coach/metrics';
import { scopeLabel } from '../../domain/scopeLevels';
import type { EntryKind, Framework, ScopeLevelId } from '../../domain/types';
import type { EditorForm } from './editorForm';
import { useCoachSuggestions } from './useCoachSuggestions';

interface SuggestionActions {
  onAddCompetency: (id: string) => void;
  onUseKind: (kind: EntryKind) => void;
  onUseScope: (scope: ScopeLevelId) => void;
  onUseMetric: (metric: FoundMetric) => void;
}

interface SuggestionsViewProps extends SuggestionActions {
  suggestions: Suggestions;
  /** Entries the coach has learned from so far. */
  exampleCount: number;
}

/** "p95 −66.7 %", "customers 140", "cost $12,000": how a found figure reads on its button. */
export function metricText(metric: FoundMetric): string {
  const number = Math.abs(metric.value).toLocaleString('en-GB', { maximumFractionDigits: 2 });
  const sign = metric.value < 0 ? '−' : '';
  const amount = /^[$€£]$/.test(metric.unit) ? `${sign}${metric.unit}${number}` : `${sign}${number}${metric.unit ? ` ${metric.unit}` : ''}`;
  return `${metric.name} ${amount}`;
}

/** Reason words, each as the user wrote it, in italics. */
function Reasons({ words }: { words: readonly string[] }) {
  return (
    <span className="suggestion-reasons">
      {' — '}
      {words.map((word, index) => (
        <span key={word}>
          {index > 0 && ', '}
          <em>{word}</em>
        </span>
      ))}
    </span>
  );
}

/** The coach's suggestions for the entry being written, from the form as typed. */
export function EntrySuggestions({ form, framework, ...actions }: SuggestionActions & { form: EditorForm; framework: Framework }) {
  const { suggestions, exampleCount } = useCoachSuggestions(form, framework);
  return <SuggestionsView suggestions={suggestions} exampleCount={exampleCount} {...actions} />;
}

/**
 * The coach's suggestions beside the entry being written: competencies with the words that led to
 * them, a kind and a scope with their cue, and the impact coach. Each is applied only by its
 * button; everything here is plain text, never markup.
 */
export function SuggestionsView({ suggestions, exampleCount, onAddCompetency, onUseKind, onUseScope, onUseMetric }: SuggestionsViewProps) {
  const headingId = useId();
  const { competencies, kind, scope, impact } = suggestions;
  return (
    <section className="suggestions" aria-labelledby={headingId}>
      <h3 id={headingId}>Suggestions</h3>
      {isQuiet(suggestions) ? (
        <p className="muted suggestions-quiet">Nothing to suggest yet. Suggestions appear here as you write.</p>
      ) : (
        <ul className="suggestion-list">
          {competencies.map((competency) => (
            <li key={competency.id}>
              <span>
                <span className="suggestion-label">Competency</span> <strong>{competency.name}</strong>
                <Reasons words={competency.reasons} />
              </span>
              <button type="button" aria-label={`Add competency ${competency.name}`} onClick={() => onAddCompetency(competency.id)}>
                Add
              </button>
            </li>
          ))}
          {kind && (
            <li>
              <span>
                <span className="suggestion-label">Kind</span> <strong>{kindLabel(kind.label)}</strong>
                <Reasons words={kind.reasons} />
              </span>
              <button type="button" aria-label={`Use kind ${kindLabel(kind.label)}`} onClick={() => onUseKind(kind.label)}>
                Use
              </button>
            </li>
          )}
          {scope && (
            <li>
              <span>
                <span className="suggestion-label">Scope</span> <strong>{scopeLabel(scope.label)}</strong>
                <Reasons words={scope.reasons} />
              </span>
              <button type="button" aria-label={`Use scope ${scopeLabel(scope.label)}`} onClick={() => onUseScope(scope.label)}>
                Use
              </button>
            </li>
          )}
          {impact?.prompt && (
            <li className="suggestion-prompt">
              <span>
                <span className="suggestion-label">Impact</span> No measured result yet: what changed, and by how much?{' '}
                <span className="muted">{impact.prompt}</span>
              </span>
            </li>
          )}
          {impact?.metrics.map((metric) => (
            <li key={`${metric.name}|${metric.value}|${metric.unit}`}>
              <span>
                <span className="suggestion-label">Metric</span> <strong>{metricText(metric)}</strong>
                <Reasons words={[metric.source]} />
              </span>
              <button type="button" aria-label={`Use metric ${metricText(metric)}`} onClick={() => onUseMetric(metric)}>
                Use
              </button>
            </li>
          ))}
        </ul>
      )}
      <p className="muted field-hint">
        {`Learned on this computer from your framework and ${exampleCount.toLocaleString('en-GB')} ${exampleCount === 1 ? 'entry' : 'entries'}.`}{' '}
        Nothing is applied until you choose it.
      </p>
    </section>
  );
}

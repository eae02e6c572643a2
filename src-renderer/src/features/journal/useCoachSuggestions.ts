import { useDeferredValue, useEffect, useMemo, useSyncExternalStore } from 'react';
import { splitList } from '../../domain/entries/entryDraft';
import { offeredSuggestions, type Suggestions } from '../../domain/coach/suggestions';
import type { Framework } from '../../domain/types';
import { useJournalEntries } from '../../hooks/useJournalData';
import { CoachConnection } from './coachConnection';
import type { EditorForm } from './editorForm';

/** Characters of body and impact beyond which the text is ranked after the keystroke is drawn (ranking 4,000 takes about 1.5 ms). */
const longTextLength = 4_000;

/** One coach for the page: it keeps what it learned from one editor to the next. */
const connection = new CoachConnection();

export interface CoachSuggestions {
  suggestions: Suggestions;
  /** How many of the journal's entries the coach has learned from so far. */
  exampleCount: number;
}

/**
 * The suggestions for the editor's form as typed. The coach follows the journal (learning in idle
 * time) and the active framework; the text is ranked as it changes, and what the form already has
 * is left out, so a click shows at once.
 */
export function useCoachSuggestions(form: EditorForm, framework: Framework): CoachSuggestions {
  const journal = useJournalEntries();
  const coach = useSyncExternalStore(connection.subscribe, connection.getState);
  useEffect(() => {
    if (journal?.isComplete) connection.followEntries(journal.entries);
  }, [journal]);

  // A short text is ranked in the keystroke's own render, so its suggestions are drawn in the same
  // frame (measured: through useDeferredValue they came a frame later, about 20 ms). A long one is
  // read deferred, so typing never waits for it.
  const deferred = useDeferredValue(form);
  const isLong = form.body.length + form.impact.length > longTextLength;
  const { title, body, impact, tags } = isLong ? deferred : form;
  const { kind, scope, competencies, metricValue } = form;
  const ranking = useMemo(
    () => coach.rank(framework, { title, body, impact, tags: splitList(tags), kind }),
    [coach, framework, title, body, impact, tags, kind],
  );
  const suggestions = useMemo(
    () => offeredSuggestions(ranking, { title, body, impact, kind, scope, competencies, hasMetric: metricValue.trim() !== '' }, framework),
    [ranking, title, body, impact, kind, scope, competencies, metricValue, framework],
  );
  return { suggestions, exampleCount: coach.exampleCount };
}

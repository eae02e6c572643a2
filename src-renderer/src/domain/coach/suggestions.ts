import type { EntryKind, Framework, ScopeLevelId } from '../types';
import type { CoachRanking, RankedLabel } from './coach';
import { withoutTemplateLines } from './coachText';
import { findMetrics, type FoundMetric } from './metrics';

/** What the editor holds now: what is already set is never suggested again. */
export interface EditorState {
  title: string;
  body: string;
  impact: string;
  kind: EntryKind;
  scope: ScopeLevelId;
  competencies: readonly string[];
  /** True once the entry has a metric value. */
  hasMetric: boolean;
}

export interface CompetencySuggestion {
  id: string;
  name: string;
  /** The words that led to it, as written. */
  reasons: string[];
}

/** The impact coach: a question when the result is not measured yet, and the figures the text already holds. */
export interface ImpactCoaching {
  /** A prompt from the framework asking what changed and by how much; null when the impact already holds a figure. */
  prompt: string | null;
  metrics: FoundMetric[];
}

/** Everything the editor offers; nothing of it is applied until the user clicks. */
export interface Suggestions {
  competencies: CompetencySuggestion[];
  kind: RankedLabel<EntryKind> | null;
  scope: RankedLabel<ScopeLevelId> | null;
  impact: ImpactCoaching | null;
}

/** The kinds of entry whose result can usually be measured. */
const measurableKinds: ReadonlySet<EntryKind> = new Set(['win', 'decision', 'incident']);
const maximumCompetencies = 3;
/** Framework prompts that ask for a measure, the most direct first ("what did the numbers say?"). */
const measuringPrompts: readonly RegExp[] = [
  /\b(numbers?|measur\w*|metrics?|how much|by how much)\b/i,
  /\b(what changed|what is different|cost|save|revenue)\b/i,
];

/**
 * The framework's prompt that best asks "what changed, and by how much?": from the entry's own
 * competencies before the others, and within each, the most direct kind of question first. Null when the framework has
 * none (an imported ladder may not).
 */
export function measuringPromptOf(framework: Framework, competencyIds: readonly string[]): string | null {
  const own = framework.competencies.filter((competency) => competencyIds.includes(competency.id));
  const others = framework.competencies.filter((competency) => !competencyIds.includes(competency.id));
  for (const group of [own, others]) {
    for (const pattern of measuringPrompts) {
      for (const competency of group) {
        const prompt = competency.prompts.find((candidate) => pattern.test(candidate));
        if (prompt) return prompt;
      }
    }
  }
  return null;
}

/** The impact coach for the editor's state; null when there is nothing to ask or offer. */
export function impactCoaching(state: EditorState, framework: Framework): ImpactCoaching | null {
  const body = withoutTemplateLines(state.body);
  // Nothing written yet: too early to ask what it changed.
  if (state.hasMetric || !`${state.title}${body}${state.impact}`.trim()) return null;
  const impactFigures = findMetrics(state.impact);
  const metrics = findMetrics([state.impact, state.title, body].join('\n'));
  const prompt =
    measurableKinds.has(state.kind) && impactFigures.length === 0
      ? (measuringPromptOf(framework, state.competencies) ?? 'What changed because of this, and by how much?')
      : null;
  return prompt === null && metrics.length === 0 ? null : { prompt, metrics };
}

/**
 * What the editor offers from a ranking: at most three competencies of the active framework from
 * the top three that are not ticked yet, a kind and a scope only when they differ from the ones
 * chosen, and the impact coach.
 */
export function offeredSuggestions(ranking: CoachRanking | null, state: EditorState, framework: Framework): Suggestions {
  const names = new Map(framework.competencies.map((competency) => [competency.id, competency.name]));
  const competencies = (ranking?.competencies ?? [])
    .slice(0, maximumCompetencies)
    .filter((ranked) => !state.competencies.includes(ranked.label) && names.has(ranked.label))
    .map((ranked) => ({ id: ranked.label, name: names.get(ranked.label) ?? ranked.label, reasons: ranked.reasons }));
  return {
    competencies,
    kind: ranking?.kind && ranking.kind.label !== state.kind ? ranking.kind : null,
    scope: ranking?.scope && ranking.scope.label !== state.scope ? ranking.scope : null,
    impact: impactCoaching(state, framework),
  };
}

/** True when there is nothing at all to offer. */
export function isQuiet(suggestions: Suggestions): boolean {
  return suggestions.competencies.length === 0 && !suggestions.kind && !suggestions.scope && !suggestions.impact;
}

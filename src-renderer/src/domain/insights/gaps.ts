/**
 * Gaps in a quarter's evidence, each turned into a reflection prompt: competencies with no entry,
 * and a scope that did not widen beyond the previous quarter. Pure; drawn from per-quarter counts.
 */
import { quarterOrdinal } from '../quarters';
import type { QuarterKey } from '../quarters';
import { scopeLabel, scopeLevelIds } from '../scopeLevels';
import type { Competency, Entry, Framework, ScopeLevelId } from '../types';
import { journalStatsOf, type JournalStats, type QuarterStats } from './quarterStats';

/** A framework competency with no evidence in the quarter. */
export interface MissingCompetencyGap {
  kind: 'missing-competency';
  competencyId: string;
  name: string;
  /** One of the competency's reflection prompts, the same one for the same quarter. */
  prompt: string;
}

/** Nothing in the quarter reached beyond the widest scope of the quarter before. */
export interface ScopePlateauGap {
  kind: 'scope-plateau';
  previousHighest: ScopeLevelId;
  /** Null when the quarter has no entries yet. */
  currentHighest: ScopeLevelId | null;
  prompt: string;
}

export type Gap = MissingCompetencyGap | ScopePlateauGap;

const scopeIndex = new Map<string, number>(scopeLevelIds.map((id, index) => [id, index]));

/** Asked when a competency has no prompts of its own (a user-edited framework may have none). */
function fallbackPrompt(name: string): string {
  return `What did you do this quarter that shows ${name}? If nothing yet, what could you take on?`;
}

/**
 * The reflection prompt a competency asks in `quarter`: its prompts rotate with the quarter, so
 * each quarter asks a different question and the same quarter always asks the same one.
 */
export function competencyPromptFor(competency: Competency, quarter: QuarterKey): string {
  const prompts = competency.prompts.filter((prompt) => prompt.trim() !== '');
  return prompts[quarterOrdinal(quarter) % Math.max(1, prompts.length)] ?? fallbackPrompt(competency.name);
}

function plateauPrompt(previousHighest: ScopeLevelId): string {
  const wider = scopeLevelIds[(scopeIndex.get(previousHighest) ?? 0) + 1];
  const next = wider ? ` at ${scopeLabel(wider)} level` : '';
  return `Nothing this quarter reached beyond ${scopeLabel(previousHighest)}. Which problem one level wider${next} could you take on next?`;
}

/**
 * Why a quarter has no gaps: every competency has evidence, and its scope did not plateau because
 * it widened beyond the previous quarter's, because there is no previous quarter to compare with,
 * or because the previous quarter already reached Industry, the widest scope.
 */
export type NoGapsReason = 'scope-widened' | 'no-previous-quarter' | 'already-widest';

/** A quarter's gaps, and when there are none, why. */
export interface GapsVerdict {
  gaps: Gap[];
  /** Null exactly when `gaps` is not empty. */
  whyNone: NoGapsReason | null;
}

/**
 * The gaps of `quarter`: a `scope-plateau` gap first when its entries reach nothing wider than the
 * previous quarter's widest scope (only if the previous quarter has entries and its widest scope is
 * not already Industry; an empty current quarter counts as a plateau), then one `missing-competency`
 * gap per framework competency without a tagged entry, in framework order. A competency's prompt
 * rotates with the quarter, so each quarter asks a different question and the same quarter always
 * asks the same one. Entries in the trash are ignored. With no gaps, the verdict says why.
 */
export function judgeGaps(entries: readonly Entry[], framework: Framework, quarter: QuarterKey): GapsVerdict {
  const ordinal = quarterOrdinal(quarter);
  return gapsFrom(journalStatsOf(entries, new Set([ordinal, ordinal - 1])), framework, quarter);
}

/** The widest scope level (its index) with an entry in a quarter's counts; -1 for none. */
function widestScope(stats: QuarterStats | undefined): number {
  for (let index = scopeLevelIds.length - 1; index >= 0; index -= 1) {
    const id = scopeLevelIds[index];
    if (id !== undefined && (stats?.scopes.get(id) ?? 0) > 0) return index;
  }
  return -1;
}

/** `judgeGaps` from the journal's per-quarter counts. */
export function gapsFrom(stats: JournalStats, framework: Framework, quarter: QuarterKey): GapsVerdict {
  const currentOrdinal = quarterOrdinal(quarter);
  const current = stats.get(currentOrdinal);
  const currentHighest = widestScope(current);
  const previousHighest = widestScope(stats.get(currentOrdinal - 1));

  const gaps: Gap[] = [];
  const previousLevel = scopeLevelIds[previousHighest];
  const isPreviousWidest = previousHighest === scopeLevelIds.length - 1;
  if (previousLevel && !isPreviousWidest && currentHighest <= previousHighest) {
    gaps.push({
      kind: 'scope-plateau',
      previousHighest: previousLevel,
      currentHighest: scopeLevelIds[currentHighest] ?? null,
      prompt: plateauPrompt(previousLevel),
    });
  }

  const seen = new Set<string>();
  for (const competency of framework.competencies) {
    if ((current?.competencies.get(competency.id) ?? 0) > 0 || seen.has(competency.id)) continue;
    seen.add(competency.id);
    gaps.push({
      kind: 'missing-competency',
      competencyId: competency.id,
      name: competency.name,
      prompt: competencyPromptFor(competency, quarter),
    });
  }
  if (gaps.length > 0) return { gaps, whyNone: null };
  const whyNone: NoGapsReason = previousHighest < 0 ? 'no-previous-quarter' : isPreviousWidest ? 'already-widest' : 'scope-widened';
  return { gaps, whyNone };
}

/** The gaps of `quarter` (see `judgeGaps`). */
export function findGaps(entries: readonly Entry[], framework: Framework, quarter: QuarterKey): Gap[] {
  return judgeGaps(entries, framework, quarter).gaps;
}

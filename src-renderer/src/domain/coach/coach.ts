import { entryKindIds, entryKinds } from '../entries/entryKinds';
import { entryTemplate } from '../entries/entryTemplates';
import { scopeLevelIds, scopeLevels } from '../scopeLevels';
import type { EntryKind, Framework, ScopeLevelId } from '../types';
import { coachText, type CoachExample, type CoachFields } from './coachText';
import { coachWords, type CoachTokenizer, type CoachWord } from './coachWords';
import { kindCues, scopeCue } from './cues';
import { LabelModel, TermTable, termWeights, type LabelScore } from './labelModel';

/** A label the coach ranks, with the words that led to it (or the phrase that named it). */
export interface RankedLabel<Label extends string = string> {
  label: Label;
  /** The words as written: reason words for a learned suggestion, or one cue phrase. */
  reasons: string[];
  /** True when a cue phrase named it outright rather than the model inferring it. */
  isCue: boolean;
}

/** What the coach makes of a text, before anything already set is taken out. */
export interface CoachRanking {
  /** Every competency of the active framework with some evidence in the text, best first. */
  competencies: RankedLabel[];
  kind: RankedLabel<EntryKind> | null;
  scope: RankedLabel<ScopeLevelId> | null;
}

/** What the editor has: the text fields, and the kind the user chose (it tells competencies and scope apart). */
export interface CoachDraft extends CoachFields {
  kind: EntryKind;
}

/**
 * A kind counts as this many words of a text for the competency and scope models. Three found a
 * few more of the sample's second competencies (65 % against 63 % all in the top three), but a new
 * entry's kind is often still the default when the user starts typing, and at two a wrong kind
 * outweighs the words less.
 */
const kindWeight = 2;
/** The framework's name of a competency counts as this many documents of its description. */
const nameWeight = 3;
/** Below this cosine, a competency has too little in common with the text to be offered. */
const minimumScore = 0.02;
/** Pronouns say who the work was for ("I", "we"): a hint of scope, no evidence of a competency. */
const pronouns = new Set(['i', 'me', 'my', 'myself', 'we', 'our', 'ours', 'us']);
const reasonLimit = 3;
/** Ids of the texts the coach starts from (kinds, levels, the framework), apart from the user's entries. */
const priorPrefix = 'prior:';
/** A kind cue counts only for the kinds the model ranks this high or higher (0 is the top). */
const kindCueRank = 2;

/** What is kept of each document, so that it can be taken back out exactly as it went in. */
interface Stored {
  /** The term ids of its words, in order, repeats included: compact, and enough to rebuild each model's vector. */
  wordIds: Uint32Array;
  competencies: readonly string[];
  kindLabel: EntryKind | null;
  scopeLabel: ScopeLevelId | null;
  /** How many times it counts (a competency's name counts more than a sentence): taken back out as many. */
  weight: number;
}

/**
 * The coach: learns which competencies, kind and scope go with which words from the user's own
 * tagged entries, starting from the active framework's text (and the kinds' and levels' own
 * descriptions), so it has something to say from the first entry. Entries are added, replaced and
 * removed one at a time as the journal changes; nothing is ever retrained from scratch.
 */
export class Coach {
  private readonly terms = new TermTable();
  private readonly competencyModel = new LabelModel(this.terms);
  private readonly kindModel = new LabelModel(this.terms);
  private readonly scopeModel = new LabelModel(this.terms);
  private readonly stored = new Map<string, Stored>();
  private framework: Framework | null = null;
  private frameworkIds: string[] = [];
  private pronounIds: Set<number> | null = null;

  constructor(private readonly tokenize: CoachTokenizer = coachWords) {
    entryKinds.forEach((kind) => {
      const template = entryTemplate(kind.id);
      this.put(`${priorPrefix}kind:${kind.id}`, [kind.label, kind.hint, ...template.prompts].join('\n'), { kind: kind.id });
    });
    scopeLevels.forEach((level) => this.put(`${priorPrefix}scope:${level.id}`, `${level.label}\n${level.meaning}`, { scope: level.id }));
  }

  private examples = 0;

  /** How many of the user's entries the coach has learned from. */
  get exampleCount(): number {
    return this.examples;
  }

  /** Makes `framework` the one suggested from: its text replaces the previous framework's. */
  setFramework(framework: Framework): void {
    for (const id of this.frameworkIds) this.remove(id);
    this.framework = framework;
    this.frameworkIds = [];
    for (const competency of framework.competencies) {
      const nameId = `${priorPrefix}name:${competency.id}`;
      const textId = `${priorPrefix}text:${competency.id}`;
      this.put(nameId, competency.name, { competencies: [competency.id] }, nameWeight);
      this.put(textId, [competency.description, ...competency.behaviours, ...competency.prompts].join('\n'), {
        competencies: [competency.id],
      });
      this.frameworkIds.push(nameId, textId);
    }
  }

  /** Learns from an entry, replacing what was learned from an earlier version of it. */
  learn(example: CoachExample): void {
    this.put(example.id, coachText(example), example);
  }

  /** Forgets an entry (deleted, trashed, or the sample removed). Unknown ids are ignored. */
  forget(id: string): void {
    this.remove(id);
  }

  private put(
    id: string,
    text: string,
    labels: { competencies?: readonly string[]; kind?: EntryKind; scope?: ScopeLevelId },
    weight = 1,
  ): void {
    this.remove(id);
    const stored: Stored = {
      wordIds: Uint32Array.from(this.tokenize(text), (word) => this.terms.idOf(word.term)),
      competencies: labels.competencies ?? [],
      kindLabel: labels.kind ?? null,
      scopeLabel: labels.scope ?? null,
      weight,
    };
    this.apply(stored, weight);
    this.stored.set(id, stored);
    if (!id.startsWith(priorPrefix)) this.examples += 1;
  }

  private remove(id: string): void {
    const stored = this.stored.get(id);
    if (!stored) return;
    this.apply(stored, -stored.weight);
    this.stored.delete(id);
    if (!id.startsWith(priorPrefix)) this.examples -= 1;
  }

  private apply(stored: Stored, weight: number): void {
    // Only what carries a label is counted: the kinds' texts teach kinds, the framework's competencies.
    const kindIds = stored.kindLabel ? this.kindTerms(stored.kindLabel) : [];
    if (stored.competencies.length > 0) {
      // The framework's texts have no kind; an entry's kind is part of what it says about its competencies.
      const withKind = stored.kindLabel ? kindIds : [];
      this.competencyModel.add(termWeights([...this.withoutPronouns(stored.wordIds), ...withKind]), stored.competencies, weight);
    }
    if (stored.kindLabel) this.kindModel.add(termWeights(stored.wordIds), [stored.kindLabel], weight);
    if (stored.scopeLabel) this.scopeModel.add(termWeights([...stored.wordIds, ...kindIds]), [stored.scopeLabel], weight);
  }

  private withoutPronouns(ids: ArrayLike<number>): number[] {
    this.pronounIds ??= new Set([...pronouns].map((pronoun) => this.terms.idOf(pronoun)));
    const kept: number[] = [];
    for (let position = 0; position < ids.length; position++) {
      const id = ids[position] ?? 0;
      if (!this.pronounIds.has(id)) kept.push(id);
    }
    return kept;
  }

  private kindTerms(kind: EntryKind): number[] {
    return Array.from({ length: kindWeight }, () => this.terms.idOf(`kind:${kind}`));
  }

  /** Term ids of a draft's words, without adding terms the coach has never seen (they tell nothing apart). */
  private knownIds(words: readonly CoachWord[]): number[] {
    const ids: number[] = [];
    for (const word of words) {
      const id = this.terms.find(word.term);
      if (id !== undefined) ids.push(id);
    }
    return ids;
  }

  /** The ranked competencies, kind and scope for a draft, whatever is already set on it. */
  rank(draft: CoachDraft): CoachRanking {
    const text = coachText(draft);
    const words = this.tokenize(text);
    const writtenAs = new Map<number, string>();
    for (const word of words) {
      const id = this.terms.find(word.term);
      if (id !== undefined && !writtenAs.has(id)) writtenAs.set(id, word.word);
    }
    const reasonsOf = (score: LabelScore) =>
      [...new Set(score.reasons.map((id) => writtenAs.get(id)).filter((word): word is string => word !== undefined))].slice(0, reasonLimit);
    const kindId = this.terms.find(`kind:${draft.kind}`);
    const kindIds = kindId === undefined ? [] : Array.from({ length: kindWeight }, () => kindId);
    const wordIds = this.knownIds(words);

    const competencies = this.competencyModel
      .score(
        termWeights([...this.withoutPronouns(wordIds), ...kindIds]),
        this.framework?.competencies.map((competency) => competency.id) ?? [],
      )
      .filter((score) => score.score >= minimumScore)
      .map((score) => ({ label: score.label, reasons: reasonsOf(score), isCue: false }))
      .filter((ranked) => ranked.reasons.length > 0);

    const learnedKinds = this.kindModel.score(termWeights(wordIds), entryKindIds);
    const cues = kindCues(text);
    const kindOrder = new Map(learnedKinds.map((score, position) => [score.label, position]));
    // A cue settles the kind only between the two the model ranks highest: "wrote" is in wins and
    // incidents too (measured: cues alone lowered the kinds found, docs/coach.md).
    const bestCue = cues
      .filter((cue) => (kindOrder.get(cue.label) ?? kindCueRank) < kindCueRank)
      .sort((a, b) => (kindOrder.get(a.label) ?? kindCueRank) - (kindOrder.get(b.label) ?? kindCueRank))[0];
    const learnedKind = learnedKinds[0];
    const kind: RankedLabel<EntryKind> | null = bestCue
      ? { label: bestCue.label, reasons: [bestCue.phrase], isCue: true }
      : learnedKind && reasonsOf(learnedKind).length > 0
        ? { label: learnedKind.label as EntryKind, reasons: reasonsOf(learnedKind), isCue: false }
        : null;

    const cue = scopeCue(text);
    const learnedScope = this.scopeModel.score(termWeights([...wordIds, ...kindIds]), scopeLevelIds)[0];
    const scope: RankedLabel<ScopeLevelId> | null = cue
      ? { label: cue.label, reasons: [cue.phrase], isCue: true }
      : learnedScope && reasonsOf(learnedScope).length > 0
        ? { label: learnedScope.label as ScopeLevelId, reasons: reasonsOf(learnedScope), isCue: false }
        : null;

    return { competencies, kind, scope };
  }
}

/**
 * First drafts of a packet's narratives, one per competency, taken from the user's own entries.
 *
 * A draft is extractive: every sentence in it is the user's own, lightly turned into the first
 * person. It reads as
 *
 * 1. the scope trajectory: "My reach here grew from Team in Q1 2025 to Company in Q3 2026.";
 * 2. the three strongest pieces of evidence (starred, then widest scope, then measured impact:
 *    `compareStrongestFirst`), each as situation → action → impact, cited by title and date as the
 *    appendix lists it. When none of those three has a figure and another entry does, the
 *    strongest entry with a figure takes the third place, so the draft argues with a number;
 *    - the situation is the body's first sentence, unless that sentence is already an action;
 *    - the action is a decision's choice, else the body's first sentence that says what the user
 *      did ("I …", "We …", or one that opens with a verb in the past: "Shipped the cache…"), else
 *      the title when it reads as an action;
 *    - the impact is the Impact field, the metric, a feedback entry's quotation, and otherwise the
 *      first sentence of the body with a figure in it;
 * 3. the rest of the evidence, cited by title and date.
 *
 * Nothing here reads the clock or the database.
 */
import { formatLocalDate } from '../dates';
import { findMetrics } from '../coach/metrics';
import { formatMetric, plainText } from '../markdownText';
import { quarterLabel, quarterOf } from '../quarters';
import { scopeLabel, scopeRank } from '../scopeLevels';
import type { Entry, Framework, Packet } from '../types';
import { extractQuotes, selectedEntries } from './assemblePacket';
import { compareStrongestFirst } from './packet';

/** How many entries a draft tells as situation → action → impact. */
export const detailedEvidenceCount = 3;
/** How many more entries a draft cites by title and date. */
export const furtherEvidenceCount = 5;
/** Extracted sentences longer than this are cut at a word boundary. */
const sentenceLength = 240;

/** Past-tense verbs that do not end in "-ed", as an engineer's entry opens with them. */
const irregularPast = new Set(
  (
    'began brought built bought caught chose cut dealt drew drove fed felt fought found gave got grew had heard held hid hit kept knew ' +
    'laid led left lent let lost made meant met paid put ran rewrote rode said sat saw sent set shook shot showed shut slept sold ' +
    'spent split spoke spun stood stuck swept swung taught thought threw told took tore understood undertook withdrew won wrote'
  ).split(' '),
);
/** Words ending in "-ed" that open sentences without being something the user did. */
const notActions = new Set('embedded expected feed given indeed need needed red seed speed unexpected'.split(' '));
/**
 * Openers that are verbs only when an object follows them: "Shared the plan" is an action,
 * "Shared Redis instance near its limit" is not.
 */
const verbsWithObject = new Set('advanced automated based detailed distributed limited mixed nested related shared used'.split(' '));
const objectStart =
  /^(?:the|a|an|our|my|his|her|their|its|this|that|these|those|it|them|him|us|up|out|with|to|for|on|over|all|every|each|two|three|four|five|six|\d)\b/iu;

/** The body's sentences as plain text: headings and quotations left out, each list item a sentence. */
export function bodySentences(body: string): string[] {
  const blocks: string[][] = [[]];
  for (const line of body.split(/\r?\n/)) {
    if (/^\s{0,3}(#{1,6}\s|>)/.test(line)) continue;
    if (line.trim() === '' || /^\s*([-*+]|\d+[.)])\s/.test(line)) blocks.push([]);
    if (line.trim() !== '') blocks[blocks.length - 1]?.push(line);
  }
  return blocks
    .map((lines) => plainText(lines.join('\n')))
    .flatMap((text) => text.split(/(?<=[.!?…])\s+(?=["“‘(\p{Lu}\p{N}])/u))
    .map((sentence) => sentence.trim())
    .filter((sentence) => /\p{L}/u.test(sentence));
}

/** `text` as a sentence: at most 240 characters, cut at a word, with a full stop at the end. */
function asSentence(text: string): string {
  let sentence = text.replace(/\s+/g, ' ').trim();
  if (sentence.length > sentenceLength) {
    const cut = sentence.slice(0, sentenceLength - 1);
    const lastSpace = cut.lastIndexOf(' ');
    return `${(lastSpace > sentenceLength / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
  }
  if (!/[.!?…]["”’')\]]?$/.test(sentence)) sentence = `${sentence}.`;
  return sentence;
}

/** A sentence's first word, lower case, without its punctuation. */
function firstWord(sentence: string): string {
  return (/^[\p{L}’']+/u.exec(sentence)?.[0] ?? '').toLowerCase();
}

/** Whether a sentence says what its author did: "I …", "We …" (but not "We had …"), or an opening verb in the past. */
export function isActionSentence(sentence: string): boolean {
  // "We had patched it years ago": the past before the story is its situation, not the action.
  if (/^(I|We) had\b/.test(sentence) || /^(I|We)['’]d\b/.test(sentence)) return false;
  if (/^(I|We)\b/.test(sentence) || /^I['’]/.test(sentence)) return true;
  const word = firstWord(sentence);
  if (!/^\p{Lu}/u.test(sentence) || notActions.has(word)) return false;
  if (verbsWithObject.has(word)) return objectStart.test(sentence.slice(word.length).trimStart());
  return irregularPast.has(word) || (word.length > 4 && word.endsWith('ed'));
}

/** An action in the first person: "Shipped the cache" → "I shipped the cache". Acronyms keep their case. */
export function inFirstPerson(sentence: string): string {
  if (/^(I|We)\b/.test(sentence) || /^I['’]/.test(sentence)) return sentence;
  const isAcronym = /^\p{Lu}\p{Lu}/u.test(sentence);
  return `I ${isAcronym ? sentence : sentence.charAt(0).toLowerCase() + sentence.slice(1)}`;
}

/** Counts and changes written in words: "two pitches funded", "halved the queue". */
const figureWords =
  /\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds?|thousands?|millions?|dozens?|half|halved|doubled|tripled|twice|fifths?|thirds?)\b/iu;

/** Whether a text holds a figure a committee can check: a percentage, an amount, a duration, a count. */
export function hasFigure(text: string): boolean {
  return findMetrics(text).length > 0 || figureWords.test(text);
}

/** Whether an entry's impact, metric or body carries a figure. */
function hasImpactFigure(entry: Entry): boolean {
  return entry.impactMetric !== null || hasFigure(entry.impact) || bodySentences(entry.body).some(hasFigure);
}

/** How a draft cites an entry, as the packet's appendix lists it: “Title” (14 Mar 2026). */
export function citation(entry: Entry): string {
  return `“${entry.title.trim()}” (${formatLocalDate(entry.occurredOn)})`;
}

/** One entry told as situation → action → impact, with its citation. */
export function evidenceParagraph(entry: Entry): string {
  const sentences = bodySentences(entry.body);
  const opening = sentences[0];
  const situation = opening !== undefined && !isActionSentence(opening) ? opening : null;
  const choice = entry.kind === 'decision' && entry.choice.trim() !== '' ? `I chose ${entry.choice.trim()}` : null;
  const bodyAction = sentences.find((sentence) => sentence !== situation && isActionSentence(sentence));
  const titleAction = isActionSentence(entry.title.trim()) ? entry.title.trim() : null;
  const actionSource = choice ?? bodyAction ?? titleAction;
  const action = actionSource === null ? null : choice !== null ? choice : inFirstPerson(actionSource);

  const impact: string[] = [];
  if (entry.impact.trim() !== '') impact.push(entry.impact.trim());
  if (entry.impactMetric) impact.push(`Measured: ${formatMetric(entry.impactMetric)}`);
  for (const quote of entry.kind === 'feedback' ? extractQuotes(entry).slice(0, 1) : []) {
    impact.push(`“${quote.quote}”${quote.attribution ? ` (${quote.attribution})` : ''}`);
  }
  if (!entry.impactMetric && !hasFigure(entry.impact)) {
    const figure = sentences.find((sentence) => sentence !== situation && sentence !== bodyAction && hasFigure(sentence));
    if (figure !== undefined) impact.push(figure);
  }
  const parts = [situation, action, ...impact].filter((part): part is string => part !== null && part !== '');
  return [...parts.map(asSentence), `Evidence: ${citation(entry)}.`].join(' ');
}

/**
 * The sentence that says how far the evidence reached, and when: "My reach here grew from Team in
 * Q1 2025 to Company in Q3 2026." It starts from the widest scope of the first quarter with
 * evidence and ends at the widest scope, in the quarter it was first reached. Null without evidence.
 */
export function scopeTrajectory(entries: readonly Entry[]): string | null {
  const dated = [...entries].sort((a, b) => (a.occurredOn < b.occurredOn ? -1 : a.occurredOn > b.occurredOn ? 1 : 0));
  const first = dated[0];
  if (!first) return null;
  const firstQuarter = quarterOf(first.occurredOn);
  const start = dated
    .filter((entry) => quarterOf(entry.occurredOn) === firstQuarter)
    .reduce((widest, entry) => (scopeRank(entry.scope) > scopeRank(widest.scope) ? entry : widest));
  const peak = dated.reduce((widest, entry) => (scopeRank(entry.scope) > scopeRank(widest.scope) ? entry : widest));
  const lastQuarter = quarterOf(dated[dated.length - 1]?.occurredOn ?? first.occurredOn);
  if (scopeRank(peak.scope) <= scopeRank(start.scope)) {
    const span =
      lastQuarter === firstQuarter
        ? `in ${quarterLabel(firstQuarter)}`
        : `from ${quarterLabel(firstQuarter)} to ${quarterLabel(lastQuarter)}`;
    return `My work here was at ${scopeLabel(start.scope)} scope ${span}.`;
  }
  return `My reach here grew from ${scopeLabel(start.scope)} in ${quarterLabel(firstQuarter)} to ${scopeLabel(peak.scope)} in ${quarterLabel(quarterOf(peak.occurredOn))}.`;
}

/** The entries a draft tells in full: the strongest three, with a figure among them when any entry has one. */
function detailedEntries(ranked: readonly Entry[]): Entry[] {
  const detailed = ranked.slice(0, detailedEvidenceCount);
  if (detailed.some(hasImpactFigure)) return detailed;
  const measured = ranked.slice(detailedEvidenceCount).find(hasImpactFigure);
  return measured ? [...detailed.slice(0, detailedEvidenceCount - 1), measured] : detailed;
}

/** A first-draft narrative from a competency's evidence (see the top of this module); empty without evidence. */
export function draftNarrative(entries: readonly Entry[]): string {
  const trajectory = scopeTrajectory(entries);
  if (trajectory === null) return '';
  const ranked = [...entries].sort(compareStrongestFirst);
  const detailed = detailedEntries(ranked);
  const told = new Set(detailed.map((entry) => entry.id));
  const further = ranked.filter((entry) => !told.has(entry.id)).slice(0, furtherEvidenceCount);
  const paragraphs = [trajectory, ...detailed.map(evidenceParagraph)];
  if (further.length > 0) paragraphs.push(`Further evidence: ${further.map(citation).join('; ')}.`);
  return paragraphs.join('\n\n');
}

/**
 * A draft for every competency with evidence in the packet (its selected entries in the period,
 * outside the trash), by competency id. Competencies retired from the framework are drafted too,
 * since the packet shows their evidence.
 */
export function draftNarratives(packet: Packet, entries: readonly Entry[]): Record<string, string> {
  const byCompetency = new Map<string, Entry[]>();
  for (const entry of selectedEntries(packet, entries)) {
    for (const id of new Set(entry.competencies)) byCompetency.set(id, [...(byCompetency.get(id) ?? []), entry]);
  }
  return Object.fromEntries([...byCompetency].map(([id, tagged]) => [id, draftNarrative(tagged)]));
}

/** Whether the user has changed a narrative since the app last drafted it (or wrote one with no draft). */
export function isNarrativeEdited(packet: Packet, competencyId: string): boolean {
  const text = packet.narratives[competencyId] ?? '';
  return text.trim() !== '' && text !== packet.draftedNarratives?.[competencyId];
}

/** What "Draft narratives" did: the packet's new narratives, and which it drafted or kept. */
export interface DraftedPacket {
  narratives: Record<string, string>;
  draftedNarratives: Record<string, string>;
  drafted: string[];
  /** Competencies whose narrative the user had edited, left as they were. */
  kept: string[];
}

/**
 * Puts `drafts` into the packet's narratives, except where the user has edited one: an edited
 * narrative is never overwritten (Redraft offers the new draft beside it instead).
 */
export function applyDrafts(packet: Packet, drafts: Record<string, string>, framework: Framework): DraftedPacket {
  const narratives = { ...packet.narratives };
  const draftedNarratives = { ...packet.draftedNarratives };
  const drafted: string[] = [];
  const kept: string[] = [];
  const order = new Map(framework.competencies.map((competency, index) => [competency.id, index]));
  const ids = Object.keys(drafts).sort((a, b) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity) || (a < b ? -1 : 1));
  for (const id of ids) {
    const draft = drafts[id] ?? '';
    if (draft === '') continue;
    if (isNarrativeEdited(packet, id)) {
      kept.push(id);
      continue;
    }
    narratives[id] = draft;
    draftedNarratives[id] = draft;
    drafted.push(id);
  }
  return { narratives, draftedNarratives, drafted, kept };
}

// @ts-check
/**
 * The name finder of "Names to redact" (src-renderer/src/domain/coach/names.ts), scored on the
 * labelled sentences of scripts/eval/data/: names-dev.json (the split the finder was tuned on) and
 * names-heldout.json (never tuned on; reported, and held to no target).
 *
 * Each sentence is read on its own, as the only text of a packet, with the People fields some of
 * them carry. What is scored is what the redaction would replace: the occurrences of every name
 * ticked by default (`createNameMatcher` over the ticked names), against the labelled names'
 * occurrences in the sentence.
 * - Recall: labelled occurrences wholly covered by ticked occurrences, over all labelled ones.
 * - Precision: ticked occurrences that lie within a labelled one, over all ticked ones.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const dataFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), 'data');

/** @typedef {{ text: string, names: string[], people?: string[] }} LabelledSentence */
/** @typedef {{ start: number, end: number, text: string, possessive?: string }} Span */

/** @param {string} file @returns {LabelledSentence[]} */
function sentencesOf(file) {
  return JSON.parse(readFileSync(path.join(dataFolder, file), 'utf8')).sentences;
}

/** Every whole-word occurrence of `name` in `text`. @param {string} text @param {string} name @returns {Span[]} */
function occurrences(text, name) {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}_@.])${escaped}(?![\\p{L}\\p{N}_@])`, 'gu');
  return [...text.matchAll(pattern)].map((match) => ({ start: match.index, end: match.index + name.length, text: name }));
}

/**
 * @param {any} names  the names module
 * @param {LabelledSentence[]} sentences
 * @param {(name: string) => boolean} [onlyLabel]  counts recall over these labelled names only
 */
function score(names, sentences, onlyLabel = () => true) {
  let labelled = 0;
  let recalled = 0;
  let ticked = 0;
  let correct = 0;
  /** @type {string[]} */
  const missed = [];
  /** @type {string[]} */
  const wrong = [];
  for (const sentence of sentences) {
    const text = names.normalizeText(sentence.text);
    const found = names.findNames([text], { people: sentence.people ?? [] }).filter((/** @type {any} */ name) => name.isTickedByDefault);
    /** @type {Span[]} */
    const spans = names
      .createNameMatcher(found)(text)
      .map((/** @type {any} */ occurrence) => ({ ...occurrence, text: text.slice(occurrence.start, occurrence.end) }));
    const gold = sentence.names.flatMap((name) => occurrences(text, names.normalizeText(name)));
    for (const span of gold) {
      if (!onlyLabel(span.text)) continue;
      labelled += 1;
      // Wholly covered: every character of the name lies inside some ticked occurrence.
      let covered = true;
      for (let offset = span.start; offset < span.end; offset += 1)
        if (!spans.some((found) => found.start <= offset && offset < found.end)) covered = false;
      if (covered) recalled += 1;
      else missed.push(`missed “${span.text}” in: ${sentence.text}`);
    }
    for (const span of spans) {
      ticked += 1;
      // Correct only when the ticked occurrence lies within a labelled name (its possessive aside).
      if (gold.some((name) => name.start <= span.start && span.end - (span.possessive?.length ?? 0) <= name.end)) correct += 1;
      else wrong.push(`ticked “${span.text}” in: ${sentence.text}`);
    }
  }
  return {
    labelled,
    recall: labelled === 0 ? 1 : recalled / labelled,
    ticked,
    precision: ticked === 0 ? 1 : correct / ticked,
    missed,
    wrong,
  };
}

/** @param {number} value */
const figure = (value) => value.toFixed(3);

/** @param {(relativePath: string) => Promise<any>} load */
export async function evaluate(load) {
  const names = await load('src-renderer/src/domain/coach/names.ts');
  const lexicon = await load('src-renderer/src/domain/coach/namesLexicon.ts');
  const dev = sentencesOf('names-dev.json');
  const heldOut = sentencesOf('names-heldout.json');
  const tuned = score(names, dev);
  const held = score(names, heldOut);
  // The held-out names that no word list knows: how the finder does on names it has never seen.
  const isUnlisted = (/** @type {string} */ name) => !name.split(/[\s-]+/u).some((part) => lexicon.givenNames.has(part));
  const unlisted = score(names, heldOut, isUnlisted);

  return {
    name: 'names',
    rows: [
      {
        measure: `Name finding recall, tuning set (${dev.length} sentences, ${tuned.labelled} names)`,
        result: figure(tuned.recall),
        target: '≥ 0.95',
        pass: tuned.recall >= 0.95,
      },
      {
        measure: `Name finding precision, ticked by default (${tuned.ticked} ticked)`,
        result: figure(tuned.precision),
        target: '≥ 0.8',
        pass: tuned.precision >= 0.8,
      },
      {
        measure: `Held-out recall (${heldOut.length} sentences, ${held.labelled} names; not tuned on)`,
        result: figure(held.recall),
        target: 'reported',
        pass: true,
      },
      { measure: `Held-out precision (${held.ticked} ticked)`, result: figure(held.precision), target: 'reported', pass: true },
      {
        measure: `Held-out recall, names in no given-names list (${unlisted.labelled})`,
        result: figure(unlisted.recall),
        target: 'reported',
        pass: true,
      },
    ],
    details: [
      `Tuning set, ${tuned.missed.length} missed, ${tuned.wrong.length} wrongly ticked:`,
      ...tuned.missed,
      ...tuned.wrong,
      `Held-out set, ${held.missed.length} missed, ${held.wrong.length} wrongly ticked:`,
      ...held.missed,
      ...held.wrong,
    ],
  };
}

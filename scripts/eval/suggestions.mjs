// @ts-check
/**
 * The coach's suggestions, scored on the sample journal (150 entries, each tagged by hand with its
 * competencies, kind and scope):
 *
 * - Competencies, leave-one-out: for each entry, the coach forgets it, then ranks the framework's
 *   competencies for its text; the entry's own labels never reach the model that scores it. The
 *   gated figure counts an entry when one of its real competencies is among the top three
 *   suggestions; the stricter figures (all of them in the top three, and the share of all labels
 *   found) are reported beside it.
 * - The same with the framework's text only, as on an empty journal.
 * - Scope and kind, leave-one-out: the level (kind) suggested is the entry's own.
 *
 * The draft scored is what the editor holds: title, body, impact, tags and the kind the user chose
 * (the kind is an input for competencies and scope, never for the kind itself).
 *
 * `EVAL_TOKENIZER=wink` scores the same with wink-nlp's lemmas (wink-eng-lite-web-model) in place
 * of the app's tokenizer: the comparison in docs/coach.md.
 */

/** @typedef {import('../eval.mjs').LoadModule} LoadModule */

const today = '2026-11-18';

/** @param {number} count @param {number} total */
const percent = (count, total) => `${((count / total) * 100).toFixed(1)} %`;

/** wink-nlp's tokens as the coach's words: the lemma is counted, the word as written is shown. */
async function winkTokenizer() {
  const { default: winkNlp } = await import('wink-nlp');
  const { default: model } = await import('wink-eng-lite-web-model');
  const nlp = winkNlp(model, ['pos']);
  const its = nlp.its;
  /** @param {string} text */
  return (text) =>
    nlp
      .readDoc(text)
      .tokens()
      .filter((token) => token.out(its.type) === 'word' && !token.out(its.stopWordFlag))
      .out(its.lemma)
      .map((lemma, index) => ({ term: String(lemma).toLowerCase(), word: String(lemma), index }))
      .filter((word) => word.term.length > 1);
}

/** @param {LoadModule} load */
export async function evaluate(load) {
  const { createSampleJournal } = await load('src-renderer/src/domain/sample/sampleJournal.ts');
  const { defaultFramework } = await load('src-renderer/src/domain/framework/content/defaultFramework.ts');
  const { Coach } = await load('src-renderer/src/domain/coach/coach.ts');
  const tokenizerName = process.env.EVAL_TOKENIZER === 'wink' ? 'wink' : 'app';
  const tokenizer = tokenizerName === 'wink' ? await winkTokenizer() : undefined;

  /** @type {import('../../src-renderer/src/domain/types').Entry[]} */
  const entries = createSampleJournal(today);
  /** @param {typeof entries[number]} entry */
  const draftOf = (entry) => ({ title: entry.title, body: entry.body, impact: entry.impact, tags: entry.tags, kind: entry.kind });

  const started = performance.now();
  const trained = new Coach(tokenizer);
  trained.setFramework(defaultFramework);
  for (const entry of entries) trained.learn(entry);
  const priorOnly = new Coach(tokenizer);
  priorOnly.setFramework(defaultFramework);

  const tally = { anyTop3: 0, allTop3: 0, recall: 0, priorAny: 0, priorAll: 0, scope: 0, scopeCued: 0, scopeCuedRight: 0, kind: 0 };
  /** @type {string[]} */
  const misses = [];
  for (const entry of entries) {
    trained.forget(entry.id);
    const ranking = trained.rank(draftOf(entry));
    trained.learn(entry);
    const prior = priorOnly.rank(draftOf(entry));

    /** @param {{ label: string }[]} ranked */
    const found = (ranked) => entry.competencies.filter((id) => ranked.slice(0, 3).some((item) => item.label === id)).length;
    const hits = found(ranking.competencies);
    const needed = Math.min(3, entry.competencies.length);
    if (hits > 0) tally.anyTop3 += 1;
    else
      misses.push(
        `“${entry.title}”: ${entry.competencies.join(', ')}; suggested ${
          ranking.competencies
            .slice(0, 3)
            .map((item) => item.label)
            .join(', ') || 'nothing'
        }`,
      );
    if (hits >= needed) tally.allTop3 += 1;
    tally.recall += hits / entry.competencies.length;
    const priorHits = found(prior.competencies);
    if (priorHits > 0) tally.priorAny += 1;
    if (priorHits >= needed) tally.priorAll += 1;

    if (ranking.scope?.label === entry.scope) tally.scope += 1;
    if (ranking.scope?.isCue) {
      tally.scopeCued += 1;
      if (ranking.scope.label === entry.scope) tally.scopeCuedRight += 1;
    }
    if (ranking.kind?.label === entry.kind) tally.kind += 1;
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const total = entries.length;
  const share = (/** @type {number} */ count) => count / total;

  return {
    name: 'suggestions',
    rows: [
      {
        measure: 'Competencies, leave-one-out: a real one in the top 3',
        result: percent(tally.anyTop3, total),
        target: '≥ 80 %',
        pass: share(tally.anyTop3) >= 0.8,
      },
      {
        measure: 'Competencies, leave-one-out: all real ones in the top 3',
        result: percent(tally.allTop3, total),
        target: 'reported',
        pass: true,
      },
      {
        measure: 'Competencies, leave-one-out: real ones found in the top 3',
        result: percent(tally.recall, total),
        target: 'reported',
        pass: true,
      },
      {
        measure: 'Competencies, framework only (empty journal): a real one in the top 3',
        result: percent(tally.priorAny, total),
        target: '≥ 50 %',
        pass: share(tally.priorAny) >= 0.5,
      },
      {
        measure: 'Competencies, framework only: all real ones in the top 3',
        result: percent(tally.priorAll, total),
        target: 'reported',
        pass: true,
      },
      {
        measure: 'Scope, leave-one-out: same level',
        result: percent(tally.scope, total),
        target: '≥ 70 %',
        pass: share(tally.scope) >= 0.7,
      },
      { measure: 'Kind, leave-one-out: same kind', result: percent(tally.kind, total), target: 'reported', pass: true },
    ],
    details: [
      `${total} sample entries (created for ${today}), default framework, ${tokenizerName === 'wink' ? 'wink-nlp lemmas' : "the app's tokenizer"}; ${seconds} s.`,
      `Scope: a cue phrase named the level for ${tally.scopeCued} entries (${tally.scopeCuedRight} right); the learned model chose for the rest.`,
      `Random top 3 of 11 would hold a real competency for about 45 % of these entries, all of them for about 12 %.`,
      `Entries with no real competency in the top 3 (${misses.length}): ${misses.slice(0, 5).join(' · ')}${misses.length > 5 ? ' · …' : ''}`,
    ],
  };
}

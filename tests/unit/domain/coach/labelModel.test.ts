import { describe, expect, it } from 'vitest';
import { LabelModel, TermTable, termWeights } from '../../../../src-renderer/src/domain/coach/labelModel';

function model() {
  const terms = new TermTable();
  const labels = new LabelModel(terms);
  const document = (words: string) => termWeights(words.split(' ').map((word) => terms.idOf(word)));
  return { labels, document };
}

describe('LabelModel', () => {
  it('ranks the label whose documents share the most distinctive words first, and names those words', () => {
    const { labels, document } = model();
    labels.add(document('paired onboarding review'), ['mentoring']);
    labels.add(document('latency cache review'), ['performance']);
    const [best, second] = labels.score(document('paired with the new hire review'), ['mentoring', 'performance']);
    expect(best?.label).toBe('mentoring');
    expect(best?.score).toBeGreaterThan(second?.score ?? 1);
    // "review" is in both labels' documents: it explains neither.
    expect(best?.reasons.length).toBe(1);
  });

  it('is back exactly where it was after a document is added and taken out again', () => {
    const { labels, document } = model();
    labels.add(document('paired onboarding'), ['mentoring']);
    labels.add(document('latency cache'), ['performance']);
    const query = document('paired latency onboarding');
    const before = labels.score(query, ['mentoring', 'performance']);
    labels.add(document('latency onboarding budget'), ['mentoring', 'performance']);
    expect(labels.score(query, ['mentoring', 'performance'])).not.toEqual(before);
    labels.add(document('latency onboarding budget'), ['mentoring', 'performance'], -1);
    const after = labels.score(query, ['mentoring', 'performance']);
    expect(after.map((score) => score.label)).toEqual(before.map((score) => score.label));
    after.forEach((score, index) => expect(score.score).toBeCloseTo(before[index]?.score ?? Number.NaN, 12));
  });

  it('scores zero for a text with no known word and for a label it was never taught', () => {
    const { labels, document } = model();
    labels.add(document('paired onboarding'), ['mentoring']);
    expect(labels.score(document('unheard words'), ['mentoring', 'writing']).map((score) => score.score)).toEqual([0, 0]);
  });
});

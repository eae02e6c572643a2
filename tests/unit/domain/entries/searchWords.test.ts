import { describe, expect, it } from 'vitest';
import { fieldWeightList } from '../../../../src-renderer/src/domain/entries/search';
import { isWordTerm, TermWords, Vocabulary } from '../../../../src-renderer/src/domain/entries/searchWords';

/** The words behind an entry's ids, field by field. */
function wordsOf(vocabulary: Vocabulary, ids: Uint32Array, fieldCount: number): string[][] {
  const fields: string[][] = [];
  let start = fieldCount;
  for (let field = 0; field < fieldCount; field++) {
    const end = ids[field] ?? start;
    fields.push([...ids.subarray(start, end)].map((id) => vocabulary.words[id] ?? '?'));
    start = end;
  }
  return fields;
}

describe('search words', () => {
  it('splits folded fields into distinct words, in order, letters and digits of any script', () => {
    const vocabulary = new Vocabulary();
    const ids = vocabulary.wordIdsOf(['cut p95 latency, cut costs', '', 'straße 日本語 école', 'a-b a']);
    expect(wordsOf(vocabulary, ids, 4)).toEqual([['cut', 'p95', 'latency', 'costs'], [], ['straße', '日本語', 'école'], ['a', 'b']]);
  });

  it('keeps ids stable and finds every word again as the vocabulary grows', () => {
    const vocabulary = new Vocabulary();
    const words = Array.from({ length: 5_000 }, (_, index) => `w${index.toString(36)}`);
    const first = vocabulary.wordIdsOf([words.join(' ')]);
    expect(vocabulary.size).toBe(5_000);
    const again = vocabulary.wordIdsOf([[...words].reverse().join(' ')]);
    expect([...again.subarray(1)]).toEqual([...first.subarray(1)].reverse());
    expect(wordsOf(vocabulary, first, 1)[0]).toEqual(words);
  });

  it('knows which terms can only match inside a word', () => {
    expect(isWordTerm('latency')).toBe(true);
    expect(isWordTerm('école')).toBe(true);
    expect(isWordTerm('cy b')).toBe(false);
    expect(isWordTerm('c++')).toBe(false);
    expect(isWordTerm('𝐀')).toBe(false);
  });

  it('scores a term by field, doubled where the field first has it at a word start', () => {
    const vocabulary = new Vocabulary();
    // title, tags, people, impact, body
    const ids = vocabulary.wordIdsOf(['relatency latency', 'latency', '', 'x', 'lat']);
    const latency = new TermWords('latency', vocabulary);
    const [title, tags] = fieldWeightList;
    expect(latency.scoreIn(ids, 0, fieldWeightList)).toBe((title ?? 0) * 1 + (tags ?? 0) * 2);
    expect(new TermWords('zzz', vocabulary).scoreIn(ids, 0, fieldWeightList)).toBe(0);
  });

  it('follows words added after the term was first looked up', () => {
    const vocabulary = new Vocabulary();
    const budget = new TermWords('budget', vocabulary);
    const ids = vocabulary.wordIdsOf(['', '', '', '', 'the budget']);
    budget.cover();
    expect(budget.scoreIn(ids, 0, fieldWeightList)).toBe(2);
  });
});

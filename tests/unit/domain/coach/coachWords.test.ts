import { describe, expect, it } from 'vitest';
import { coachWords, singular } from '../../../../src-renderer/src/domain/coach/coachWords';

const terms = (text: string) => coachWords(text).map((word) => word.term);

describe('coachWords', () => {
  it('folds case and accents, drops stop words and bare numbers, and keeps the word as written', () => {
    expect(coachWords('Résumé of the 3 Reviews')).toEqual([
      { term: 'resume', word: 'Résumé' },
      { term: 'review', word: 'Reviews' },
    ]);
  });

  it('keeps "I", "we" and "our": they say whose work it was', () => {
    expect(terms('I paired; we shipped our fix')).toEqual(['i', 'paired', 'we', 'shipped', 'our', 'fix']);
  });

  it('counts a hyphenated word whole and by its parts, so "on-call" meets "call"', () => {
    expect(terms('her first on-call shift')).toEqual(['on-call', 'call', 'shift']);
  });

  it('drops a possessive', () => {
    expect(terms("Priya's adapter")).toEqual(['priya', 'adapter']);
  });
});

describe('singular', () => {
  it('turns regular plurals into their singular and leaves other words alone', () => {
    expect(['reviews', 'libraries', 'patches', 'process', 'status', 'analysis', 'ops', 'mentoring'].map(singular)).toEqual([
      'review',
      'library',
      'patch',
      'process',
      'status',
      'analysis',
      'ops',
      'mentoring',
    ]);
  });
});

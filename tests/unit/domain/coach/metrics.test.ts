import { describe, expect, it } from 'vitest';
import { findMetrics } from '../../../../src-renderer/src/domain/coach/metrics';

const plain = (text: string) => findMetrics(text).map(({ name, value, unit }) => ({ name, value, unit }));

describe('findMetrics', () => {
  it('offers a change written "from X to Y" as the relative change and as the value reached', () => {
    expect(findMetrics('We cut p95 from 900 to 300 ms.')).toEqual([
      { name: 'p95', value: -66.7, unit: '%', source: 'from 900 to 300 ms' },
      { name: 'p95', value: 300, unit: 'ms', source: 'from 900 to 300 ms' },
    ]);
    expect(plain('Checkout build time down from 14 to 6 minutes')).toEqual([
      { name: 'checkout build time', value: -57.1, unit: '%' },
      { name: 'checkout build time', value: 6, unit: 'min' },
    ]);
  });

  it('reads percentages, with a sign from the verb', () => {
    expect(plain('Cut cloud spend by 22% through rightsizing')).toEqual([{ name: 'cloud spend', value: -22, unit: '%' }]);
    expect(plain('Hit rate settled at 94%.')).toEqual([{ name: 'hit rate', value: 94, unit: '%' }]);
    expect(plain('Conversion up 3 percent')).toEqual([{ name: 'conversion', value: 3, unit: '%' }]);
  });

  it('reads money with its scale, durations and counts', () => {
    expect(plain('Saved $12k a month on hosting')).toEqual([{ name: 'cost', value: 12_000, unit: '$' }]);
    expect(plain('Reconciliation took 2.5 hours')).toEqual([{ name: 'reconciliation', value: 2.5, unit: 'h' }]);
    expect(plain('30,000 small payment attempts in an hour')).toEqual([{ name: 'small payment attempts', value: 30_000, unit: '' }]);
    expect(plain('140 customers were charged twice')).toEqual([{ name: 'customers', value: 140, unit: '' }]);
  });

  it('takes no year, no number inside a word and no number that counts nothing', () => {
    expect(findMetrics('In 2025 we moved p95 alerts to v2 with 1:1 meetings, step 3.')).toEqual([]);
  });

  it('offers at most four figures, the first written', () => {
    expect(findMetrics('1 bug, 2 bugs, 3 tests, 4 reviews, 5 flags')).toHaveLength(4);
  });
});

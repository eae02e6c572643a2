import { describe, expect, it } from 'vitest';
import {
  isQuarterKey,
  nextQuarter,
  parseQuarter,
  periodQuarters,
  previousQuarter,
  quarterFromOrdinal,
  quarterLabel,
  quarterOf,
  quarterOrdinal,
  quarterOrdinalOfDate,
  quarterRange,
  quartersBetween,
} from '../../../src-renderer/src/domain/quarters';

const entry = (occurredOn: string, deletedAt: string | null = null): { occurredOn: string; deletedAt: string | null } => ({
  occurredOn,
  deletedAt,
});

describe('quarterOf', () => {
  it('puts each month in its quarter', () => {
    expect(quarterOf('2026-01-15')).toBe('2026-Q1');
    expect(quarterOf('2026-03-31')).toBe('2026-Q1');
    expect(quarterOf('2026-04-01')).toBe('2026-Q2');
    expect(quarterOf('2026-06-30')).toBe('2026-Q2');
    expect(quarterOf('2026-07-01')).toBe('2026-Q3');
    expect(quarterOf('2026-09-30')).toBe('2026-Q3');
    expect(quarterOf('2026-10-01')).toBe('2026-Q4');
    expect(quarterOf('2026-12-31')).toBe('2026-Q4');
  });

  it('crosses the year boundary on the calendar date, not the instant', () => {
    expect(quarterOf('2025-12-31')).toBe('2025-Q4');
    expect(quarterOf('2026-01-01')).toBe('2026-Q1');
  });

  it('rejects text that is not a local date', () => {
    expect(() => quarterOf('2026-13-01')).toThrow(RangeError);
    expect(() => quarterOf('2026-1-01')).toThrow(RangeError);
    expect(() => quarterOf('2026-01-01T00:00:00Z')).toThrow(RangeError);
    expect(() => quarterOf('')).toThrow(RangeError);
    expect(quarterOrdinalOfDate('20x6-01-01')).toBeNull();
    expect(quarterOrdinalOfDate('2026-00-10')).toBeNull();
  });
});

describe('quarter keys', () => {
  it('validates keys', () => {
    expect(isQuarterKey('2026-Q3')).toBe(true);
    expect(isQuarterKey('2026-Q5')).toBe(false);
    expect(isQuarterKey('2026-Q0')).toBe(false);
    expect(isQuarterKey('26-Q1')).toBe(false);
    expect(isQuarterKey('2026-q1')).toBe(false);
    expect(isQuarterKey(20263)).toBe(false);
    expect(() => parseQuarter('2026-Q5')).toThrow(RangeError);
  });

  it('gives inclusive local date ranges', () => {
    expect(quarterRange('2026-Q1')).toEqual({ start: '2026-01-01', end: '2026-03-31' });
    expect(quarterRange('2026-Q2')).toEqual({ start: '2026-04-01', end: '2026-06-30' });
    expect(quarterRange('2026-Q3')).toEqual({ start: '2026-07-01', end: '2026-09-30' });
    expect(quarterRange('2024-Q4')).toEqual({ start: '2024-10-01', end: '2024-12-31' });
  });

  it('steps back and forth across years', () => {
    expect(previousQuarter('2026-Q1')).toBe('2025-Q4');
    expect(previousQuarter('2026-Q3')).toBe('2026-Q2');
    expect(nextQuarter('2025-Q4')).toBe('2026-Q1');
    expect(nextQuarter('2026-Q2')).toBe('2026-Q3');
    expect(quarterFromOrdinal(quarterOrdinal('2026-Q3'))).toBe('2026-Q3');
  });

  it('lists the quarters between two keys, inclusive and ascending', () => {
    expect(quartersBetween('2024-Q3', '2026-Q1')).toEqual(['2024-Q3', '2024-Q4', '2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4', '2026-Q1']);
    expect(quartersBetween('2026-Q2', '2026-Q2')).toEqual(['2026-Q2']);
    expect(quartersBetween('2026-Q2', '2026-Q1')).toEqual([]);
  });

  it('labels quarters for people', () => {
    expect(quarterLabel('2026-Q3')).toBe('Q3 2026');
    expect(quarterLabel('2025-Q4')).toBe('Q4 2025');
  });
});

describe('periodQuarters', () => {
  const today = '2026-05-14';

  it('covers the current quarter and the ones before it for last-quarters', () => {
    expect(periodQuarters({ kind: 'last-quarters', count: 4 }, today)).toEqual(['2025-Q3', '2025-Q4', '2026-Q1', '2026-Q2']);
    expect(periodQuarters({ kind: 'last-quarters', count: 1 }, today)).toEqual(['2026-Q2']);
    expect(periodQuarters({ kind: 'last-quarters', count: 0 }, today)).toEqual(['2026-Q2']);
    expect(periodQuarters({ kind: 'last-quarters', count: 8 }, today)).toHaveLength(8);
  });

  it('covers the four quarters of a year', () => {
    expect(periodQuarters({ kind: 'year', year: 2025 }, today)).toEqual(['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4']);
  });

  it('covers a custom range in either order', () => {
    expect(periodQuarters({ kind: 'custom', from: '2025-Q4', to: '2026-Q2' }, today)).toEqual(['2025-Q4', '2026-Q1', '2026-Q2']);
    expect(periodQuarters({ kind: 'custom', from: '2026-Q2', to: '2025-Q4' }, today)).toEqual(['2025-Q4', '2026-Q1', '2026-Q2']);
  });

  it('covers everything from the earliest live entry to today for all', () => {
    const entries = [entry('2025-08-02'), entry('2024-01-05', '2026-01-01T10:00:00.000Z'), entry('2026-01-20')];
    expect(periodQuarters({ kind: 'all' }, today, entries)).toEqual(['2025-Q3', '2025-Q4', '2026-Q1', '2026-Q2']);
  });

  it('is just the current quarter for all when there are no entries', () => {
    expect(periodQuarters({ kind: 'all' }, today)).toEqual(['2026-Q2']);
    expect(periodQuarters({ kind: 'all' }, today, [entry('2020-01-01', '2026-01-01T00:00:00.000Z')])).toEqual(['2026-Q2']);
  });

  it('reaches an entry dated after today for all', () => {
    expect(periodQuarters({ kind: 'all' }, today, [entry('2026-07-03')])).toEqual(['2026-Q2', '2026-Q3']);
  });
});

describe('time zones', () => {
  // No Date is ever built from a local date here: the functions read the digits of the string, so
  // the process time zone cannot move a date into another quarter. These checks pin that down at the
  // edges where a UTC parse would go wrong (midnight of a new year, end of a quarter).
  it('keeps dates at quarter edges in their own quarter whatever process.env.TZ says', () => {
    const original = process.env.TZ;
    try {
      for (const zone of ['UTC', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'America/Los_Angeles', 'Asia/Kolkata']) {
        process.env.TZ = zone;
        expect(quarterOf('2025-12-31')).toBe('2025-Q4');
        expect(quarterOf('2026-01-01')).toBe('2026-Q1');
        expect(quarterOf('2026-03-31')).toBe('2026-Q1');
        expect(quarterOf('2026-04-01')).toBe('2026-Q2');
        expect(periodQuarters({ kind: 'last-quarters', count: 2 }, '2026-01-01')).toEqual(['2025-Q4', '2026-Q1']);
        expect(quarterRange('2025-Q4').end).toBe('2025-12-31');
      }
    } finally {
      if (original === undefined) delete process.env.TZ;
      else process.env.TZ = original;
    }
  });
});

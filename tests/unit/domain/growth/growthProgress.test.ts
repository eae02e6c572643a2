import { describe, expect, it } from 'vitest';
import { defaultFramework } from '../../../../src-renderer/src/domain/framework/content/defaultFramework';
import { growthProgress } from '../../../../src-renderer/src/domain/growth/growthProgress';
import type { Goal } from '../../../../src-renderer/src/domain/types';
import { makeEntry } from '../../entryFactory';

const goal: Goal = {
  id: 'goal',
  currentRole: 'Senior Engineer',
  targetRole: 'Staff Engineer',
  targetDate: null,
  competencyIds: ['mentoring', 'breadth', 'mentoring', 'retired-one'],
  behaviours: [],
  status: 'active',
  updatedAt: '2026-01-01T00:00:00.000Z',
};

describe('growthProgress', () => {
  const entries = [
    makeEntry({ occurredOn: '2026-02-10', competencies: ['mentoring', 'mentoring'] }),
    makeEntry({ occurredOn: '2026-03-05', competencies: ['mentoring', 'retired-one'] }),
    makeEntry({ occurredOn: '2026-01-01', competencies: ['mentoring', 'breadth'] }),
    makeEntry({ occurredOn: '2025-12-31', competencies: ['breadth'] }),
    makeEntry({ occurredOn: '2026-03-20', competencies: ['mentoring'], deletedAt: '2026-03-21T00:00:00.000Z' }),
    makeEntry({ occurredOn: '2026-03-25', competencies: ['systems-thinking'] }),
  ];

  it('counts evidence since a date per target competency, in the goal’s order, with names', () => {
    expect(growthProgress(goal, entries, '2026-01-01', defaultFramework)).toEqual([
      { competencyId: 'mentoring', name: 'Mentoring and growing others', evidenceCount: 3, lastEvidenceOn: '2026-03-05' },
      { competencyId: 'breadth', name: 'Breadth across disciplines', evidenceCount: 1, lastEvidenceOn: '2026-01-01' },
      { competencyId: 'retired-one', evidenceCount: 1, lastEvidenceOn: '2026-03-05' },
    ]);
  });

  it('reports no evidence as zero and null, and leaves names out without a framework', () => {
    expect(growthProgress(goal, entries, '2026-04-01')).toEqual([
      { competencyId: 'mentoring', evidenceCount: 0, lastEvidenceOn: null },
      { competencyId: 'breadth', evidenceCount: 0, lastEvidenceOn: null },
      { competencyId: 'retired-one', evidenceCount: 0, lastEvidenceOn: null },
    ]);
    expect(growthProgress({ ...goal, competencyIds: [] }, entries, '2026-01-01')).toEqual([]);
  });
});

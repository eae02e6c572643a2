import { describe, expect, it } from 'vitest';
import { defaultFramework } from '../../../../src-renderer/src/domain/framework/content/defaultFramework';
import { findGaps, judgeGaps } from '../../../../src-renderer/src/domain/insights/gaps';
import type { Gap, ScopePlateauGap } from '../../../../src-renderer/src/domain/insights/gaps';
import type { QuarterKey } from '../../../../src-renderer/src/domain/quarters';
import type { Entry, ScopeLevelId } from '../../../../src-renderer/src/domain/types';
import { makeEntry } from '../../entryFactory';
import { framework, trashed } from './insightsFixtures';

function plateauOf(gaps: readonly Gap[]): ScopePlateauGap | undefined {
  return gaps.find((gap): gap is ScopePlateauGap => gap.kind === 'scope-plateau');
}

function missingIds(gaps: readonly Gap[]): string[] {
  return gaps.flatMap((gap) => (gap.kind === 'missing-competency' ? [gap.competencyId] : []));
}

describe('findGaps', () => {
  it('turns each competency without evidence into one of its prompts', () => {
    const entries = [makeEntry({ occurredOn: '2026-04-10', competencies: ['beta'], scope: 'team' })];
    const gaps = findGaps(entries, framework, '2026-Q2');
    expect(missingIds(gaps)).toEqual(['alpha', 'gamma']);
    const alpha = gaps.find((gap) => gap.kind === 'missing-competency' && gap.competencyId === 'alpha');
    expect(alpha).toMatchObject({ name: 'Alpha' });
    expect(framework.competencies[0]?.prompts).toContain(alpha?.prompt);
    const gamma = gaps.find((gap) => gap.kind === 'missing-competency' && gap.competencyId === 'gamma');
    expect(gamma?.prompt).toContain('Gamma');
  });

  it('chooses prompts deterministically, rotating by quarter', () => {
    const prompt = (quarter: QuarterKey): string | undefined => {
      const gap = findGaps([], framework, quarter).find((item) => item.kind === 'missing-competency');
      return gap?.prompt;
    };
    expect(prompt('2026-Q2')).toBe(prompt('2026-Q2'));
    expect(new Set([prompt('2026-Q1'), prompt('2026-Q2'), prompt('2026-Q3')]).size).toBe(3);
  });

  it('reports every default competency for an empty quarter with a prompt of its own', () => {
    const gaps = findGaps([], defaultFramework, '2026-Q2');
    expect(missingIds(gaps)).toEqual(defaultFramework.competencies.map((competency) => competency.id));
    for (const gap of gaps) {
      if (gap.kind !== 'missing-competency') continue;
      const competency = defaultFramework.competencies.find((item) => item.id === gap.competencyId);
      expect(competency?.prompts).toContain(gap.prompt);
    }
  });

  it('finds a plateau when nothing reached beyond the previous widest scope', () => {
    const entries = [
      makeEntry({ occurredOn: '2026-03-01', scope: 'department' }),
      makeEntry({ occurredOn: '2026-03-02', scope: 'team' }),
      makeEntry({ occurredOn: '2026-04-01', scope: 'department' }),
      makeEntry({ occurredOn: '2026-05-01', scope: 'company', deletedAt: trashed }),
    ];
    const plateau = plateauOf(findGaps(entries, framework, '2026-Q2'));
    expect(plateau).toMatchObject({ kind: 'scope-plateau', previousHighest: 'department', currentHighest: 'department' });
    expect(plateau?.prompt).toContain('beyond Department');
    expect(plateau?.prompt).toContain('Company');
  });

  it('finds a plateau when the quarter has no entries after a quarter that had some', () => {
    const entries = [makeEntry({ occurredOn: '2025-12-15', scope: 'team' })];
    expect(plateauOf(findGaps(entries, framework, '2026-Q1'))).toMatchObject({ previousHighest: 'team', currentHighest: null });
  });

  it('finds no plateau when the scope widened', () => {
    const entries = [
      makeEntry({ occurredOn: '2026-03-01', scope: 'department' }),
      makeEntry({ occurredOn: '2026-04-01', scope: 'team' }),
      makeEntry({ occurredOn: '2026-06-30', scope: 'company' }),
    ];
    expect(plateauOf(findGaps(entries, framework, '2026-Q2'))).toBeUndefined();
  });

  it('finds no plateau when the previous quarter was empty or already reached Industry', () => {
    expect(plateauOf(findGaps([makeEntry({ occurredOn: '2026-04-01', scope: 'self' })], framework, '2026-Q2'))).toBeUndefined();
    expect(plateauOf(findGaps([], framework, '2026-Q2'))).toBeUndefined();
    const trashedOnly = [makeEntry({ occurredOn: '2026-03-01', scope: 'company', deletedAt: trashed })];
    expect(plateauOf(findGaps(trashedOnly, framework, '2026-Q2'))).toBeUndefined();
    const industry = [makeEntry({ occurredOn: '2026-03-01', scope: 'industry' }), makeEntry({ occurredOn: '2026-04-01', scope: 'team' })];
    expect(plateauOf(findGaps(industry, framework, '2026-Q2'))).toBeUndefined();
  });

  it('says why a quarter has no gaps, and only when it has none', () => {
    const everything = (occurredOn: string, scope: ScopeLevelId): Entry =>
      makeEntry({ occurredOn, scope, competencies: ['alpha', 'beta', 'gamma'] });
    expect(judgeGaps([everything('2026-04-01', 'team')], framework, '2026-Q2')).toEqual({ gaps: [], whyNone: 'no-previous-quarter' });
    expect(judgeGaps([everything('2026-03-01', 'team'), everything('2026-04-01', 'department')], framework, '2026-Q2')).toEqual({
      gaps: [],
      whyNone: 'scope-widened',
    });
    expect(judgeGaps([everything('2026-03-01', 'industry'), everything('2026-04-01', 'team')], framework, '2026-Q2')).toEqual({
      gaps: [],
      whyNone: 'already-widest',
    });
    const plateau = judgeGaps([everything('2026-03-01', 'team'), everything('2026-04-01', 'team')], framework, '2026-Q2');
    expect(plateau.whyNone).toBeNull();
    expect(plateau.gaps.map((gap) => gap.kind)).toEqual(['scope-plateau']);
  });
});

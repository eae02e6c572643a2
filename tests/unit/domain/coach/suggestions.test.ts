import { describe, expect, it } from 'vitest';
import type { CoachRanking } from '../../../../src-renderer/src/domain/coach/coach';
import {
  impactCoaching,
  isQuiet,
  measuringPromptOf,
  offeredSuggestions,
  type EditorState,
} from '../../../../src-renderer/src/domain/coach/suggestions';
import { defaultFramework } from '../../../../src-renderer/src/domain/framework/content/defaultFramework';
import type { Framework } from '../../../../src-renderer/src/domain/types';

const ranking: CoachRanking = {
  competencies: [
    { label: 'mentoring', reasons: ['paired'], isCue: false },
    { label: 'breadth', reasons: ['design'], isCue: false },
    { label: 'systems-thinking', reasons: ['queue'], isCue: false },
    { label: 'business-context', reasons: ['revenue'], isCue: false },
  ],
  kind: { label: 'mentoring', reasons: ['paired with'], isCue: true },
  scope: { label: 'department', reasons: ['across three teams'], isCue: true },
};

const state: EditorState = {
  title: 'Paired with Aiko',
  body: '',
  impact: '',
  kind: 'win',
  scope: 'team',
  competencies: [],
  hasMetric: false,
};

describe('offeredSuggestions', () => {
  it('offers the top three competencies with their names and reasons, and a kind and scope that differ', () => {
    const offered = offeredSuggestions(ranking, state, defaultFramework);
    expect(offered.competencies).toEqual([
      { id: 'mentoring', name: 'Mentoring and growing others', reasons: ['paired'] },
      { id: 'breadth', name: 'Breadth across disciplines', reasons: ['design'] },
      { id: 'systems-thinking', name: 'Systems thinking', reasons: ['queue'] },
    ]);
    expect(offered.kind?.label).toBe('mentoring');
    expect(offered.scope?.label).toBe('department');
  });

  it('never offers what is already set', () => {
    const offered = offeredSuggestions(
      ranking,
      { ...state, kind: 'mentoring', scope: 'department', competencies: ['mentoring'] },
      defaultFramework,
    );
    expect(offered.competencies.map((competency) => competency.id)).toEqual(['breadth', 'systems-thinking']);
    expect(offered.kind).toBeNull();
    expect(offered.scope).toBeNull();
  });

  it('is quiet with no ranking and nothing written', () => {
    expect(isQuiet(offeredSuggestions(null, { ...state, title: '' }, defaultFramework))).toBe(true);
  });
});

describe('impactCoaching', () => {
  it('asks a win with no measured result what changed, with a framework prompt about numbers', () => {
    const coaching = impactCoaching({ ...state, body: 'Shipped the new cache.' }, defaultFramework);
    expect(coaching).toEqual({ prompt: 'Which launch did you follow up on after shipping, and what did the numbers say?', metrics: [] });
  });

  it('offers the figures written, and asks nothing once the impact holds one or a metric is set', () => {
    const coaching = impactCoaching({ ...state, kind: 'incident', impact: 'Refunded 140 customers the same day' }, defaultFramework);
    expect(coaching?.prompt).toBeNull();
    expect(coaching?.metrics.map((metric) => metric.name)).toEqual(['customers']);
    expect(impactCoaching({ ...state, impact: 'Cut p95 by 40%', hasMetric: true }, defaultFramework)).toBeNull();
  });

  it('does not ask about kinds without a measurable result, nor before anything is written', () => {
    expect(impactCoaching({ ...state, kind: 'feedback' }, defaultFramework)).toBeNull();
    expect(impactCoaching({ ...state, title: '' }, defaultFramework)).toBeNull();
  });

  it('prefers a prompt of the entry’s own competencies, and has its own question when the framework has none', () => {
    expect(measuringPromptOf(defaultFramework, ['business-context'])).toBe(
      'How did your work this quarter connect to revenue, cost or risk for the company?',
    );
    const bare: Framework = {
      ...defaultFramework,
      competencies: [{ id: 'x', name: 'X', description: '', behaviours: [], prompts: ['Who helped?'] }],
    };
    expect(impactCoaching({ ...state, body: 'Shipped it.' }, bare)?.prompt).toBe('What changed because of this, and by how much?');
  });
});

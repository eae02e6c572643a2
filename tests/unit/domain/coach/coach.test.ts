import { describe, expect, it } from 'vitest';
import { Coach } from '../../../../src-renderer/src/domain/coach/coach';
import type { CoachExample } from '../../../../src-renderer/src/domain/coach/coachText';
import { entryTemplate } from '../../../../src-renderer/src/domain/entries/entryTemplates';
import { defaultFramework } from '../../../../src-renderer/src/domain/framework/content/defaultFramework';
import type { Framework } from '../../../../src-renderer/src/domain/types';

const draft = (title: string, body = '', kind: CoachExample['kind'] = 'win') => ({ title, body, impact: '', tags: [], kind });

function example(id: string, title: string, competencies: string[], extra: Partial<CoachExample> = {}): CoachExample {
  return { id, title, body: '', impact: '', tags: [], kind: 'win', scope: 'team', competencies, ...extra };
}

describe('Coach', () => {
  it('suggests from the framework alone on an empty journal, with the words that led to it', () => {
    const coach = new Coach();
    coach.setFramework(defaultFramework);
    const ranking = coach.rank(draft('Onboarding our new hire', 'Mentoring sessions every week with agreed goals.'));
    expect(ranking.competencies[0]?.label).toBe('mentoring');
    expect(ranking.competencies[0]?.reasons).toEqual(expect.arrayContaining(['Onboarding', 'Mentoring']));
    expect(coach.exampleCount).toBe(0);
  });

  it('learns from tagged entries, and forgets them again', () => {
    const coach = new Coach();
    coach.setFramework(defaultFramework);
    const text = draft('Zanzibar migration, phase two');
    expect(coach.rank(text).competencies.map((ranked) => ranked.label)).not.toContain('business-context');
    for (let index = 0; index < 3; index++) coach.learn(example(`e${index}`, `Zanzibar migration step ${index}`, ['business-context']));
    expect(coach.exampleCount).toBe(3);
    const learned = coach.rank(text).competencies[0];
    expect(learned).toEqual({ label: 'business-context', reasons: ['Zanzibar', 'migration'], isCue: false });
    for (let index = 0; index < 3; index++) coach.forget(`e${index}`);
    expect(coach.rank(text).competencies.map((ranked) => ranked.label)).not.toContain('business-context');
  });

  it('replaces what it learned from an entry when the entry is saved again', () => {
    const coach = new Coach();
    coach.setFramework(defaultFramework);
    coach.learn(example('e1', 'Zanzibar rollout', ['business-context']));
    coach.learn(example('e1', 'Zanzibar rollout', ['breadth']));
    expect(coach.exampleCount).toBe(1);
    expect(coach.rank(draft('Zanzibar')).competencies[0]?.label).toBe('breadth');
  });

  it('follows an edited framework: a new competency is suggested, a removed one never again', () => {
    const coach = new Coach();
    coach.setFramework(defaultFramework);
    const edited: Framework = {
      ...defaultFramework,
      competencies: [
        ...defaultFramework.competencies.filter((competency) => competency.id !== 'mentoring'),
        {
          id: 'accessibility',
          name: 'Accessibility',
          description: 'Screen readers, contrast and keyboard use.',
          behaviours: [],
          prompts: [],
        },
      ],
    };
    coach.setFramework(edited);
    const ranking = coach.rank(draft('Keyboard and screen reader fixes', 'Mentoring sessions every week.'));
    expect(ranking.competencies[0]?.label).toBe('accessibility');
    expect(ranking.competencies.map((ranked) => ranked.label)).not.toContain('mentoring');
  });

  it('gives a scope cue as the scope, and ignores the lines of the kind templates', () => {
    const coach = new Coach();
    coach.setFramework(defaultFramework);
    expect(coach.rank(draft('Dashboards adopted across three teams')).scope).toEqual({
      label: 'department',
      reasons: ['across three teams'],
      isCue: true,
    });
    // A new entry's untouched template is the app's text: nothing to suggest from it.
    const untouched = coach.rank(draft('', entryTemplate('incident').body, 'incident'));
    expect(untouched.competencies).toEqual([]);
    expect(untouched.scope).toBeNull();
  });

  it('suggests nothing for an empty text', () => {
    const coach = new Coach();
    coach.setFramework(defaultFramework);
    expect(coach.rank(draft(''))).toEqual({ competencies: [], kind: null, scope: null });
  });
});
